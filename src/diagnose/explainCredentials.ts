import type { DiagnosisContext } from './context';

/**
 * Rejections of the credentials themselves. With a credential source the script fetched the keys
 * (SPEC.md, "Credential sources"), so the fix is in that source, not in aws_access_key_id & co.
 */

/** "The security token included in the request is invalid" (InvalidClientTokenId). */
export function explainInvalidToken(context: DiagnosisContext): string {
  const key = context.accessKeyId || '';
  if (context.fetchedFrom) {
    const stsHint =
      context.fetchedFrom === 'aws_role_arn'
        ? "; a token from STS's global endpoint (aws_sts_endpoint https://sts.amazonaws.com) is not valid in opt-in Regions: leave aws_sts_endpoint empty to use the API region's STS"
        : '';
    const kind = /^AKIA/.test(key) ? 'the long-term key' : /^ASIA/.test(key) ? 'the temporary credentials' : 'the credentials';
    return `AWS does not recognize ${kind}${key ? ` ${key}` : ''} fetched through ${context.fetchedFrom}: check that ${context.fetchedFrom} gives credentials of the API's partition and account${stsHint}.`;
  }
  if (/^ASIA/.test(key) && !context.sessionToken) {
    return `aws_access_key_id ${key} is a temporary key (ASIA...), which needs its session token: set aws_session_token.`;
  }
  if (/^AKIA/.test(key) && context.sessionToken) {
    return `aws_access_key_id ${key} is a long-term key (AKIA...), but aws_session_token is set: clear aws_session_token.`;
  }
  if (context.sessionToken) return `AWS does not recognize aws_access_key_id${key ? ` ${key}` : ''} with this aws_session_token: check that both come from the same, current credentials.`;
  const longTerm = /^AKIA/.test(key) ? ', a long-term key (AKIA...)' : '';
  return `AWS does not recognize aws_access_key_id${key ? ` ${key}` : ''}${longTerm}: check that it was copied whole, that it is still active in IAM, and that it belongs to the API's account and partition.`;
}

/** "The security token included in the request is expired" (ExpiredToken). */
export function explainExpiredToken(context: DiagnosisContext): string {
  if (context.fetchedFrom) {
    return (
      `The session token fetched through ${context.fetchedFrom} has expired by AWS's clock, although the script fetches new credentials 5 minutes before their Expiration: ` +
      `this computer's clock is behind AWS's (turn on NTP time sync), or ${context.fetchedFrom} reports an Expiration later than the credentials' own.`
    );
  }
  return 'The session token has expired: get new temporary credentials and update aws_access_key_id, aws_secret_access_key and aws_session_token together.';
}

/** The verifier's canonical request and scope equal the signed ones: only the secret key is left. */
export function explainWrongSecret(context: DiagnosisContext, verifier: string): string {
  const key = context.accessKeyId ? ` ${context.accessKeyId}` : '';
  if (context.fetchedFrom) {
    return `Everything ${verifier} verified matches what was signed, so the secret key is wrong: the secret fetched through ${context.fetchedFrom} does not belong to its access key${key}. Check what serves ${context.fetchedFrom}.`;
  }
  return `Everything ${verifier} verified matches what was signed, so the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id${key}. Copy the secret again from the same credentials.`;
}

/** S3's InvalidAccessKeyId. */
export function explainUnknownAccessKey(accessKeyId: string | undefined, context: DiagnosisContext): string {
  const key = accessKeyId || context.accessKeyId;
  const named = key ? ` ${key}` : '';
  if (context.fetchedFrom) {
    return `S3 does not know the access key id${named} fetched through ${context.fetchedFrom}: check that ${context.fetchedFrom} gives credentials of the bucket's account and partition.`;
  }
  return `S3 does not know the access key id${named}: check aws_access_key_id (and that it belongs to the account and partition of the bucket), or get new credentials.`;
}
