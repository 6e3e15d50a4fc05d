import { KEY_TYPE } from './constants';
import { hmac, wordArray, type WordArray } from './crypto';

/**
 * kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
 * The last key is kept: it changes once a day per credential, region and service, and deriving
 * it costs four HMACs per request otherwise.
 */
let last: { secret: string; scope: string; key: WordArray } | undefined;

export function signingKey(secret: string, shortDate: string, region: string, service: string): WordArray {
  const scope = `${shortDate}/${region}/${service}`;
  if (last && last.secret === secret && last.scope === scope) return last.key;
  let key = wordArray('AWS4' + secret);
  for (const part of [shortDate, region, service, KEY_TYPE]) key = hmac(key, part);
  last = { secret, scope, key };
  return key;
}
