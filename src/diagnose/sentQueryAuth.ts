import { QUERY } from '../sigv4';
import type { PmUrl } from '../postman/sandbox';

/** The X-Amz-Date, X-Amz-Expires and X-Amz-Signature of a presigned request sent, from its URL. */
export function sentQueryAuth(url: PmUrl): { amzDate?: string; expiresSeconds?: number; signed: boolean } {
  const values: Record<string, string> = {};
  for (const item of url.getQueryString().split('&')) {
    const eq = item.indexOf('=');
    if (eq > 0) values[item.slice(0, eq)] = item.slice(eq + 1);
  }
  const expires = values[QUERY.expires];
  return {
    amzDate: values[QUERY.date],
    expiresSeconds: expires !== undefined && /^\d+$/.test(expires) ? Number(expires) : undefined,
    signed: values[QUERY.signature] !== undefined,
  };
}
