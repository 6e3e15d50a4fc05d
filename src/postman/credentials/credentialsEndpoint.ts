import { parseContainerCredentials, type HttpAnswer, type SourcedCredentials } from '../../credentials';
import { callFailure } from './credentialFailure';
import { parseEndpoint } from './endpoint';
import type { Pm } from '../sandbox';
import { sendAndRead } from './send';
import { VARIABLE } from '../variables';

/**
 * GET the container-credentials URL with `Authorization: <token>`, as
 * @aws-sdk/credential-provider-http does for AWS_CONTAINER_CREDENTIALS_FULL_URI.
 */
export function fetchFromEndpoint(pm: Pm, url: string, token: string | undefined, done: (error: unknown, credentials?: SourcedCredentials) => void): void {
  const endpoint = parseEndpoint(VARIABLE.credentialsUrl, url);
  const headers: Array<[string, string]> = [['Accept', 'application/json']];
  if (token) headers.push(['Authorization', token]);
  const context = {
    variable: VARIABLE.credentialsUrl,
    call: `the credentials endpoint ${endpoint.host}`,
    fixUnreachable: `Start it (\`postman-sigv4 credentials serve\`) or fix ${VARIABLE.credentialsUrl}.`,
  };
  // `postman-sigv4 credentials serve` says what to set in its own refusals (src/cli/serve/requestChecks.ts); another endpoint's gets the script's advice.
  const refusedToken = {
    ...context,
    variable: VARIABLE.credentialsToken,
    variableForCode: { ForeignHost: VARIABLE.credentialsUrl },
    fixForCode: { ForeignHost: '', WrongToken: '', MissingToken: '' },
    fixRefused: `Set ${VARIABLE.credentialsToken} to the token the endpoint printed at start (the aws_credentials_token=... line).`,
  };
  const failure = (error: unknown, answer?: HttpAnswer) => callFailure(error, answer && (answer.status === 401 || answer.status === 403) ? refusedToken : context);
  sendAndRead(pm, { endpoint, method: 'GET', headers }, parseContainerCredentials, failure, done);
}
