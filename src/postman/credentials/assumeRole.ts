import { assumeRoleForm, parseAssumeRoleResponse, type SourcedCredentials } from '../../credentials';
import { dnsSuffix, signRequest, SigningInputError, type Credentials, type SigningField } from '../../sigv4';
import { SigningProblem } from '../problem';
import { callFailure } from './credentialFailure';
import type { RoleSource } from './credentialSource';
import { parseEndpoint } from './endpoint';
import type { Pm } from '../sandbox';
import { sendAndRead } from './send';
import { VARIABLE } from '../variables';

const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

/**
 * STS AssumeRole over the Query API (POST, form body, XML answer), signed with the base
 * credentials for service `sts` in the endpoint's region, or the request's when its host names none.
 */
export function assumeRole(
  pm: Pm,
  base: Credentials,
  role: RoleSource,
  endpointUrl: string | undefined,
  requestRegion: string,
  date: Date,
  /** The base credentials came from the credentials endpoint rather than from the key variables. */
  fetchedBase: boolean,
  done: (error: unknown, credentials?: SourcedCredentials) => void,
): void {
  const endpoint = parseEndpoint(VARIABLE.stsEndpoint, endpointUrl || `https://sts.${requestRegion}.${dnsSuffix(requestRegion)}`);
  const body = assumeRoleForm({ roleArn: role.roleArn, roleSessionName: role.roleSessionName, externalId: role.externalId, durationSeconds: role.durationSeconds });
  const signed = signBaseCall({ fetchedBase, endpointVariable: endpointUrl ? VARIABLE.stsEndpoint : VARIABLE.region }, () => signRequest({
    method: 'POST',
    path: endpoint.path,
    query: '',
    headers: [['Content-Type', FORM]],
    body,
    host: endpoint.host,
    credentials: base,
    region: endpoint.region || requestRegion,
    service: 'sts',
    date,
  }));
  const context = {
    variable: VARIABLE.roleArn,
    call: 'STS AssumeRole',
    variableForCode: fetchedBase
      ? { SignatureDoesNotMatch: VARIABLE.credentialsUrl, InvalidClientTokenId: VARIABLE.credentialsUrl, ExpiredToken: VARIABLE.credentialsUrl }
      : { SignatureDoesNotMatch: VARIABLE.secretAccessKey, InvalidClientTokenId: VARIABLE.accessKeyId, ExpiredToken: VARIABLE.sessionToken },
    fixForCode: {
      AccessDenied: `Check that the role's trust policy lets these base credentials assume it, and set ${VARIABLE.roleExternalId} if the role requires an external id.`,
      SignatureDoesNotMatch: fetchedBase
        ? 'STS did not accept the signature made with the credentials endpoint\'s credentials: check this computer\'s clock and the endpoint\'s profile.'
        : `The base credentials' secret key is wrong (or this computer's clock is off): copy ${VARIABLE.secretAccessKey} again.`,
      InvalidClientTokenId: fetchedBase ? "STS does not know the credentials endpoint's access key: check the profile it serves." : `The base credentials' access key id is unknown to STS: copy ${VARIABLE.accessKeyId} again.`,
      ExpiredToken: fetchedBase ? "The credentials endpoint's credentials have expired: refresh its profile (aws sso login)." : `The base credentials have expired: refresh them (${VARIABLE.sessionToken}).`,
    },
    fixUnreachable: endpointUrl ? `Fix ${VARIABLE.stsEndpoint}, or clear it to use STS in the request's region.` : 'Check the network, or set aws_sts_endpoint to a reachable STS endpoint.',
  };
  sendAndRead(pm, { endpoint, method: 'POST', headers: [['Content-Type', FORM], ...signed.headers], body }, parseAssumeRoleResponse, (error) => callFailure(error, context), done);
}

/**
 * The core's complaint about the base credentials or the region, named as the variables that
 * hold them: fetched base credentials are the credentials endpoint's; anything else came from
 * the STS endpoint, which is aws_sts_endpoint when set and otherwise built from the request's region.
 */
function signBaseCall<T>(source: { fetchedBase: boolean; endpointVariable: string }, sign: () => T): T {
  try {
    return sign();
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    const cannot = `so the call to STS AssumeRole for ${VARIABLE.roleArn} cannot be signed`;
    const answerField = ANSWER_FIELDS[error.field];
    if (source.fetchedBase && answerField) {
      throw new SigningProblem(`${VARIABLE.credentialsUrl}: the ${answerField} the credentials endpoint returned ${error.problem}, ${cannot}. Check the profile it serves.`);
    }
    const variable = error.field === 'accessKeyId' ? VARIABLE.accessKeyId : error.field === 'secretAccessKey' ? VARIABLE.secretAccessKey : error.field === 'sessionToken' ? VARIABLE.sessionToken : source.endpointVariable;
    throw new SigningProblem(`${variable} ${error.problem}, ${cannot}. Fix ${variable}.`);
  }
}

/** The container-credentials answer's names for the fields the core checks. */
const ANSWER_FIELDS: Partial<Record<SigningField, string>> = { accessKeyId: 'AccessKeyId', secretAccessKey: 'SecretAccessKey', sessionToken: 'Token' };
