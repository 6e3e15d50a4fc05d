/**
 * Temporary credentials shared by the credential stand-ins (STS, the Cognito identity pool, the
 * container-credentials endpoint) and accepted by the API Gateway and STS stand-ins.
 *
 *   const issuer = createCredentialIssuer();
 *   const credential = issuer.issue({ lifetimeSeconds: 900, principalArn });
 *   // { accessKeyId: 'ASIA…', secretAccessKey, sessionToken, expiration: Date, principalArn }
 *   issuer.find(credential.accessKeyId);   // the same object, or undefined
 *   issuer.issued;                         // every credential issued, in order
 *
 * Shapes follow what STS hands out: a 20-character `ASIA` key id, a 40-character base64 secret and
 * a long base64 session token. Every secret and token contains `/` and `+` (and every token ends
 * with `=`), so a client that forgets to unescape XML/JSON or to percent-encode a token fails.
 * A negative lifetime gives a credential that is already expired.
 */
import { randomBytes } from 'node:crypto';
import { STATIC_PRINCIPAL_ARN, StackCredential } from './credentials';

export interface IssuedCredential extends StackCredential {
  sessionToken: string;
  expiration: Date;
  principalArn: string;
}

export interface IssueOptions {
  /** Seconds from now (on the issuer's clock) until the credential expires; may be negative. */
  lifetimeSeconds: number;
  /** Default STATIC_PRINCIPAL_ARN. */
  principalArn?: string;
}

export interface CredentialIssuer {
  issue(options: IssueOptions): IssuedCredential;
  find(accessKeyId: string): IssuedCredential | undefined;
  /** Every credential issued so far, oldest first. */
  readonly issued: readonly IssuedCredential[];
}

export interface CredentialIssuerOptions {
  /** Clock source, default Date.now. */
  now?: () => number;
}

export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const MAX_KEY_ATTEMPTS = 100;

export function createCredentialIssuer(options: CredentialIssuerOptions = {}): CredentialIssuer {
  const now = options.now ?? Date.now;
  const byKeyId = new Map<string, IssuedCredential>();
  const issued: IssuedCredential[] = [];
  return {
    issued,
    find: (accessKeyId) => byKeyId.get(accessKeyId),
    issue({ lifetimeSeconds, principalArn }) {
      if (!Number.isFinite(lifetimeSeconds)) throw new Error('issue(): lifetimeSeconds must be a finite number');
      const credential: IssuedCredential = {
        accessKeyId: uniqueKeyId(byKeyId),
        secretAccessKey: withSlashAndPlus(randomBytes(30).toString('base64')),
        // Real tokens start with a versioned header such as IQoJb3JpZ2luX2Vj ("\x21\x0a\x09origin_ec").
        sessionToken: 'IQoJb3JpZ2luX2Vj' + withSlashAndPlus(randomBytes(301).toString('base64')),
        expiration: new Date(now() + lifetimeSeconds * 1000),
        principalArn: principalArn ?? STATIC_PRINCIPAL_ARN,
      };
      byKeyId.set(credential.accessKeyId, credential);
      issued.push(credential);
      return credential;
    },
  };
}

/** The static credentials given, then the issuer's: the credential an access key id names, if any. */
export function lookupCredential(
  accessKeyId: string,
  credentials: readonly StackCredential[],
  issuer: CredentialIssuer | undefined,
): StackCredential | undefined {
  return credentials.find((known) => known.accessKeyId === accessKeyId) ?? issuer?.find(accessKeyId);
}

function uniqueKeyId(taken: ReadonlyMap<string, unknown>): string {
  for (let attempt = 0; attempt < MAX_KEY_ATTEMPTS; attempt++) {
    const id = 'ASIA' + Array.from(randomBytes(16), (byte) => BASE32[byte % 32]).join('');
    if (!taken.has(id)) return id;
  }
  throw new Error('credential issuer: no unused access key id found');
}

/** Puts a `/` and a `+` at two random positions before the `=` padding (the text stays base64). */
function withSlashAndPlus(base64: string): string {
  const chars = base64.split('');
  const end = base64.replace(/=+$/, '').length;
  const [a, b] = randomBytes(2);
  const slash = a % end;
  let plus = b % end;
  if (plus === slash) plus = (plus + 1) % end;
  chars[slash] = '/';
  chars[plus] = '+';
  return chars.join('');
}
