import type { DiagnosisContext } from './context';

/**
 * A presigned request used after X-Amz-Expires: API Gateway says "Signature expired" (with the
 * window in seconds), S3 "Request has expired" with <Expires> and <ServerTime>.
 */
export function explainPresignExpired(verifier: string, context: DiagnosisContext, serverTime?: string): string {
  const signed = context.sentAmzDate ? `it was signed at ${context.sentAmzDate}` : 'it was signed';
  const validity = context.presignExpiresSeconds !== undefined ? ` for ${context.presignExpiresSeconds} seconds` : '';
  const clock = serverTime ? `, and ${verifier}'s clock says ${serverTime}` : '';
  return (
    `The presigned URL expired: ${signed}${validity}${clock}. Send the request again (the pre-request script presigns it anew), ` +
    `or set sigv4_presign_expires to a longer time (at most 604800 seconds); a copied presigned URL works only within that time. ` +
    `If the URL was fresh, this computer's clock is behind ${verifier}'s: turn on NTP time sync.`
  );
}
