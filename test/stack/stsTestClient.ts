/**
 * Test-side helpers for the STS stand-in: a signed AssumeRole call (the AWS SDK's signer, sent
 * byte for byte) and a reader for the fields of its XML answer.
 */
import type { StackCredential } from './credentials';
import { RawResponse, sendRaw, signRequest } from './testClient';

export interface AssumeRoleCall {
  port: number;
  credentials: StackCredential;
  params: Record<string, string>;
  region?: string;
  service?: string;
  date?: Date;
}

export async function assumeRoleRaw(call: AssumeRoleCall): Promise<RawResponse> {
  const host = `127.0.0.1:${call.port}`;
  const body = new URLSearchParams({ Action: 'AssumeRole', Version: '2011-06-15', ...call.params }).toString();
  const signed = await signRequest({
    method: 'POST',
    host,
    path: '/',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
    credentials: call.credentials,
    region: call.region ?? 'us-east-1',
    service: call.service ?? 'sts',
    date: call.date,
  });
  return sendRaw(call.port, { method: 'POST', target: '/', headers: signed.headers, body });
}

/** The unescaped text of the first `<name>` element, or undefined. */
export function xmlText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  if (!match) return undefined;
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return match[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => entities[entity]);
}
