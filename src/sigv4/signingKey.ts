import { KEY_TYPE } from './constants';
import { toBytes } from './bytes';
import { hex, hmac, keyedHmac } from './crypto';

/**
 * kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
 * The HMAC keyed with the last kSigning is kept: the key changes once a day per credential,
 * region and service, and deriving it costs four HMACs per request otherwise.
 */
let last: { secret: string; scope: string; sign: (message: string) => string } | undefined;

/** Signs (hex HMAC with kSigning) for one secret and credential scope. */
export function signerFor(secret: string, shortDate: string, region: string, service: string): (stringToSign: string) => string {
  const scope = `${shortDate}/${region}/${service}`;
  if (last && last.secret === secret && last.scope === scope) return last.sign;
  let key = toBytes('AWS4' + secret);
  for (const part of [shortDate, region, service, KEY_TYPE]) key = hmac(key, part);
  const mac = keyedHmac(key);
  last = { secret, scope, sign: (message) => hex(mac(message)) };
  return last.sign;
}
