import { Command, Option } from 'commander';
import { HEADER, QUERY } from '../sigv4';
import { headersToSign, prepareHeaders } from '../postman/headers';
import type { PmRequest } from '../postman/sandbox';
import { presignWire } from '../postman/presignWire';
import { removeQueryAuth } from '../postman/queryAuth';
import { signWire } from '../postman/signWire';
import { REDACTED_TOKEN, VARIABLE } from '../postman/variables';
import { wireTarget } from '../postman/wire';
import { CliError, report, runAction } from './errors';
import { headerList, parseDate, parseHeader, readBody } from './requestFlags';
import { asFlagError, authLocationFromFlags, inFlagTerms, placeholderCredentials, settingsFromFlags, type SettingFlags } from './settings';
import { NewmanUrl } from './url';

export interface CanonicalOptions extends SettingFlags {
  method: string;
  url: string;
  header?: string[];
  body?: string;
  bodyFile?: string;
  date?: string;
}

export interface CanonicalOutput {
  canonicalRequest: string;
  stringToSign: string;
}

/** The command's output: each text under a one-line heading, a blank line between them. */
export function formatCanonical(output: CanonicalOutput): string {
  return `Canonical request:\n${output.canonicalRequest}\n\nString to sign:\n${output.stringToSign}\n`;
}

/** A `{{variable}}` left in a flag's value: the CLI has no Postman variables to resolve it with. */
export function refuseVariables(flag: string, value: string | undefined): void {
  const reference = value === undefined ? null : /\{\{[^{}]*\}\}/.exec(value);
  if (reference) throw new CliError(`${flag} contains ${reference[0]}, a Postman variable this command cannot resolve; pass its value instead.`);
}

/**
 * What the pre-request script signs for the same request, built by the script's own code: the
 * settings rules, the wire encoding, the header selection and the signer.
 */
export function canonical(options: CanonicalOptions, warn: (line: string) => void = report): CanonicalOutput {
  const given = options.header || [];
  const texts: Array<[string, string | undefined]> = [
    ['--url', options.url],
    ...given.map((header): [string, string] => ['--header', header]),
    ['--signing-host', options.signingHost],
    ['--origin-path', options.originPath],
    ['--signed-headers', options.signedHeaders],
    ['--region', options.region],
    ['--service', options.service],
    ['--access-key-id', options.accessKeyId],
    ['--expires', options.expires],
  ];
  texts.forEach(([flag, value]) => refuseVariables(flag, value));
  const headers = headerList(given.map((text, index) => parseHeader(text, index + 1)));
  const sent = (name: string) => headers.all().filter((header) => header.key.toLowerCase() === name.toLowerCase()).pop();
  const method = options.method.toUpperCase();
  const url = new NewmanUrl(options.url);
  // The script re-parses the URL text once it has resolved the variables in it.
  url.update(url.toString());
  // Header mode would sign the old X-Amz-* parameters as plain query, and print the raw X-Amz-Security-Token.
  if (!options.queryAuth && new URLSearchParams(url.getQueryString()).has(QUERY.signature)) {
    throw new CliError(`--url holds ${QUERY.signature}: it is a presigned URL, whose signature is in the query; add --query-auth.`);
  }
  // A presigned URL pasted as --url: its X-Amz-* parameters say what was signed; the script drops them before signing anew.
  const pasted = options.queryAuth ? pastedQueryAuth(url) : {};
  if (options.queryAuth) removeQueryAuth(url);
  const accessKeyId = options.accessKeyId ?? pasted.accessKeyId;
  if (options.queryAuth && !accessKeyId) {
    throw new CliError('--query-auth needs the access key id, which a presigned canonical query holds (X-Amz-Credential): pass --access-key-id AKIA..., or paste the presigned URL as --url.');
  }
  const tokenSent = sent(HEADER.securityToken) !== undefined || !!pasted.token;
  const settings = settingsFromFlags(options);
  for (const adjustment of settings.adjustments) warn(`note: ${inFlagTerms(adjustment)}`);
  const credentials = placeholderCredentials({ accessKeyId, sessionTokenPresent: options.sessionTokenPresent || tokenSent });
  const location = authLocationFromFlags({ ...options, expires: options.expires ?? pasted.expires });
  const target = asFlagError(() => wireTarget(url));

  const amzDate = sent(HEADER.amzDate);
  const date =
    options.date !== undefined
      ? parseDate(options.date, `--date "${options.date}"`)
      : amzDate
        ? parseDate(amzDate.value, 'the X-Amz-Date --header')
        : pasted.amzDate
          ? parseDate(pasted.amzDate, 'the X-Amz-Date parameter of --url')
          : new Date();
  const request: PmRequest = { url, method, headers, authorizeUsing: () => undefined };
  const noBody = { text: '' };
  asFlagError(() => prepareHeaders(request, noBody));
  const signed = asFlagError(() => headersToSign(request, settings.signedHeaders, noBody));
  for (const name of settings.signedHeaders) {
    if (!signed.some(([key]) => key.toLowerCase() === name)) {
      warn(`note: --signed-headers names ${name}, but no --header gives it, so it is not signed; pass the header the request sends, e.g. --header '${name}: ...'.`);
    }
  }
  const body = readBody(method, options, warn);
  const wire = { method, target, headers: signed, body };
  const result =
    location.kind === 'query'
      ? asFlagError(() => presignWire(settings, credentials, wire, date, location.expiresInSeconds))
      : asFlagError(() => signWire(settings, credentials, wire, date));
  if (credentials.sessionToken) {
    warn(`note: the string to sign hashes a canonical request holding ${REDACTED_TOKEN}, not the real token, so its last line differs from API Gateway's; compare the canonical requests.`);
  }
  return { canonicalRequest: result.redactedCanonicalRequest, stringToSign: 'signed' in result ? result.signed.stringToSign : result.presigned.stringToSign };
}

/** The X-Amz-* parameters of a presigned URL given as --url, decoded. */
function pastedQueryAuth(url: NewmanUrl): { accessKeyId?: string; amzDate?: string; expires?: string; token?: boolean } {
  const params = new URLSearchParams(url.getQueryString());
  const credential = params.get(QUERY.credential);
  return {
    accessKeyId: credential ? credential.split('/')[0] : undefined,
    amzDate: params.get(QUERY.date) ?? undefined,
    expires: params.get(QUERY.expires) ?? undefined,
    token: params.has(QUERY.securityToken),
  };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return (previous || []).concat(value);
}

const HELP = `
Output (stdout), for comparing with the text of API Gateway's 403 "signature does not match":
  Canonical request:
  <the canonical request, line by line>
  <blank line>
  String to sign:
  <the string to sign>

This is byte for byte what the pre-request script signs for the same request (it keeps the same
texts in ${VARIABLE.canonicalRequest} and ${VARIABLE.stringToSign}). No credentials are needed:
neither text contains a key. Give the request as newman sends it, variables resolved:
  --url            parsed like Postman: host lowercased, port kept exactly when written, #fragment
                   dropped, "\\" in the path becomes "/", dot segments and "//" kept, the query kept
                   as typed ("a" and "a=" differ); then encoded like newman.
  --header         every header sent that is signed: x-amz-* headers and those named in
                   --signed-headers (Postman adds Content-Type: application/json to a raw JSON body:
                   pass it). Headers pasted from the request sent: X-Amz-Date sets the date when
                   --date is absent, X-Amz-Security-Token implies --session-token-present, and
                   Authorization is ignored. X-Amz-Content-Sha256 is signed as the payload hash, as
                   the script signs one set on the request: it must be the SHA-256 of the body
                   given, or UNSIGNED-PAYLOAD. Host is refused.
  --body-file      the bytes are hashed as they are; newman sends no body with GET, HEAD, COPY,
                   PURGE and UNLOCK, so none is hashed for those.
  --query-auth     the request is presigned (sigv4_auth_location=query): the canonical query holds
                   the X-Amz-* parameters, so the access key id is needed (--access-key-id; a
                   presigned URL pasted as --url gives it, and its X-Amz-Date and X-Amz-Expires
                   too). --expires is X-Amz-Expires (default 900, at most 604800).
  --session-token-present
                   for temporary credentials: adds x-amz-security-token:${REDACTED_TOKEN} as the
                   script's copy shows it. The string to sign then hashes that placeholder, so its
                   last line differs from API Gateway's, which hashed the real token.

Example:
  npx --no-install postman-sigv4 canonical --method POST --url 'https://d111111abcdef8.cloudfront.net/items?a=1' \\
    --signing-host abc123.execute-api.us-east-1.amazonaws.com --origin-path /prod \\
    --header 'Content-Type: application/json' --signed-headers content-type --body '{"a":1}' \\
    --date 20240501T120000Z`;

export function canonicalCommand(): Command {
  return new Command('canonical')
    .description('print the canonical request and string to sign the pre-request script would sign (no credentials needed)')
    .requiredOption('--method <method>', 'HTTP method, e.g. GET')
    .requiredOption('--url <url>', 'the request URL as sent (CloudFront URL when going through CloudFront)')
    .option('-H, --header <header>', "a request header 'Name: value' (repeatable)", collect)
    .option('--signed-headers <names>', `extra headers to sign, comma-separated, like ${VARIABLE.signedHeaders}`)
    .addOption(new Option('--body <text>', 'the body text (UTF-8)').conflicts('bodyFile'))
    .option('--body-file <file>', 'a file holding the body bytes')
    .option('--signing-host <host>', `the host API Gateway sees, like ${VARIABLE.signingHost}`)
    .option('--origin-path <path>', `CloudFront's origin path, like ${VARIABLE.originPath}`)
    .option('--region <region>', `like ${VARIABLE.region}; default: inferred from the signing host`)
    .option('--service <service>', `like ${VARIABLE.service}; default: inferred, else execute-api`)
    .option('--date <iso8601>', 'the signing time, e.g. 20240501T120000Z from the X-Amz-Date sent (default: now)')
    .option('--session-token-present', 'the request was signed with temporary credentials (a session token)')
    .option('--query-auth', `a presigned request, like ${VARIABLE.authLocation}=query`)
    .option('--expires <seconds>', `with --query-auth: X-Amz-Expires, like ${VARIABLE.presignExpires} (default 900)`)
    .option('--access-key-id <id>', 'with --query-auth: the access key id (not secret) in X-Amz-Credential')
    .addHelpText('after', HELP)
    .action((options: CanonicalOptions) => runAction(() => process.stdout.write(formatCanonical(canonical(options)))));
}
