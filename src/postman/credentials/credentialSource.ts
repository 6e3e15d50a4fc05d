import { identityPoolRegion, userPoolRegion } from '../../credentials';
import { SigningProblem } from '../problem';
import type { PmVariables } from '../sandbox';
import { readText, refuseUnresolved } from '../settings';
import { VARIABLE } from '../variables';
import { vaultName, type Secret } from './vault';

/** Where a request's credentials come from (SPEC "Credential sources"): exactly one base source, maybe a role on top. */
export type BaseSource =
  | { kind: 'keys'; accessKeyId: Secret; secretAccessKey: Secret; sessionToken?: Secret }
  | { kind: 'endpoint'; url: string; token?: Secret }
  | { kind: 'cognito'; identityPoolId: string; region: string; signIn?: CognitoSignIn };

export type CognitoSignIn =
  | { userPoolId: string; region: string; idToken: Secret }
  | { userPoolId: string; region: string; clientId: string; username: string; password: Secret; clientSecret?: Secret };

export interface RoleSource {
  roleArn: string;
  roleSessionName: string;
  externalId?: string;
  durationSeconds: number;
}

export interface CredentialSource {
  base: BaseSource;
  role?: RoleSource;
  /** Each Secret of the source, for reading Vault values before anything is fetched. */
  secrets: Secret[];
}

const SET_IT = 'Set it in the active environment (as a secret) or as a collection variable';

/** A credential variable, which may be exactly {{vault:NAME}}; undefined when not set or empty. */
function readSecret(variables: PmVariables, variable: string): Secret | undefined {
  const raw = variables.get(variable);
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw);
  if (text.indexOf('{{') < 0) return text.trim() ? { variable, text: text.trim() } : undefined;
  // Checked before and after resolving: a {{reference}} may lead to a {{vault:...}} value.
  const direct = vaultName(variable, text);
  if (direct) return { variable, vaultName: direct };
  const resolved = variables.replaceIn(text).trim();
  const indirect = vaultName(variable, resolved);
  if (indirect) return { variable, vaultName: indirect };
  refuseUnresolved(variable, resolved);
  return resolved ? { variable, text: resolved } : undefined;
}

function requireSecret(variables: PmVariables, variable: string, why: string): Secret {
  const secret = readSecret(variables, variable);
  if (!secret) throw new SigningProblem(`${variable} is not set${why}. ${SET_IT}.`);
  return secret;
}

function readPlain(variables: PmVariables, variable: string): string | undefined {
  return readText(variables, variable) || undefined;
}

/** Reads which source the request's credentials come from, refusing a half or double configuration. */
export function readCredentialSource(variables: PmVariables): CredentialSource {
  const keys = [VARIABLE.accessKeyId, VARIABLE.secretAccessKey, VARIABLE.sessionToken].map((name) => readSecret(variables, name));
  const keysSet = keys.filter((secret): secret is Secret => secret !== undefined).map((secret) => secret.variable);
  const url = readPlain(variables, VARIABLE.credentialsUrl);
  const identityPoolId = readPlain(variables, VARIABLE.cognitoIdentityPoolId);
  const sources = [keysSet.length ? keysSet[0] : undefined, url && VARIABLE.credentialsUrl, identityPoolId && VARIABLE.cognitoIdentityPoolId].filter(Boolean) as string[];
  if (sources.length > 1) {
    throw new SigningProblem(`${sources[0]} and ${sources[1]} are both set, but a request takes its credentials from one source. Clear one of them (an environment can set it to an empty value to override a collection variable).`);
  }
  const base: BaseSource = url
    ? { kind: 'endpoint', url, token: readSecret(variables, VARIABLE.credentialsToken) }
    : identityPoolId
      ? readCognito(variables, identityPoolId)
      : readKeys(keys[0], keys[1], keys[2]);
  const role = readRole(variables);
  if (role && base.kind === 'cognito') {
    throw new SigningProblem(`${VARIABLE.roleArn} is set together with ${VARIABLE.cognitoIdentityPoolId}: the identity pool already chooses the role. Clear ${VARIABLE.roleArn}, or change the role in the identity pool's settings.`);
  }
  return { base, role, secrets: secretsOf(base) };
}

function readKeys(accessKeyId: Secret | undefined, secretAccessKey: Secret | undefined, sessionToken: Secret | undefined): BaseSource {
  if (!accessKeyId) {
    const alternatives = secretAccessKey ? '' : `, or set ${VARIABLE.credentialsUrl} or ${VARIABLE.cognitoIdentityPoolId} to fetch temporary credentials`;
    throw new SigningProblem(`${VARIABLE.accessKeyId} is not set. ${SET_IT}${alternatives}.`);
  }
  if (!secretAccessKey) throw new SigningProblem(`${VARIABLE.secretAccessKey} is not set. ${SET_IT}.`);
  return { kind: 'keys', accessKeyId, secretAccessKey, sessionToken };
}

function readCognito(variables: PmVariables, identityPoolId: string): BaseSource {
  const region = identityPoolRegion(identityPoolId);
  if (!region) {
    throw new SigningProblem(`${VARIABLE.cognitoIdentityPoolId} "${identityPoolId}" is not an identity pool id. Copy it from the identity pool's overview: REGION:GUID, e.g. us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.`);
  }
  const userPoolId = readPlain(variables, VARIABLE.cognitoUserPoolId);
  const idToken = readSecret(variables, VARIABLE.cognitoIdToken);
  const username = readPlain(variables, VARIABLE.cognitoUsername);
  const password = readSecret(variables, VARIABLE.cognitoPassword);
  const clientId = readPlain(variables, VARIABLE.cognitoClientId);
  if (!userPoolId) {
    const stray = [idToken && VARIABLE.cognitoIdToken, username && VARIABLE.cognitoUsername, password && VARIABLE.cognitoPassword, clientId && VARIABLE.cognitoClientId].filter(Boolean)[0];
    if (stray) throw new SigningProblem(`${stray} is set, but ${VARIABLE.cognitoUserPoolId} is not. Set ${VARIABLE.cognitoUserPoolId} to the user pool that signs users in (e.g. us-east-1_AbCdEf123), or clear ${stray} for an unauthenticated identity.`);
    return { kind: 'cognito', identityPoolId, region };
  }
  const userPoolRegionName = userPoolRegion(userPoolId);
  if (!userPoolRegionName) {
    throw new SigningProblem(`${VARIABLE.cognitoUserPoolId} "${userPoolId}" is not a user pool id. Copy it from the user pool's overview: REGION_ID, e.g. us-east-1_AbCdEf123.`);
  }
  if (idToken) {
    if (password) throw new SigningProblem(`${VARIABLE.cognitoIdToken} and ${VARIABLE.cognitoPassword} are both set. Sign in one way: clear ${VARIABLE.cognitoPassword} to use the ID token, or clear ${VARIABLE.cognitoIdToken} to sign in with the password.`);
    return { kind: 'cognito', identityPoolId, region, signIn: { userPoolId, region: userPoolRegionName, idToken } };
  }
  const how = ` to sign in to ${VARIABLE.cognitoUserPoolId}; or set ${VARIABLE.cognitoIdToken} instead`;
  if (!username) throw new SigningProblem(`${VARIABLE.cognitoUsername} is not set${how}. ${SET_IT}.`);
  if (!clientId) throw new SigningProblem(`${VARIABLE.cognitoClientId} is not set${how}. Set it to the user pool app client's id.`);
  return {
    kind: 'cognito',
    identityPoolId,
    region,
    signIn: {
      userPoolId,
      region: userPoolRegionName,
      clientId,
      username,
      password: requireSecret(variables, VARIABLE.cognitoPassword, how),
      clientSecret: readSecret(variables, VARIABLE.cognitoClientSecret),
    },
  };
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** STS AssumeRole, ExternalId: 2-1224 characters of [\w+=,.@:/-]. */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

function readRole(variables: PmVariables): RoleSource | undefined {
  const roleArn = readPlain(variables, VARIABLE.roleArn);
  if (!roleArn) return undefined;
  if (!ROLE_ARN.test(roleArn)) throw new SigningProblem(`${VARIABLE.roleArn} "${roleArn}" is not a role ARN. Copy it from the role's summary, e.g. arn:aws:iam::123456789012:role/ApiCaller.`);
  const roleSessionName = readPlain(variables, VARIABLE.roleSessionName) || 'postman-sigv4';
  if (!SESSION_NAME.test(roleSessionName)) {
    throw new SigningProblem(`${VARIABLE.roleSessionName} "${roleSessionName}" is not a role session name: use 2 to 64 letters, digits and + = , . @ _ -.`);
  }
  const duration = readPlain(variables, VARIABLE.roleDurationSeconds);
  const durationSeconds = duration === undefined ? 3600 : Number(duration);
  if (!/^\d+$/.test(duration ?? '3600') || durationSeconds < 900 || durationSeconds > 43200) {
    throw new SigningProblem(`${VARIABLE.roleDurationSeconds} "${duration}" is not a number of seconds from 900 to 43200 (STS's limits; the role's maximum session duration may be lower). Leave it empty for 3600.`);
  }
  const externalId = readPlain(variables, VARIABLE.roleExternalId);
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) {
    throw new SigningProblem(`${VARIABLE.roleExternalId} is not an external id STS accepts: use 2 to 1224 letters, digits and + = , . @ : / - _ (copy it from the role's trust policy).`);
  }
  return { roleArn, roleSessionName, externalId, durationSeconds };
}

function secretsOf(base: BaseSource): Secret[] {
  const all: Array<Secret | undefined> =
    base.kind === 'keys'
      ? [base.accessKeyId, base.secretAccessKey, base.sessionToken]
      : base.kind === 'endpoint'
        ? [base.token]
        : base.signIn
          ? 'idToken' in base.signIn
            ? [base.signIn.idToken]
            : [base.signIn.password, base.signIn.clientSecret]
          : [];
  return all.filter((secret): secret is Secret => secret !== undefined);
}
