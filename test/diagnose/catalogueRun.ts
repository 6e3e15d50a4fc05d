/**
 * Runs one case of the diagnosis catalogue (catalogue.ts) the way newman runs the two scripts: the
 * pre-request script's own code signs the request in a pm built from postman-collection objects,
 * at a fixed time, with the case's variables; the case says what AWS answered to what was sent;
 * then the diagnosis reads that answer with the same pm. Used by the unit test
 * (catalogue.test.ts) and by the generator of docs/diagnosis.md (scripts/docs.ts).
 */
import { Collection, Response } from 'postman-collection';
import { diagnoseResponse } from '../../src/diagnose/diagnoseResponse';
import { sha256Hex } from '../../src/sigv4';
import type { Pm } from '../../src/postman/sandbox';
import { signPostmanRequest } from '../../src/postman/signPostmanRequest';
import { VARIABLE } from '../../src/postman/variables';

/** The example keys every signed case uses (AWS's documentation examples, as in collections/local.postman_environment.json). */
export const EXAMPLE_KEYS = {
  long: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  temporary: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLEsessionTOKEN+/=' },
} as const;

/** When every case is signed: 2026-11-25T12:00:00Z. */
export const SIGNED_AT = new Date(Date.UTC(2026, 10, 25, 12, 0, 0));

export interface CaseRequest {
  method: string;
  url: string;
  /** Headers as the request carries them before the pre-request script runs. */
  header?: Array<{ key: string; value: string }>;
  body?: string;
  /** Postman's protocolProfileBehavior.disableBodyPruning (a GET body is sent). */
  sendGetBody?: boolean;
}

/** What the request went out with, for the case to build AWS's answer from. */
export interface Sent {
  /** The canonical request and string to sign the pre-request script kept (token redacted), if it signed. */
  canonicalRequest?: string;
  stringToSign?: string;
  /** The session token the request carried, if any (AWS's canonical request holds it in clear). */
  sessionToken?: string;
}

export interface AwsAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface CatalogueCase {
  /** Stable: the unit test's name. */
  id: string;
  /** The situation, in a user's words: the heading in docs/diagnosis.md. */
  title: string;
  request: CaseRequest;
  /** What the user set (credentials come from `credentials`). */
  variables?: Record<string, string>;
  /**
   * Which credentials the variables hold: the example long-term or temporary keys, a credentials
   * endpoint (answered with the temporary keys), or none. Default: long-term.
   */
  credentials?: 'long-term' | 'temporary' | 'endpoint' | 'none';
  /** Whether the pre-request script runs. Default true; false: `request.header` is what was sent. */
  signedByScript?: boolean;
  answer(sent: Sent): AwsAnswer;
  /** The diagnosis, exactly: the failing test `SigV4 diagnosis` says `SigV4: ` and this. */
  diagnosis: string;
}

export interface CaseRun {
  /** The variables the case set, credentials included (secrets as set). */
  variables: Record<string, string>;
  /** The request as it went out: method, URL and headers after the pre-request script. */
  sentRequest: { method: string; url: string; headers: Array<[string, string]> };
  sent: Sent;
  answer: AwsAnswer;
  /** What the diagnosis said, or undefined. */
  diagnosis: string | undefined;
  /** What the pre-request script reported as failing tests (a case must have none). */
  signingFailures: string[];
}

const ENDPOINT_URL = 'http://127.0.0.1:9714/credentials';

function credentialVariables(kind: CatalogueCase['credentials']): Record<string, string> {
  const { long, temporary } = EXAMPLE_KEYS;
  switch (kind) {
    case 'none':
      return {};
    case 'temporary':
      return { [VARIABLE.accessKeyId]: temporary.accessKeyId, [VARIABLE.secretAccessKey]: temporary.secretAccessKey, [VARIABLE.sessionToken]: temporary.sessionToken };
    case 'endpoint':
      return { [VARIABLE.credentialsUrl]: ENDPOINT_URL, [VARIABLE.credentialsToken]: 'example-endpoint-token' };
    default:
      return { [VARIABLE.accessKeyId]: long.accessKeyId, [VARIABLE.secretAccessKey]: long.secretAccessKey };
  }
}

/** The credentials endpoint's answer, in the container-credentials format. */
function endpointAnswer() {
  const { temporary } = EXAMPLE_KEYS;
  const body = JSON.stringify({
    AccessKeyId: temporary.accessKeyId,
    SecretAccessKey: temporary.secretAccessKey,
    Token: temporary.sessionToken,
    Expiration: new Date(SIGNED_AT.getTime() + 3_600_000).toISOString(),
  });
  return new Response({ code: 200, status: 'OK', header: [{ key: 'Content-Type', value: 'application/json' }], body } as any);
}

export function runCase(testCase: CatalogueCase): CaseRun {
  const variables: Record<string, string> = { ...credentialVariables(testCase.credentials), ...testCase.variables };
  const { request: definition } = testCase;
  const collection = new Collection({
    item: [
      {
        request: { method: definition.method, url: definition.url, header: definition.header || [], ...(definition.body !== undefined ? { body: { mode: 'raw', raw: definition.body } } : {}) },
        ...(definition.sendGetBody ? { protocolProfileBehavior: { disableBodyPruning: true } } : {}),
      },
    ],
  } as any);
  const request = (collection.items.idx(0) as any).request;
  const signingFailures: string[] = [];
  let response: AwsAnswer | undefined;
  const pm = {
    request,
    variables: {
      get: (name: string) => variables[name],
      set: (name: string, value: string) => {
        variables[name] = value;
      },
      unset: (name: string) => {
        delete variables[name];
      },
      replaceIn: (text: string) => text,
    },
    test: (name: string, fn: () => void) => {
      try {
        fn();
      } catch (error) {
        signingFailures.push(`${name}: ${(error as Error).message}`);
      }
    },
    execution: { skipRequest: () => signingFailures.push('skipRequest') },
    // Answered at once: the endpoint case needs no network.
    sendRequest: (_request: unknown, callback: (error: null, response: unknown) => void) => callback(null, endpointAnswer()),
    get response() {
      return response && {
        code: response.status,
        headers: { get: (name: string) => headerOf(response!.headers, name) },
        text: () => response!.body,
      };
    },
  };
  if (testCase.signedByScript !== false) {
    signPostmanRequest(pm as unknown as Pm, { now: () => SIGNED_AT, random: () => 0.5 }, () => undefined, (error) => signingFailures.push(String(error)));
  }
  const headers: Array<[string, string]> = request.headers.all().filter((header: { disabled?: boolean }) => !header.disabled).map((header: { key: string; value: string }) => [header.key, header.value]);
  const sent: Sent = {
    canonicalRequest: variables[VARIABLE.canonicalRequest],
    stringToSign: variables[VARIABLE.stringToSign],
    sessionToken: headers.find(([key]) => key.toLowerCase() === 'x-amz-security-token')?.[1],
  };
  response = testCase.answer(sent);
  const diagnosis = diagnoseResponse(pm as unknown as Pm);
  return { variables, sentRequest: { method: request.method, url: request.url.toString(), headers }, sent, answer: response, diagnosis, signingFailures };
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** AWS's string to sign for its own canonical request: the signed one's first three lines, and the hash of AWS's canonical request. */
export function stringToSignFor(canonicalRequest: string, signedStringToSign: string, scope?: string): string {
  const lines = signedStringToSign.split('\n');
  return [lines[0], lines[1], scope ?? lines[2], sha256Hex(canonicalRequest)].join('\n');
}
