/**
 * The diagnosis catalogue: every explanation the post-response script can give, each for one
 * example request and AWS's answer to it. catalogue.test.ts runs each case through the
 * pre-request script's signer and the diagnosis (catalogueRun.ts) and checks every sentence
 * word for word, and that every explanation in src/diagnose is given by some case
 * (explanationSites.ts); scripts/docs.ts writes docs/diagnosis.md from the same cases.
 *
 * AWS's answers are built by the stand-ins' own functions (test/stack), which quote AWS's
 * documented or publicly reported texts.
 */
import { ownErrorPage } from '../stack/cloudFrontPages';
import { SINGLE_PAGE_APP_INDEX } from '../stack/customErrorResponses';
import {
  errorBody,
  expiredSecurityToken,
  httpApiForbidden,
  incompleteAuthorization,
  invalidSecurityToken,
  missingAuthenticationToken,
  presignExpired,
  scopeRegion,
  scopeService,
  signatureExpired,
  signatureMismatch,
  signatureNotYetCurrent,
  type GatewayError,
} from '../stack/gatewayErrors';
import { EXAMPLE_KEYS, SIGNED_AT, stringToSignFor, type AwsAnswer, type CatalogueCase, type Sent } from './catalogueRun';

export interface CatalogueSection {
  title: string;
  intro: string;
  cases: CatalogueCase[];
}

const DISTRIBUTION = 'https://d111111abcdef8.cloudfront.net';
const ORIGIN = 'abc123defg.execute-api.us-east-1.amazonaws.com';
const FUNCTION_URL = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws';
const BUCKET = 'my-bucket.s3.eu-west-1.amazonaws.com';
const BEHIND_CLOUDFRONT = { sigv4_signing_host: ORIGIN, sigv4_origin_path: '/prod' };
const CF_ID = 'GvvXfz2nSy9nHS6_KjnI1srXGHVXpTwxvTGu2jVghdp4neS0EJZciQ==';
/** What CloudFront adds to an answer it passes on from the origin. */
const THROUGH_CLOUDFRONT = { Via: '1.1 0123456789abcdef0123456789abcdef.cloudfront.net (CloudFront)', 'X-Amz-Cf-Id': CF_ID, 'X-Cache': 'Error from cloudfront' };
const HOUR_MS = 3_600_000;

/** API Gateway's JSON error answer, through CloudFront unless `direct`. */
function apiGateway(error: GatewayError, options: { direct?: boolean; date?: Date } = {}): AwsAnswer {
  return {
    status: error.status,
    headers: {
      'Content-Type': 'application/json',
      'x-amzn-ErrorType': error.type,
      ...(options.date ? { Date: options.date.toUTCString() } : {}),
      ...(options.direct ? {} : THROUGH_CLOUDFRONT),
    },
    body: errorBody(error),
  };
}

/** The canonical request signed, with the session token where AWS has it in clear. */
function signedCanonical(sent: Sent): string {
  if (!sent.canonicalRequest) throw new Error('this case needs the pre-request script to sign');
  return sent.sessionToken ? sent.canonicalRequest.split('<aws_session_token>').join(sent.sessionToken) : sent.canonicalRequest;
}

/** API Gateway's mismatch answer for the canonical request it computed: the signed one, changed by `onTheWay`. */
function mismatch(onTheWay: (canonical: string) => string, options: { direct?: boolean; scope?: string } = {}) {
  return (sent: Sent): AwsAnswer => {
    const seen = onTheWay(signedCanonical(sent));
    return apiGateway(signatureMismatch(seen, stringToSignFor(seen, sent.stringToSign!, options.scope)), options);
  };
}

/** Replaces one whole line of a canonical request. */
function line(from: string, to: string) {
  return (canonical: string) => {
    const lines = canonical.split('\n');
    const at = lines.indexOf(from);
    if (at < 0) throw new Error(`no line ${from} in\n${canonical}`);
    lines[at] = to;
    return lines.join('\n');
  };
}

function s3Error(code: string, message: string, extra: Record<string, string> = {}): AwsAnswer {
  const elements = Object.entries({ Code: code, Message: message, ...extra, RequestId: '4442587FB7D0A2F9' }).map(([name, value]) => `<${name}>${value}</${name}>`);
  return { status: 403, headers: { 'Content-Type': 'application/xml' }, body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${elements.join('')}</Error>` };
}

function cloudFrontPage(name: Parameters<typeof ownErrorPage>[0]): AwsAnswer {
  const page = ownErrorPage(name, CF_ID);
  return { status: page.status, headers: { 'Content-Type': 'text/html', 'X-Cache': 'Error from cloudfront', Via: THROUGH_CLOUDFRONT.Via, 'X-Amz-Cf-Id': CF_ID }, body: page.html };
}

const amz = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const SIGNED_AMZ_DATE = amz(SIGNED_AT);
/** Lambda's bare answer: no canonical string (minorun365/html-share#4). */
const FUNCTION_URL_MISMATCH = {
  status: 403,
  headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InvalidSignatureException', ...THROUGH_CLOUDFRONT },
  body: JSON.stringify({ message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.' }),
};
const JSON_BODY = '{"name":"Rex","type":"dog"}';

/** The catalogue in the order and sections of docs/diagnosis.md. */
export const CATALOGUE_SECTIONS: CatalogueSection[] = [
  {
    title: 'Signature mismatches',
    intro:
      'API Gateway answers a signature mismatch with the canonical request it computed. The diagnosis compares it, line by line, with the one the pre-request script signed (kept in `sigv4_canonical_request`) and names each difference.',
    cases: [
      {
        id: 'signed-for-the-cloudfront-host',
        title: 'Signed for the CloudFront host and path',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets`, header: [] },
        variables: { aws_region: 'us-east-1' },
        answer: mismatch((canonical) => line('/pets', '/prod/pets')(line('host:d111111abcdef8.cloudfront.net', `host:${ORIGIN}`)(canonical))),
        diagnosis:
          "The signature does not match: API Gateway saw host abc123defg.execute-api.us-east-1.amazonaws.com, the script signed d111111abcdef8.cloudfront.net: set sigv4_signing_host to abc123defg.execute-api.us-east-1.amazonaws.com; API Gateway saw path /prod/pets, the script signed /pets: set sigv4_origin_path to /prod (CloudFront's origin path).",
      },
      {
        id: 'origin-path-but-none',
        title: 'An origin path set where CloudFront adds none',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('/prod/pets', '/pets')),
        diagnosis:
          'The signature does not match: API Gateway saw path /pets, without the /prod the script signed: clear sigv4_origin_path (CloudFront adds no origin path).',
      },
      {
        id: 'path-re-encoded',
        title: 'The path re-encoded on the way',
        request: { method: 'GET', url: `${DISTRIBUTION}/files/report%20Q1.csv` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('/prod/files/report%2520Q1.csv', '/prod/files/report%20Q1.csv')),
        diagnosis:
          'The signature does not match: API Gateway read the path as /prod/files/report Q1.csv, the script signed /prod/files/report%20Q1.csv: the path was re-encoded on the way; write it in the URL exactly as it should arrive (percent-encode reserved characters yourself).',
      },
      {
        id: 'path-rewritten',
        title: 'The path rewritten on the way (a CloudFront Function, Lambda@Edge)',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('/prod/pets', '/prod/animals')),
        diagnosis:
          "The signature does not match: API Gateway saw path /prod/animals, the script signed /prod/pets: check the request URL's path and sigv4_origin_path.",
      },
      {
        id: 'query-not-forwarded',
        title: 'A query string CloudFront does not forward',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets?type=dog&page=2` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('page=2&type=dog', 'type=dog')),
        diagnosis:
          'The signature does not match: query parameter page did not reach API Gateway: CloudFront forwards only the query strings its origin request policy names; forward all of them (e.g. the managed policy AllViewerExceptHostHeader).',
      },
      {
        id: 'query-changed',
        title: 'A query string changed on the way',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets?type=dog&page=2` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('page=2&type=dog', 'page=2&type=cat')),
        diagnosis:
          'The signature does not match: query parameter type changed on the way to API Gateway (re-encoded or rewritten by a proxy); percent-encode them in the URL as they should arrive.',
      },
      {
        id: 'query-added',
        title: 'A query string added on the way',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets?type=dog` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('type=dog', 'ref=edge&type=dog')),
        diagnosis:
          'The signature does not match: API Gateway saw query parameter ref, which were not signed: something on the way adds it.',
      },
      {
        id: 'method-changed',
        title: 'The method changed on the way',
        request: { method: 'HEAD', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch(line('HEAD', 'GET')),
        diagnosis:
          'The signature does not match: API Gateway saw method GET, the script signed HEAD: something on the way changed the method.',
      },
      {
        id: 'body-changed',
        title: 'The body changed on the way',
        request: { method: 'POST', url: `${DISTRIBUTION}/pets`, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON_BODY },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch((canonical) => canonical.replace(/[0-9a-f]{64}$/, '9f1c7e3f5b2d4a6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d')),
        diagnosis:
          'The signature does not match: the body API Gateway received is not the one signed (SHA-256 9f1c7e3f5b2d… instead of 87e615fcd5c7…): a proxy changed the body, or Postman sent a body the script could not see.',
      },
      {
        id: 'get-body-sent',
        title: 'A GET body sent although Postman prunes it (disableBodyPruning)',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets/search`, body: JSON_BODY, sendGetBody: true },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch((canonical) => canonical.replace(/[0-9a-f]{64}$/, '5f3a9b27c1f4d8e6a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5')),
        diagnosis:
          'The signature does not match: the body API Gateway received is not the one signed (SHA-256 5f3a9b27c1f4… instead of e3b0c44298fc…): Postman sent a GET body although it prunes them by default (disableBodyPruning is on); send the body with POST, or turn disableBodyPruning off.',
      },
      {
        id: 'signed-header-changed',
        title: 'A header named in sigv4_signed_headers changed on the way',
        request: { method: 'POST', url: `${DISTRIBUTION}/pets`, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON_BODY },
        variables: { ...BEHIND_CLOUDFRONT, sigv4_signed_headers: 'content-type' },
        answer: mismatch(line('content-type:application/json', 'content-type:application/json; charset=utf-8')),
        diagnosis:
          'The signature does not match: header content-type was changed on the way: stop signing it, remove content-type from sigv4_signed_headers.',
      },
      {
        id: 'amz-header-dropped',
        title: 'An x-amz-* header dropped on the way',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'temporary',
        answer: mismatch((canonical) => canonical.replace(/^x-amz-security-token:.*$/m, 'x-amz-security-token:')),
        diagnosis:
          'The signature does not match: header x-amz-security-token did not reach API Gateway: every x-amz-* header must be signed, so make sure nothing on the way changes or drops it.',
      },
      {
        id: 'wrong-secret',
        title: 'Everything matches but the secret key',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch((canonical) => canonical),
        diagnosis:
          'Everything API Gateway verified matches what was signed, so the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id AKIAIOSFODNN7EXAMPLE. Copy the secret again from the same credentials.',
      },
      {
        id: 'wrong-secret-fetched',
        title: 'Everything matches but the secret key, fetched through a credential source',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'endpoint',
        answer: mismatch((canonical) => canonical),
        diagnosis:
          'Everything API Gateway verified matches what was signed, so the secret key is wrong: the secret fetched through aws_credentials_url does not belong to its access key ASIAIOSFODNN7EXAMPLE. Check what serves aws_credentials_url.',
      },
      {
        id: 'credential-scope-differs',
        title: 'The same canonical request under another credential scope',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: mismatch((canonical) => canonical, { scope: '20261125/eu-west-1/execute-api/aws4_request' }),
        diagnosis:
          'The canonical request matches, but API Gateway used the credential scope 20261125/eu-west-1/execute-api/aws4_request where the script signed 20261125/us-east-1/execute-api/aws4_request: set aws_region and aws_service to match.',
      },
      {
        id: 'not-signed-by-postman-sigv4',
        title: "Signed by something else (Postman's built-in AWS Signature) for the CloudFront host",
        request: {
          method: 'GET',
          url: `${DISTRIBUTION}/pets`,
          header: [
            { key: 'Authorization', value: `AWS4-HMAC-SHA256 Credential=${EXAMPLE_KEYS.long.accessKeyId}/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef` },
            { key: 'X-Amz-Date', value: SIGNED_AMZ_DATE },
          ],
        },
        signedByScript: false,
        answer: () => {
          const seen = ['GET', '/prod/pets', '', `host:${ORIGIN}`, `x-amz-date:${SIGNED_AMZ_DATE}`, '', 'host;x-amz-date', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'].join('\n');
          return apiGateway(signatureMismatch(seen, stringToSignFor(seen, `AWS4-HMAC-SHA256\n${SIGNED_AMZ_DATE}\n20261125/us-east-1/execute-api/aws4_request\n`)));
        },
        diagnosis:
          'The signature does not match. API Gateway verified it for host abc123defg.execute-api.us-east-1.amazonaws.com and path /prod/pets: the request went to d111111abcdef8.cloudfront.net, so sign for abc123defg.execute-api.us-east-1.amazonaws.com (postman-sigv4: set sigv4_signing_host to abc123defg.execute-api.us-east-1.amazonaws.com); the path gains /prod on the way (postman-sigv4: set sigv4_origin_path to /prod). (postman-sigv4 did not sign this request, so nothing more can be compared.)',
      },
      {
        id: 'not-signed-by-postman-sigv4-direct',
        title: 'Signed by something else, straight to API Gateway',
        request: {
          method: 'GET',
          url: `https://${ORIGIN}/prod/pets`,
          header: [
            { key: 'Authorization', value: `AWS4-HMAC-SHA256 Credential=${EXAMPLE_KEYS.long.accessKeyId}/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef` },
            { key: 'X-Amz-Date', value: SIGNED_AMZ_DATE },
          ],
        },
        signedByScript: false,
        answer: () => {
          const seen = ['GET', '/prod/pets', '', `host:${ORIGIN}`, `x-amz-date:${SIGNED_AMZ_DATE}`, '', 'host;x-amz-date', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'].join('\n');
          return apiGateway(signatureMismatch(seen, stringToSignFor(seen, `AWS4-HMAC-SHA256\n${SIGNED_AMZ_DATE}\n20261125/us-east-1/execute-api/aws4_request\n`)), { direct: true });
        },
        diagnosis:
          'The signature does not match. API Gateway verified it for host abc123defg.execute-api.us-east-1.amazonaws.com and path /prod/pets; sign for exactly that host and path. (postman-sigv4 did not sign this request, so nothing more can be compared.)',
      },
      {
        id: 'no-canonical-string',
        title: 'A mismatch whose answer holds no canonical string (Lambda function URLs, most services)',
        request: { method: 'GET', url: `https://${FUNCTION_URL}/report` },
        answer: () => ({ ...FUNCTION_URL_MISMATCH, headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'InvalidSignatureException' } }),
        diagnosis:
          'API Gateway says the signature does not match, but its answer holds no canonical string to compare with. Set sigv4_debug to true and compare the canonical request in the console with the one API Gateway expects.',
      },

    ],
  },
  {
    title: 'S3',
    intro:
      'S3 answers in XML; a mismatch carries its canonical request too.',
    cases: [
      {
        id: 's3-signature-does-not-match',
        title: 'S3: signed for the CloudFront host',
        request: { method: 'GET', url: `${DISTRIBUTION}/reports/2026-q1.csv` },
        variables: { aws_region: 'eu-west-1', aws_service: 's3' },
        answer: (sent) => {
          const seen = line('host:d111111abcdef8.cloudfront.net', `host:${BUCKET}`)(signedCanonical(sent));
          return s3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
            AWSAccessKeyId: EXAMPLE_KEYS.long.accessKeyId,
            StringToSign: stringToSignFor(seen, sent.stringToSign!),
            SignatureProvided: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
            CanonicalRequest: seen,
          });
        },
        diagnosis:
          'The signature does not match: S3 saw host my-bucket.s3.eu-west-1.amazonaws.com, the script signed d111111abcdef8.cloudfront.net: set sigv4_signing_host to my-bucket.s3.eu-west-1.amazonaws.com.',
      },
      {
        id: 's3-presigned-url-expired',
        title: 'S3: a presigned URL used after it expired',
        request: { method: 'GET', url: `https://${BUCKET}/reports/2026-q1.csv` },
        variables: { sigv4_auth_location: 'query', sigv4_presign_expires: '900' },
        answer: () => s3Error('AccessDenied', 'Request has expired', { Expires: '2026-11-25T12:15:00Z', ServerTime: '2026-11-25T13:02:41Z' }),
        diagnosis:
          "The presigned URL expired: it was signed at 20261125T120000Z for 900 seconds, and S3's clock says 2026-11-25T13:02:41Z. Send the request again (the pre-request script presigns it anew), or set sigv4_presign_expires to a longer time (at most 604800 seconds); a copied presigned URL works only within that time. If the URL was fresh, this computer's clock is behind S3's: turn on NTP time sync.",
      },
      {
        id: 's3-unknown-access-key',
        title: 'S3: an access key id S3 does not know',
        request: { method: 'GET', url: `https://${BUCKET}/reports/2026-q1.csv` },
        answer: () => s3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: EXAMPLE_KEYS.long.accessKeyId }),
        diagnosis:
          'S3 does not know the access key id AKIAIOSFODNN7EXAMPLE: check aws_access_key_id (and that it belongs to the account and partition of the bucket), or get new credentials.',
      },
      {
        id: 's3-unknown-access-key-fetched',
        title: 'S3: an access key id S3 does not know, fetched through a credential source',
        request: { method: 'GET', url: `https://${BUCKET}/reports/2026-q1.csv` },
        credentials: 'endpoint',
        answer: () => s3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: EXAMPLE_KEYS.temporary.accessKeyId }),
        diagnosis:
          "S3 does not know the access key id ASIAIOSFODNN7EXAMPLE fetched through aws_credentials_url: check that aws_credentials_url gives credentials of the bucket's account and partition.",
      },

    ],
  },
  {
    title: "API Gateway's other refusals",
    intro:
      "API Gateway's other SigV4 answers name their cause in the message; the diagnosis adds which variable or setting fixes it.",
    cases: [
      {
        id: 'authorization-stripped',
        title: 'Missing Authentication Token through CloudFront: Authorization removed',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => apiGateway(missingAuthenticationToken()),
        diagnosis:
          'API Gateway received no signature: CloudFront removes the Authorization header unless the origin request policy forwards all viewer headers; use the managed policy AllViewerExceptHostHeader. If it does, API Gateway has no route for GET /prod/pets; check the path, the stage.',
      },
      {
        id: 'missing-token-unsigned',
        title: 'Missing Authentication Token through CloudFront: the request was not signed',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: { ...BEHIND_CLOUDFRONT, sigv4_skip: 'true' },
        answer: () => apiGateway(missingAuthenticationToken()),
        diagnosis:
          'The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or API Gateway has no route for GET /prod/pets; check the path, the stage.',
      },
      {
        id: 'missing-token-no-route',
        title: 'Missing Authentication Token through CloudFront on a custom domain: no such route',
        request: { method: 'GET', url: 'https://api.example.com/pets' },
        variables: { aws_region: 'us-east-1' },
        answer: () => apiGateway(missingAuthenticationToken()),
        diagnosis:
          'API Gateway found no signature or no route: API Gateway has no route for GET /pets; check the path, the stage and sigv4_origin_path. Behind a proxy, make sure it forwards the Authorization header.',
      },
      {
        id: 'missing-token-direct',
        title: 'Missing Authentication Token straight from API Gateway, with an origin path left set',
        request: { method: 'GET', url: `https://${ORIGIN}/pets` },
        variables: { sigv4_origin_path: '/prod' },
        answer: () => apiGateway(missingAuthenticationToken(), { direct: true }),
        diagnosis:
          'API Gateway has no route for GET /pets, the path called; the response came straight from API Gateway (no Via, X-Amz-Cf-Id or X-Cache header from CloudFront), so CloudFront did not change it: check the path and the stage. sigv4_origin_path is /prod, which only CloudFront prepends: calling API Gateway directly, it was probably left set by mistake; clear it, and put the stage in the URL (GET /prod/pets). Behind another proxy, make sure it forwards the Authorization header.',
      },
      {
        id: 'missing-token-direct-unsigned',
        title: 'Missing Authentication Token straight from API Gateway: the request was not signed',
        request: { method: 'GET', url: `https://${ORIGIN}/prod/pets` },
        variables: { sigv4_skip: 'true' },
        answer: () => apiGateway(missingAuthenticationToken(), { direct: true }),
        diagnosis:
          'The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or API Gateway has no route for GET /prod/pets, the path called.',
      },
      {
        id: 'clock-behind',
        title: "This computer's clock is behind",
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => {
          const now = new Date(SIGNED_AT.getTime() + HOUR_MS);
          return apiGateway(signatureExpired(SIGNED_AMZ_DATE, now.getTime()), { date: now });
        },
        diagnosis:
          "The request was signed at 20261125T120000Z, more than 5 minutes off API Gateway's clock (20261125T130000Z, from the response Date header): this computer's clock is 60 minutes behind API Gateway's. Set the system clock right (turn on NTP time sync) and send again.",
      },
      {
        id: 'clock-ahead',
        title: "This computer's clock is ahead",
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => apiGateway(signatureNotYetCurrent(SIGNED_AMZ_DATE, SIGNED_AT.getTime() - 10 * 60_000)),
        diagnosis:
          "The request was signed at 20261125T120000Z, more than 5 minutes off API Gateway's clock (20261125T115000Z): this computer's clock is 10 minutes ahead of API Gateway's. Set the system clock right (turn on NTP time sync) and send again.",
      },
      {
        id: 'presigned-url-expired',
        title: 'API Gateway: a presigned URL used after it expired',
        request: { method: 'GET', url: `${DISTRIBUTION}/reports/latest` },
        variables: { ...BEHIND_CLOUDFRONT, sigv4_auth_location: 'query', sigv4_presign_expires: '300' },
        answer: () => apiGateway(presignExpired(SIGNED_AMZ_DATE, SIGNED_AT.getTime() + 2 * HOUR_MS, 300)),
        diagnosis:
          "The presigned URL expired: it was signed at 20261125T120000Z for 300 seconds, and API Gateway's clock says 20261125T140000Z. Send the request again (the pre-request script presigns it anew), or set sigv4_presign_expires to a longer time (at most 604800 seconds); a copied presigned URL works only within that time. If the URL was fresh, this computer's clock is behind API Gateway's: turn on NTP time sync.",
      },
      {
        id: 'temporary-key-without-token',
        title: 'A temporary key (ASIA...) without its session token',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        credentials: 'none',
        variables: { ...BEHIND_CLOUDFRONT, aws_access_key_id: EXAMPLE_KEYS.temporary.accessKeyId, aws_secret_access_key: EXAMPLE_KEYS.temporary.secretAccessKey },
        answer: () => apiGateway(invalidSecurityToken()),
        diagnosis:
          'aws_access_key_id ASIAIOSFODNN7EXAMPLE is a temporary key (ASIA...), which needs its session token: set aws_session_token.',
      },
      {
        id: 'long-term-key-with-token',
        title: 'A long-term key (AKIA...) with a session token',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: { ...BEHIND_CLOUDFRONT, aws_session_token: EXAMPLE_KEYS.temporary.sessionToken },
        answer: () => apiGateway(invalidSecurityToken()),
        diagnosis:
          'aws_access_key_id AKIAIOSFODNN7EXAMPLE is a long-term key (AKIA...), but aws_session_token is set: clear aws_session_token.',
      },
      {
        id: 'temporary-credentials-not-recognized',
        title: 'Temporary credentials AWS does not recognize',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'temporary',
        answer: () => apiGateway(invalidSecurityToken()),
        diagnosis:
          'AWS does not recognize aws_access_key_id ASIAIOSFODNN7EXAMPLE with this aws_session_token: check that both come from the same, current credentials.',
      },
      {
        id: 'access-key-not-recognized',
        title: 'An access key id AWS does not recognize',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => apiGateway(invalidSecurityToken()),
        diagnosis:
          "AWS does not recognize aws_access_key_id AKIAIOSFODNN7EXAMPLE, a long-term key (AKIA...): check that it was copied whole, that it is still active in IAM, and that it belongs to the API's account and partition.",
      },
      {
        id: 'fetched-credentials-not-recognized',
        title: 'Credentials fetched through a source that AWS does not recognize',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'endpoint',
        answer: () => apiGateway(invalidSecurityToken()),
        diagnosis:
          "AWS does not recognize the temporary credentials ASIAIOSFODNN7EXAMPLE fetched through aws_credentials_url: check that aws_credentials_url gives credentials of the API's partition and account.",
      },
      {
        id: 'token-expired',
        title: 'An expired session token',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'temporary',
        answer: () => apiGateway(expiredSecurityToken()),
        diagnosis:
          'The session token has expired: get new temporary credentials and update aws_access_key_id, aws_secret_access_key and aws_session_token together.',
      },
      {
        id: 'fetched-token-expired',
        title: 'An expired session token, fetched through a credential source',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        credentials: 'endpoint',
        answer: () => apiGateway(expiredSecurityToken()),
        diagnosis:
          "The session token fetched through aws_credentials_url has expired by AWS's clock, although the script fetches new credentials 5 minutes before their Expiration: this computer's clock is behind AWS's (turn on NTP time sync), or aws_credentials_url reports an Expiration later than the credentials' own.",
      },
      {
        id: 'wrong-region',
        title: 'The wrong region',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: { ...BEHIND_CLOUDFRONT, aws_region: 'eu-west-1' },
        answer: () => apiGateway(scopeRegion('eu-west-1')),
        diagnosis:
          "The credential scope names region eu-west-1, which is not the API's region: set aws_region to the region the API runs in, here us-east-1 as the signing host says.",
      },
      {
        id: 'wrong-service',
        title: 'The wrong service',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: { ...BEHIND_CLOUDFRONT, aws_service: 'apigateway' },
        answer: () => apiGateway(scopeService('execute-api')),
        diagnosis:
          "The credential scope names the wrong service; API Gateway expects 'execute-api': set aws_service to execute-api, or leave it empty.",
      },
      {
        id: 'authorization-replaced',
        title: 'Authorization replaced after the script signed',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => apiGateway(incompleteAuthorization('Bearer eyJhbGciOiJIUzI1NiJ9', { credential: true, signature: true, signedHeaders: true, date: false })),
        diagnosis:
          `API Gateway could not read the signature (Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.): something changed Authorization or X-Amz-Date after the pre-request script signed. Leave the request's auth at "No Auth" or inherited, and keep the signer the last pre-request script.`,
      },
      {
        id: 'iam-denied',
        title: 'A valid signature that IAM denies',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => ({
          status: 403,
          headers: { 'Content-Type': 'application/json', 'x-amzn-ErrorType': 'AccessDeniedException', ...THROUGH_CLOUDFRONT },
          body: JSON.stringify({ message: `User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********2012:abc123defg/prod/GET/pets` }),
        }),
        diagnosis:
          "The signature is valid, but IAM denies the call: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********2012:abc123defg/prod/GET/pets. Allow execute-api:Invoke on that resource in the caller's IAM policy or the API's resource policy.",
      },
      {
        id: 'http-api-forbidden-cloudfront-host',
        title: 'An HTTP API\'s bare "Forbidden", signed for the CloudFront host',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: { aws_region: 'us-east-1' },
        answer: () => apiGateway(httpApiForbidden()),
        diagnosis:
          `The HTTP API rejected the request with a bare "Forbidden", without saying what differed. The request went to d111111abcdef8.cloudfront.net, but API Gateway checks the signature for its own host: set sigv4_signing_host to the API's execute-api host, and sigv4_origin_path to CloudFront's origin path if it has one.`,
      },
      {
        id: 'http-api-forbidden',
        title: 'An HTTP API\'s bare "Forbidden"',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => apiGateway(httpApiForbidden()),
        diagnosis:
          'The HTTP API rejected the request with a bare "Forbidden", without saying what differed. Check sigv4_origin_path, headers changed on the way (sigv4_signed_headers) and the secret key; with sigv4_debug set to true the console shows what was signed.',
      },

    ],
  },
  {
    title: "CloudFront's own error pages",
    intro:
      'CloudFront answers with a page of its own ("The request could not be satisfied") when it refuses a request or cannot reach the origin: the signature was never checked.',
    cases: [
      {
        id: 'cloudfront-bad-request',
        title: 'CloudFront refused the request ("Bad request.")',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => cloudFrontPage('bad-request'),
        diagnosis:
          `CloudFront itself refused the request (403 ("Bad request.")) before API Gateway saw it, so the signature was not checked. Causes: a Host header set by some other script or a folder/request header (CloudFront routes by Host; use sigv4_signing_host instead); the URL's host is not among the distribution's alternate domain names (CNAMEs); the distribution is disabled; AWS WAF or a geographic restriction blocks the request; a GET or HEAD request carries a body.`,
      },
      {
        id: 'cloudfront-host-header',
        title: 'CloudFront refused a request that carried a Host header',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets`, header: [{ key: 'Host', value: ORIGIN }] },
        signedByScript: false,
        answer: () => cloudFrontPage('bad-request'),
        diagnosis:
          `CloudFront itself refused the request (403 ("Bad request.")) before API Gateway saw it, so the signature was not checked. The request carried the Host header abc123defg.execute-api.us-east-1.amazonaws.com, which some other script or a folder/request header set: CloudFront routes by Host and serves no such name. Remove that header; to sign for the origin's host, set sigv4_signing_host instead.`,
      },
      {
        id: 'cloudfront-waf',
        title: 'AWS WAF blocked the request',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => cloudFrontPage('request-blocked'),
        diagnosis:
          'CloudFront itself refused the request (403 ("Request blocked.")) before API Gateway saw it, so the signature was not checked. An AWS WAF web ACL on the distribution blocked it: its sampled requests name the rule (rules on the Authorization header, on the body size or the request rate are the usual ones).',
      },
      {
        id: 'cloudfront-geo-restriction',
        title: "The distribution's geographic restriction",
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => cloudFrontPage('geo-blocked'),
        diagnosis:
          `CloudFront itself refused the request (403 ("The Amazon CloudFront distribution is configured to block access from your country.")) before API Gateway saw it, so the signature was not checked. The distribution's geographic restriction blocks the country this request came from: allow it in the distribution's settings (Security, CloudFront geographic restrictions), or send from an allowed one.`,
      },
      {
        id: 'cloudfront-method-not-allowed',
        title: "A method the cache behavior does not allow",
        request: { method: 'POST', url: `${DISTRIBUTION}/pets`, header: [{ key: 'Content-Type', value: 'application/json' }], body: '{"name":"Rex"}' },
        variables: BEHIND_CLOUDFRONT,
        answer: () => cloudFrontPage('method-not-allowed'),
        diagnosis:
          `CloudFront itself refused the request (403 ("This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.")) before API Gateway saw it, so the signature was not checked. The cache behavior for this path does not allow the request's method (it allows GET and HEAD, or GET, HEAD and OPTIONS): allow all methods in that behavior (postman-sigv4 doctor URL --method METHOD checks it).`,
      },
      {
        id: 'cloudfront-origin-unreachable',
        title: 'CloudFront could not reach the origin',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => cloudFrontPage('origin-unreachable'),
        diagnosis:
          `CloudFront itself answered 502 ("CloudFront wasn't able to connect to the origin."): it could not get an answer from the origin, so API Gateway never checked the signature. Check that the origin domain is the API Gateway host and reachable, that the origin's TLS certificate matches that name (origin protocol HTTPS only), and the origin response timeout.`,
      },
      {
        id: 'cloudfront-other-status',
        title: 'Another error page of CloudFront (an invalid Lambda@Edge function)',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => {
          const page = cloudFrontPage('bad-request');
          // The same page as CloudFront writes it for its 503s: status and reason line of their own.
          return { ...page, status: 503, body: page.body.replace('<H1>403 ERROR</H1>', '<H1>503 ERROR</H1>').replace('Bad request.', 'The Lambda function associated with the CloudFront distribution is invalid or doesn\'t have the required permissions.') };
        },
        diagnosis:
          `CloudFront itself answered 503 ("The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions.") before API Gateway saw the request, so the signature was not checked.`,
      },

    ],
  },
  {
    title: 'Custom error pages of the distribution',
    intro:
      "A custom error response replaces the origin's answer with a page of the distribution, for every path; CloudFront marks it as an error in `X-Cache`.",
    cases: [
      {
        id: 'custom-error-response',
        title: "A custom error page (a single-page app's 403 -> 200 /index.html) hid the origin's answer",
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => ({ status: 200, headers: { 'Content-Type': 'text/html', Via: THROUGH_CLOUDFRONT.Via, 'X-Amz-Cf-Id': CF_ID, 'X-Cache': 'Error from cloudfront' }, body: SINGLE_PAGE_APP_INDEX }),
        diagnosis:
          "CloudFront answered 200 with a page of the distribution's own instead of the origin's answer (its X-Cache header marks the answer as an error): a custom error response replaced it and turned the origin's error into 200, so the reason the origin gave (for a signed request most often a SigV4 403 or 400) is hidden. The distribution's Error pages settings (CustomErrorResponses) apply to every path, the API's included: remove the entries for 403 and 400, or serve the API from a distribution without them. To see the origin's own answer meanwhile, send the same request straight to the origin's own host, signed for it (the origin path in the URL path; sigv4_signing_host, sigv4_origin_path and sigv4_cloudfront_oac cleared).",
      },
      {
        id: 'custom-error-response-other-status',
        title: 'An HTML error page at another status: a custom error response, or the origin\'s own page',
        request: { method: 'GET', url: `${DISTRIBUTION}/pets` },
        variables: BEHIND_CLOUDFRONT,
        answer: () => ({ status: 404, headers: { 'Content-Type': 'text/html', Via: THROUGH_CLOUDFRONT.Via, 'X-Amz-Cf-Id': CF_ID, 'X-Cache': 'Error from cloudfront' }, body: SINGLE_PAGE_APP_INDEX }),
        diagnosis:
          "CloudFront answered 404 with an HTML page and its X-Cache header marks the answer as an error: either a custom error response of the distribution replaced the origin's answer (a SigV4 403 or 400 can be given any status there), or the origin answered with a page of its own. The distribution's Error pages settings (CustomErrorResponses) apply to every path, the API's included: if they hold an entry for 403 or 400 with this status, remove it, or serve the API from a distribution without them. To see the origin's own answer meanwhile, send the same request straight to the origin's own host, signed for it (the origin path in the URL path; sigv4_signing_host, sigv4_origin_path and sigv4_cloudfront_oac cleared).",
      },

    ],
  },
  {
    title: 'Lambda function URLs behind origin access control',
    intro:
      'A Lambda function URL refuses a bad signature without saying what differed. Through CloudFront, for a request with a body, the diagnosis looks at origin access control (OAC) and `sigv4_cloudfront_oac`.',
    cases: [
      {
        id: 'oac-not-set',
        title: 'A POST to a Lambda function URL behind OAC, without sigv4_cloudfront_oac',
        request: { method: 'POST', url: `${DISTRIBUTION}/report`, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON_BODY },
        variables: { sigv4_signing_host: FUNCTION_URL },
        answer: () => FUNCTION_URL_MISMATCH,
        diagnosis:
          "Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string). When the distribution signs for the function URL with origin access control (OAC), CloudFront cannot hash the body, and Lambda refuses unsigned payloads: set sigv4_cloudfront_oac to true, and the script sends x-amz-content-sha256 with the body's SHA-256 (needed on PUT and POST, sent on every method) and no signature of its own. Without OAC, the script's signature reaches the function only if CloudFront forwards the Authorization header (origin request policy AllViewerExceptHostHeader) and it is signed for the function URL's host (sigv4_signing_host).",
      },
      {
        id: 'oac-hash-removed',
        title: 'OAC: the body hash removed after the script',
        request: { method: 'POST', url: `${DISTRIBUTION}/report`, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON_BODY },
        credentials: 'none',
        variables: { sigv4_cloudfront_oac: 'true' },
        signedByScript: false,
        answer: () => FUNCTION_URL_MISMATCH,
        diagnosis:
          'Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string), and the request sent no x-amz-content-sha256 although sigv4_cloudfront_oac is true: a later folder or request script removed it, or the script did not run last. Keep the signer the last pre-request script.',
      },
      {
        id: 'oac-unsigned-payload',
        title: 'OAC: the request sent UNSIGNED-PAYLOAD',
        request: { method: 'POST', url: `${DISTRIBUTION}/report`, header: [{ key: 'Content-Type', value: 'application/json' }, { key: 'X-Amz-Content-Sha256', value: 'UNSIGNED-PAYLOAD' }], body: JSON_BODY },
        credentials: 'none',
        variables: { sigv4_cloudfront_oac: 'true' },
        answer: () => FUNCTION_URL_MISMATCH,
        diagnosis:
          "Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string). sigv4_cloudfront_oac is true and the request sent x-amz-content-sha256: UNSIGNED-PAYLOAD, which Lambda refuses: remove the request's own X-Amz-Content-Sha256 header and clear sigv4_unsigned_payload, so that the script sends the body's SHA-256.",
      },
      {
        id: 'oac-hash-sent',
        title: "OAC: the body's hash sent, and still refused",
        request: { method: 'POST', url: `${DISTRIBUTION}/report`, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON_BODY },
        credentials: 'none',
        variables: { sigv4_cloudfront_oac: 'true' },
        answer: () => FUNCTION_URL_MISMATCH,
        diagnosis:
          "Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string). sigv4_cloudfront_oac is true and the request sent x-amz-content-sha256: 87e615fcd5c71d89e8198b50e1ea844008d3d4b5701a1198859c6ec9b43ae089, the SHA-256 of the body the script saw. So the body changed after the script (a later folder or request script, or a CloudFront Function or Lambda@Edge on the way), or the origin access control's signing behavior is no-override and an Authorization header reached CloudFront (then CloudFront does not sign), or the function's resource policy does not allow the distribution (lambda:InvokeFunctionUrl for cloudfront.amazonaws.com with its ARN).",
      },
    ],
  },
];

export const CATALOGUE: CatalogueCase[] = CATALOGUE_SECTIONS.flatMap((section) => section.cases);
