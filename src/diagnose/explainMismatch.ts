import { METHODS_WITHOUT_BODY } from '../postman/body';
import { EMPTY_SHA256, uriEncode } from '../sigv4';
import { parseCanonicalRequest } from './canonicalParts';
import { compareCanonical, decode, type Difference } from './compare';
import type { DiagnosisContext } from './context';
import { explainWrongSecret } from './explainCredentials';

/** "The request signature we calculated does not match": which part differed, and what to set. */
export function explainMismatch(seenText: string | undefined, seenStringToSign: string | undefined, context: DiagnosisContext, verifier = 'API Gateway'): string {
  // A presigned request carries the token in the query, percent-encoded; the signed copy shows it redacted.
  const seen = seenText === undefined ? undefined : parseCanonicalRequest(context.sessionToken ? seenText.split(uriEncode(context.sessionToken)).join(context.redactedToken) : seenText);
  const signed = context.signedCanonicalRequest === undefined ? undefined : parseCanonicalRequest(context.signedCanonicalRequest);
  if (!seen) return explainWithoutCanonical(seenStringToSign, context, verifier);
  if (!signed) return explainWithoutScript(seen.path, seen.headers.find(([name]) => name === 'host')?.[1] ?? '', context, verifier);

  const differences = compareCanonical(seen, signed, { value: context.sessionToken, redacted: context.redactedToken });
  if (differences.length === 0) return explainSameCanonical(seenStringToSign, context, verifier);
  return `The signature does not match: ${differences.map((difference) => clause(difference, context, verifier)).join('; ')}.`;
}

function clause(difference: Difference, context: DiagnosisContext, verifier: string): string {
  switch (difference.part) {
    case 'host':
      return `${verifier} saw host ${difference.seen}, the script signed ${difference.signed}: set sigv4_signing_host to ${difference.seen}`;
    case 'path-prefix': {
      const prefix = decode(difference.seenPrefix);
      if (prefix === '') {
        return `${verifier} saw path ${decode(difference.seen)}, without the ${decode(difference.signedPrefix)} the script signed: clear sigv4_origin_path (CloudFront adds no origin path)`;
      }
      return `${verifier} saw path ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: set sigv4_origin_path to ${prefix} (CloudFront's origin path)`;
    }
    case 'path-encoding':
      return `${verifier} read the path as ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: the path was re-encoded on the way; write it in the URL exactly as it should arrive (percent-encode reserved characters yourself)`;
    case 'path':
      return `${verifier} saw path ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: check the request URL's path and sigv4_origin_path`;
    case 'query-missing':
      return `query parameter${plural(difference.names)} ${difference.names.join(', ')} did not reach ${verifier}: CloudFront forwards only the query strings its origin request policy names; forward all of them (e.g. the managed policy AllViewerExceptHostHeader)`;
    case 'query-changed':
      return `query parameter${plural(difference.names)} ${difference.names.join(', ')} changed on the way to ${verifier} (re-encoded or rewritten by a proxy); percent-encode them in the URL as they should arrive`;
    case 'query-added':
      return `${verifier} saw query parameter${plural(difference.names)} ${difference.names.join(', ')}, which were not signed: something on the way adds ${difference.names.length > 1 ? 'them' : 'it'}`;
    case 'header-changed':
      return headerClause(difference.name, difference.seen, context, verifier);
    case 'payload':
      return `the body ${verifier} received is not the one signed (SHA-256 ${difference.seen.slice(0, 12)}… instead of ${difference.signed.slice(0, 12)}…)${
        difference.signed === EMPTY_SHA256 && METHODS_WITHOUT_BODY.indexOf(context.method) >= 0
          ? `: Postman sent a ${context.method} body although it prunes them by default (disableBodyPruning is on); send the body with POST, or turn disableBodyPruning off`
          : ': a proxy changed the body, or Postman sent a body the script could not see'
      }`;
    case 'method':
      return `${verifier} saw method ${difference.seen}, the script signed ${difference.signed}: something on the way changed the method`;
  }
}

/** Names the header only: its values may be credentials (x-api-key, the token). */
function headerClause(name: string, seen: string, context: DiagnosisContext, verifier: string): string {
  const change = seen === '' ? `header ${name} did not reach ${verifier}` : `header ${name} was changed on the way`;
  if (context.signedHeaders.indexOf(name) >= 0) return `${change}: stop signing it, remove ${name} from sigv4_signed_headers`;
  return `${change}: every x-amz-* header must be signed, so make sure nothing on the way changes or drops it`;
}

function plural(names: string[]): string {
  return names.length > 1 ? 's' : '';
}

function explainSameCanonical(seenStringToSign: string | undefined, context: DiagnosisContext, verifier: string): string {
  const seenScope = seenStringToSign?.split('\n')[2];
  const signedScope = context.signedStringToSign?.split('\n')[2];
  if (seenScope && signedScope && seenScope !== signedScope) {
    return `The canonical request matches, but ${verifier} used the credential scope ${seenScope} where the script signed ${signedScope}: set aws_region and aws_service to match.`;
  }
  return explainWrongSecret(context, verifier);
}

/** No canonical request of the pre-request script for this request: say in plain words what the verifier expected. */
function explainWithoutScript(seenPath: string, seenHost: string, context: DiagnosisContext, verifier: string): string {
  const fixes: string[] = [];
  if (seenHost && seenHost !== context.sentHost) fixes.push(`the request went to ${context.sentHost}, so sign for ${seenHost} (postman-sigv4: set sigv4_signing_host to ${seenHost})`);
  const wirePath = decode(seenPath);
  if (wirePath !== context.sentPath && wirePath.endsWith(context.sentPath) && context.sentPath !== '/') {
    const prefix = wirePath.slice(0, wirePath.length - context.sentPath.length);
    fixes.push(`the path gains ${prefix} on the way (postman-sigv4: set sigv4_origin_path to ${prefix})`);
  }
  return (
    `The signature does not match. ${verifier} verified it for host ${seenHost} and path ${wirePath}` +
    (fixes.length ? `: ${fixes.join('; ')}.` : '; sign for exactly that host and path.') +
    ' (postman-sigv4 did not sign this request, so nothing more can be compared.)'
  );
}

/**
 * The answer holds a string to sign but no canonical request (@20minutes/s3rver sends only the
 * former): equal strings to sign mean the canonical requests matched, so only the secret is left.
 */
function explainWithoutCanonical(seenStringToSign: string | undefined, context: DiagnosisContext, verifier: string): string {
  const signed = context.signedStringToSign;
  // The last line is the hash of the canonical request.
  if (seenStringToSign && signed && seenStringToSign.split('\n')[3] === signed.split('\n')[3]) return explainSameCanonical(seenStringToSign, context, verifier);
  const hint = seenStringToSign && signed ? `${verifier} computed another canonical request than the script (its string to sign hashes another one)` : `${verifier} says the signature does not match`;
  return `${hint}, but its answer holds no canonical string to compare with. Set sigv4_debug to true and compare the canonical request in the console with the one ${verifier} expects.`;
}
