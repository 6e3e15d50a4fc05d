/**
 * Loopback stand-ins for AWS services other than API Gateway that take SigV4 on every request,
 * each with its rule for x-amz-content-sha256:
 * - `lambda`: a Lambda function URL with auth type AWS_IAM. The payload line is always the hash
 *   of the body received, so UNSIGNED-PAYLOAD or a hash of other bytes fails ("Lambda doesn't
 *   support unsigned payloads": CloudFront Developer Guide, "Restrict access to an AWS Lambda
 *   function URL origin"). It answers as a function URL does (lambdaAnswers below).
 * - `aoss` (OpenSearch Serverless): x-amz-content-sha256 must be sent, signed, and equal to the
 *   body's hash (opensearch-project/opensearch-java#339).
 * - `vpc-lattice-svcs`: x-amz-content-sha256 must be sent, signed, and say UNSIGNED-PAYLOAD,
 *   which is then the payload line ("VPC Lattice does not support payload signing": VPC Lattice
 *   user guide, "SIGv4 authenticated requests").
 * The signature is verified with @smithy/signature-v4 (sigv4Expected.ts, through
 * apiGatewayAuth.ts) against the Host received, as behind CloudFront. An accepted request gets
 * 200 with the JSON echo the API Gateway stand-in gives (apiGatewayResponses.ts). aoss and VPC
 * Lattice refuse with the function URL's bare mismatch too: their own answers were not found in
 * public sources, and the tests only need the refusal.
 */
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './apiGatewayAuth';
import { echoOf } from './apiGatewayResponses';
import { readAuthorization, type SigV4Auth } from './authorization';
import { DEFAULT_CREDENTIALS, type StackCredential } from './credentials';
import type { GatewayError } from './gatewayErrors';
import { joinedHeader, readRequest, type HeaderPair, type ReceivedRequest } from './rawRequest';
import { serveOnLoopback } from './server';
import { bodySha256 } from './sigv4Expected';

export type SignedServiceName = 'lambda' | 'aoss' | 'vpc-lattice-svcs';

export interface SignedServiceOptions {
  service: SignedServiceName;
  /** Default `us-east-1`. */
  region?: string;
  /** Accepted credentials. Default DEFAULT_CREDENTIALS (credentials.ts). */
  credentials?: readonly StackCredential[];
  /** Default 0: a free port. */
  port?: number;
  /** The server closes itself after this long. Default 10 minutes. */
  maxLifetimeMs?: number;
}

/** Why a request was refused, for tests (the wire answer of a function URL says less). */
export interface Refusal {
  method: string;
  url: string;
  reason: string;
}

export interface SignedServiceStandIn {
  url: string;
  port: number;
  /** The host the service is reached by (CloudFront sends it as Host). */
  domain: string;
  service: SignedServiceName;
  region: string;
  requests: ReceivedRequest[];
  refusals: Refusal[];
  /** Accepted (200) requests per access key id that signed them. */
  acceptedByAccessKeyId: Record<string, number>;
  close(): Promise<void>;
}

const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** Host names of the shapes AWS gives (each named in the service's documentation). */
export function serviceDomain(service: SignedServiceName, region: string): string {
  switch (service) {
    case 'lambda':
      return `a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.${region}.on.aws`;
    case 'aoss':
      return `abc123def456ghi789jk.${region}.aoss.amazonaws.com`;
    case 'vpc-lattice-svcs':
      return `billing-0123456789abcdef0.7d67968.vpc-lattice-svcs.${region}.on.aws`;
  }
}

const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * A function URL's refusals. The bare mismatch, without the canonical string API Gateway adds:
 * `403`, `x-amzn-errortype: InvalidSignatureException` and this body, quoted from a POST through
 * CloudFront OAC without x-amz-content-sha256 (minorun365/html-share#4). A request without any
 * signature: `403`, `x-amzn-ErrorType: AccessDeniedException`,
 * `{"Message":"Forbidden. For troubleshooting Function URL authorization issues, see: ..."}`
 * (awsdocs/aws-lambda-developer-guide#494, brikis98/devops-book#12; shown there for a URL that
 * refuses the caller, assumed the same for one that gets no signature). Token and scope errors
 * keep the texts AWS's JSON services share (gatewayErrors.ts).
 */
const lambdaAnswers = {
  mismatch: (): GatewayError => ({ status: 403, type: 'InvalidSignatureException', message: SIGNATURE_MISMATCH }),
  unsigned: (): GatewayError => ({
    status: 403,
    type: 'AccessDeniedException',
    message: 'Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  }),
};

/** The service's rule for x-amz-content-sha256, before the signature is checked: a reason to refuse, or undefined. */
function payloadRefusal(service: SignedServiceName, request: ReceivedRequest, auth: SigV4Auth, bodyHash: string): string | undefined {
  const sent = joinedHeader(request.rawHeaders, 'x-amz-content-sha256');
  const signed = auth.signedHeaders.indexOf('x-amz-content-sha256') >= 0;
  if (service === 'lambda') {
    if (sent === UNSIGNED_PAYLOAD) return 'x-amz-content-sha256 is UNSIGNED-PAYLOAD, which Lambda does not support';
    if (sent !== undefined && sent !== bodyHash) return `x-amz-content-sha256 ${sent} is not the hash of the body received (${bodyHash})`;
    return undefined;
  }
  const wanted = service === 'aoss' ? bodyHash : UNSIGNED_PAYLOAD;
  if (sent === undefined) return `x-amz-content-sha256 is missing; ${service} needs ${wanted}`;
  if (!signed) return 'x-amz-content-sha256 is not signed';
  if (sent !== wanted) return `x-amz-content-sha256 is ${sent}; ${service} needs ${wanted}`;
  return undefined;
}

export async function startSignedService(options: SignedServiceOptions): Promise<SignedServiceStandIn> {
  const { service } = options;
  const region = options.region ?? 'us-east-1';
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const requests: ReceivedRequest[] = [];
  const refusals: Refusal[] = [];
  const acceptedByAccessKeyId: Record<string, number> = Object.create(null);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const received = await readRequest(req);
    requests.push(received);
    const refuse = (reason: string, error: GatewayError) => {
      refusals.push({ method: received.method, url: received.url, reason });
      writeJson(res, error.status, { [service === 'lambda' && error.type === 'AccessDeniedException' ? 'Message' : 'message']: error.message }, { 'x-amzn-ErrorType': error.type });
    };
    const reading = readAuthorization(received);
    if (reading.kind === 'none') return refuse('no signature', service === 'lambda' ? lambdaAnswers.unsigned() : { status: 403, type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
    if (reading.kind === 'invalid') return refuse(reading.error.message, reading.error);

    const bodyHash = await bodySha256(received.body);
    const payloadProblem = payloadRefusal(service, received, reading.auth, bodyHash);
    if (payloadProblem) return refuse(payloadProblem, lambdaAnswers.mismatch());
    const payloadHash = service === 'vpc-lattice-svcs' ? UNSIGNED_PAYLOAD : bodyHash;
    const outcome = await authenticate(received, reading.auth, { region, service, credentials, payloadHash }, Date.now());
    if (!outcome.ok) {
      // A function URL (and the others, as far as known) never shows the canonical string.
      return refuse(outcome.signatureMismatch ? 'signature mismatch' : outcome.error.message, outcome.signatureMismatch ? lambdaAnswers.mismatch() : outcome.error);
    }
    const keyId = outcome.credential.accessKeyId;
    acceptedByAccessKeyId[keyId] = (acceptedByAccessKeyId[keyId] ?? 0) + 1;
    writeJson(res, 200, echoOf(received, reading.auth, outcome.expected, bodyHash), {});
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`${service} stand-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return { url: serving.url, port: serving.port, domain: serviceDomain(service, region), service, region, requests, refusals, acceptedByAccessKeyId, close: serving.close };
}

function writeJson(res: ServerResponse, status: number, body: object, extra: Record<string, string>): void {
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  const headers: HeaderPair[] = [
    ['Content-Type', 'application/json'],
    ['Content-Length', String(bytes.length)],
    ['x-amzn-RequestId', randomUUID()],
    ...Object.entries(extra),
  ];
  res.writeHead(status, headers.flat());
  res.end(bytes);
}
