import { QUERY } from '../sigv4';
import type { PmUrl } from '../postman/sandbox';

/** What the query of a presigned request sent says: X-Amz-Date, -Expires, -Signature, the key id and the token. */
export function sentQueryAuth(url: PmUrl): { amzDate?: string; expiresSeconds?: number; signed: boolean; accessKeyId?: string; sessionToken?: string } {
  const values: Record<string, string> = {};
  for (const item of url.getQueryString().split('&')) {
    const eq = item.indexOf('=');
    if (eq > 0) values[item.slice(0, eq)] = item.slice(eq + 1);
  }
  const expires = values[QUERY.expires];
  const credential = decodeQueryValue(values[QUERY.credential]);
  return {
    amzDate: values[QUERY.date],
    expiresSeconds: expires !== undefined && /^\d+$/.test(expires) ? Number(expires) : undefined,
    signed: values[QUERY.signature] !== undefined,
    accessKeyId: credential?.split('/')[0] || undefined,
    sessionToken: decodeQueryValue(values[QUERY.securityToken]),
  };
}

function decodeQueryValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch (error) {
    return value; // not percent-encoding that JavaScript can read: compare it as written
  }
}
