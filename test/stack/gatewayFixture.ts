/**
 * Test fixture: an API Gateway stand-in plus a sender that signs (with the AWS SDK signer) for the
 * Host the stand-in receives, then sends the raw request target.
 */
import { afterAll, beforeAll } from 'vitest';
import { ApiGatewayOptions, ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { Pair, sendRaw, signRequest, SignInput } from './testClient';

export interface SignedSendInput extends Omit<SignInput, 'host'> {
  /** Send this raw query instead of the one the signer encoded. */
  rawQuery?: string;
  /** Headers appended after the signed ones. */
  extraHeaders?: Pair[];
}

export interface GatewayFixture {
  gw(): ApiGatewayStandIn;
  host(): string;
  signedSend(input: SignedSendInput): Promise<{
    signed: Awaited<ReturnType<typeof signRequest>>;
    response: Awaited<ReturnType<typeof sendRaw>>;
    /** The parsed JSON echo of a 200 answer. */
    echo: any;
  }>;
}

/** Starts a stand-in in beforeAll and closes it in afterAll. */
export function useApiGateway(options: ApiGatewayOptions): GatewayFixture {
  let gw: ApiGatewayStandIn | undefined;
  beforeAll(async () => {
    gw = await startApiGateway(options);
  });
  afterAll(() => gw?.close());
  const current = () => {
    if (!gw) throw new Error('the API Gateway stand-in is not running');
    return gw;
  };
  const host = () => `127.0.0.1:${current().port}`;
  return {
    gw: current,
    host,
    async signedSend(input) {
      const signed = await signRequest({ ...input, host: host() });
      const query = input.rawQuery ?? signed.rawQuery;
      const response = await sendRaw(current().port, {
        method: input.method,
        target: input.path + (query ? '?' + query : ''),
        headers: [...signed.headers, ...(input.extraHeaders ?? [])],
        body: input.body,
      });
      return { signed, response, echo: response.status === 200 ? JSON.parse(response.body) : undefined };
    },
  };
}
