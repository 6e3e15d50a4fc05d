/**
 * Loopback stand-in for AWS STS `AssumeRole` (Query API: `POST /`, form body,
 * `Action=AssumeRole&Version=2011-06-15&RoleArn=…&RoleSessionName=…[&DurationSeconds=…][&ExternalId=…]`).
 *
 *   const sts = await startSts({ issuer, roles: [{ arn, allowedPrincipals: [STATIC_PRINCIPAL_ARN] }] });
 *   sts.url; sts.region; sts.calls.AssumeRole; await sts.close();
 *
 * The caller's SigV4 (service `sts`, the configured region) is verified with @smithy/signature-v4
 * (sigv4Expected.ts) for the static `credentials` and the issuer's, session token included. Then
 * the parameters are validated and the role's trust checked: the caller's principal ARN must be in
 * `allowedPrincipals` ('*' = any caller) and `ExternalId` must match when the role requires one.
 * The new credentials come from the issuer, living DurationSeconds (900..43200, default 3600)
 * unless `lifetimeSeconds` forces a lifetime. Every error is STS's ErrorResponse (stsResponses.ts).
 */
import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { formatAmzDate, parseAmzDate } from './amzDate';
import { readAuthorization, SigV4Auth } from './authorization';
import { BASE32, CredentialIssuer, lookupCredential } from './credentialIssuer';
import { ACCOUNT_ID, DEFAULT_CREDENTIALS, isExpired, STATIC_PRINCIPAL_ARN, StackCredential } from './credentials';
import { badDateFormat, scopeRegion, scopeService, scopeTerminator } from './gatewayErrors';
import { joinedHeader, ReceivedRequest, readRequest } from './rawRequest';
import { sameText } from './sameText';
import { serveOnLoopback } from './server';
import { expectedSignatureOf } from './sigv4Expected';
import * as reply from './stsResponses';

export const STS_SERVICE = 'sts';
/** STS accepts request times up to 15 minutes off ("... - 15 min.", devsecops/bootcamp#101). */
const CLOCK_WINDOW_MS = 15 * 60 * 1000;
const SESSION_NAME = /^[\w+=,.@-]*$/;

export interface StsRole {
  arn: string;
  /** Principal ARNs allowed to assume the role (a credential's principalArn); '*' allows any caller. */
  allowedPrincipals: readonly string[];
  /** When set, AssumeRole must pass exactly this ExternalId. */
  externalId?: string;
}

export interface StsOptions {
  /** Where the assumed-role credentials come from; its credentials may also call AssumeRole. */
  issuer: CredentialIssuer;
  roles: readonly StsRole[];
  /** Default `us-east-1`: the region requests must be signed for. */
  region?: string;
  /** Static base credentials accepted. Default DEFAULT_CREDENTIALS (credentials.ts). */
  credentials?: readonly StackCredential[];
  /** Forces this lifetime on every credential issued, whatever DurationSeconds asks (refresh tests). */
  lifetimeSeconds?: number;
  /** Clock source, default Date.now. */
  now?: () => number;
  port?: number;
  maxLifetimeMs?: number;
}

export interface StsStandIn {
  url: string;
  port: number;
  region: string;
  /** Requests received per `Action` parameter ('(none)' when absent), whatever their outcome. */
  calls: Record<string, number>;
  close(): Promise<void>;
}

export async function startSts(options: StsOptions): Promise<StsStandIn> {
  const region = options.region ?? 'us-east-1';
  const credentials = options.credentials ?? DEFAULT_CREDENTIALS;
  const now = options.now ?? Date.now;
  const calls: Record<string, number> = Object.create(null);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const received = await readRequest(req);
    const params = requestParams(received);
    const action = params.get('Action') ?? '(none)';
    calls[action] = (calls[action] ?? 0) + 1;

    const caller = await authenticateCaller(received, { region, credentials, issuer: options.issuer }, now());
    if ('error' in caller) return reply.writeStsError(res, caller.error);

    const version = params.get('Version') ?? '';
    if (action !== 'AssumeRole' || version !== reply.STS_VERSION) {
      return reply.writeStsError(res, reply.invalidAction(action, version));
    }
    const input = validateAssumeRole(params);
    if ('error' in input) return reply.writeStsError(res, input.error);

    const callerArn = caller.credential.principalArn ?? STATIC_PRINCIPAL_ARN;
    const role = options.roles.find((known) => known.arn === input.roleArn);
    const trusted =
      role !== undefined &&
      (role.allowedPrincipals.includes('*') || role.allowedPrincipals.includes(callerArn)) &&
      (role.externalId === undefined || role.externalId === input.externalId);
    if (!trusted) return reply.writeStsError(res, reply.accessDenied(callerArn, input.roleArn));

    const roleName = input.roleArn.slice(input.roleArn.lastIndexOf('/') + 1);
    const sessionArn = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleName}/${input.sessionName}`;
    const issued = options.issuer.issue({
      lifetimeSeconds: options.lifetimeSeconds ?? input.durationSeconds,
      principalArn: sessionArn,
    });
    reply.writeAssumeRoleResult(res, {
      ...issued,
      assumedRoleId: `${roleId(input.roleArn)}:${input.sessionName}`,
      arn: sessionArn,
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`STS stand-in failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  const serving = await serveOnLoopback(server, { port: options.port, maxLifetimeMs: options.maxLifetimeMs });
  return { url: serving.url, port: serving.port, region, calls, close: serving.close };
}

/** Query parameters and, for a form body, the body's (the Query API reads both). */
function requestParams(received: ReceivedRequest): URLSearchParams {
  const params = new URLSearchParams(received.query);
  const type = joinedHeader(received.rawHeaders, 'content-type') ?? '';
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    new URLSearchParams(received.body.toString('utf8')).forEach((value, key) => params.append(key, value));
  }
  return params;
}

interface CallerConfig {
  region: string;
  credentials: readonly StackCredential[];
  issuer: CredentialIssuer;
}

async function authenticateCaller(
  received: ReceivedRequest,
  config: CallerConfig,
  nowMs: number,
): Promise<{ credential: StackCredential } | { error: reply.StsError }> {
  const reading = readAuthorization(received);
  if (reading.kind === 'none') return { error: reply.missingAuthenticationToken() };
  if (reading.kind === 'invalid') return { error: reply.incompleteSignature(reading.error.message) };
  const { auth } = reading;
  const early = checkScopeAndClock(auth, config.region, nowMs);
  if (early) return { error: early };

  const credential = lookupCredential(auth.scope.accessKeyId, config.credentials, config.issuer);
  if (!credential || credential.sessionToken !== auth.securityToken) return { error: reply.invalidClientTokenId() };
  if (isExpired(credential, nowMs)) return { error: reply.expiredToken() };

  const expected = await expectedSignatureOf(received, auth, credential.secretAccessKey);
  if (!sameText(expected.signature, auth.signature)) return { error: reply.signatureDoesNotMatch(expected) };
  return { credential };
}

/** Scope texts as API Gateway words them (gatewayErrors.ts); STS's own wording is not confirmed. */
function checkScopeAndClock(auth: SigV4Auth, region: string, nowMs: number): reply.StsError | undefined {
  const requestMs = parseAmzDate(auth.amzDate);
  if (requestMs === undefined) return reply.incompleteSignature(badDateFormat(auth.amzDate).message);
  if (auth.scope.region !== region) return reply.signatureProblem(scopeRegion(auth.scope.region).message);
  if (auth.scope.service !== STS_SERVICE) return reply.signatureProblem(scopeService(STS_SERVICE).message);
  if (auth.scope.terminator !== 'aws4_request') {
    return reply.signatureProblem(scopeTerminator(auth.scope.terminator).message);
  }
  if (auth.scope.date !== auth.amzDate.slice(0, 8)) return reply.signatureDoesNotMatch();
  if (requestMs < nowMs - CLOCK_WINDOW_MS) {
    return reply.signatureProblem(
      `Signature expired: ${auth.amzDate} is now earlier than ${formatAmzDate(nowMs - CLOCK_WINDOW_MS)} ` +
        `(${formatAmzDate(nowMs)} - 15 min.)`,
    );
  }
  if (requestMs > nowMs + CLOCK_WINDOW_MS) {
    return reply.signatureProblem(
      `Signature not yet current: ${auth.amzDate} is still later than ${formatAmzDate(nowMs + CLOCK_WINDOW_MS)} ` +
        `(${formatAmzDate(nowMs)} + 15 min.)`,
    );
  }
  return undefined;
}

interface AssumeRoleInput {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  externalId?: string;
}

/** Constraints from the STS API Reference (AssumeRole request parameters). */
function validateAssumeRole(params: URLSearchParams): AssumeRoleInput | { error: reply.StsError } {
  const problems: string[] = [];
  const at = (value: string | null, member: string, constraint: string) =>
    problems.push(`Value ${value === null ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`);

  const roleArn = params.get('RoleArn');
  if (roleArn === null) at(null, 'roleArn', 'Member must not be null');
  else if (roleArn.length < 20) at(roleArn, 'roleArn', 'Member must have length greater than or equal to 20');

  const sessionName = params.get('RoleSessionName');
  if (sessionName === null) at(null, 'roleSessionName', 'Member must not be null');
  else if (sessionName.length < 2) at(sessionName, 'roleSessionName', 'Member must have length greater than or equal to 2');
  else if (sessionName.length > 64) at(sessionName, 'roleSessionName', 'Member must have length less than or equal to 64');
  else if (!SESSION_NAME.test(sessionName)) {
    at(sessionName, 'roleSessionName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]*');
  }

  const duration = params.get('DurationSeconds');
  const durationSeconds = duration === null ? 3600 : Number(duration);
  if (duration !== null) {
    // A non-integer value: wording not confirmed in a public source.
    if (!/^\d+$/.test(duration)) at(duration, 'durationSeconds', 'Member must be an integer');
    else if (durationSeconds < 900) at(duration, 'durationSeconds', 'Member must have value greater than or equal to 900');
    else if (durationSeconds > 43200) {
      at(duration, 'durationSeconds', 'Member must have value less than or equal to 43200');
    }
  }
  if (problems.length > 0 || roleArn === null || sessionName === null) return { error: reply.validationError(problems) };
  return { roleArn, sessionName, durationSeconds, externalId: params.get('ExternalId') ?? undefined };
}

/** A stable `AROA…` role id per role ARN (21 characters, like IAM's unique ids). */
function roleId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest();
  return 'AROA' + Array.from(digest.subarray(0, 17), (byte) => BASE32[byte % 32]).join('');
}
