export { CredentialCache, REFRESH_WINDOW_MS } from './cache';
export { parseContainerCredentials, type ContainerCredentials, type ContainerError } from './containerCredentials';
export { assumeRoleForm, parseAssumeRoleResponse, type AssumeRoleParameters } from './stsAssumeRole';
export { INITIATE_AUTH_TARGET, initiateAuthBody, parseInitiateAuth, secretHash, userPoolRegion, type PasswordSignIn } from './cognitoUserPool';
export {
  GET_CREDENTIALS_TARGET,
  GET_ID_TARGET,
  getCredentialsBody,
  getIdBody,
  identityPoolRegion,
  parseGetCredentials,
  parseGetId,
  userPoolLoginsKey,
  type Logins,
} from './cognitoIdentity';
export { ChallengeRequired, MalformedAnswer, ServiceError, type HttpAnswer, type SourcedCredentials } from './types';
