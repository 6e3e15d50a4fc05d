/** The Postman variables the scripts read and set (SPEC.md, "Inputs"). */
export const VARIABLE = {
  accessKeyId: 'aws_access_key_id',
  secretAccessKey: 'aws_secret_access_key',
  sessionToken: 'aws_session_token',
  credentialsUrl: 'aws_credentials_url',
  credentialsToken: 'aws_credentials_token',
  cognitoIdentityPoolId: 'aws_cognito_identity_pool_id',
  cognitoUserPoolId: 'aws_cognito_user_pool_id',
  cognitoIdToken: 'aws_cognito_id_token',
  cognitoClientId: 'aws_cognito_client_id',
  cognitoUsername: 'aws_cognito_username',
  cognitoPassword: 'aws_cognito_password',
  cognitoClientSecret: 'aws_cognito_client_secret',
  roleArn: 'aws_role_arn',
  roleSessionName: 'aws_role_session_name',
  roleExternalId: 'aws_role_external_id',
  roleDurationSeconds: 'aws_role_duration_seconds',
  stsEndpoint: 'aws_sts_endpoint',
  cognitoIdpEndpoint: 'aws_cognito_idp_endpoint',
  cognitoIdentityEndpoint: 'aws_cognito_identity_endpoint',
  region: 'aws_region',
  service: 'aws_service',
  signingHost: 'sigv4_signing_host',
  originPath: 'sigv4_origin_path',
  signedHeaders: 'sigv4_signed_headers',
  unsignedPayload: 'sigv4_unsigned_payload',
  debug: 'sigv4_debug',
  skip: 'sigv4_skip',
  authLocation: 'sigv4_auth_location',
  presignExpires: 'sigv4_presign_expires',
  cloudfrontOac: 'sigv4_cloudfront_oac',
  /** Set by the pre-request script for the diagnosis script, with the session token redacted. */
  canonicalRequest: 'sigv4_canonical_request',
  stringToSign: 'sigv4_string_to_sign',
  /** Set in query mode: the presigned URL, with the session token redacted as in the canonical request. */
  presignedUrl: 'sigv4_presigned_url',
} as const;

/** The names of the `{{references}}` in a text, in order, each once. */
export function variableReferences(text: string): string[] {
  const names: string[] = [];
  const pattern = /\{\{([^{}]+)\}\}/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) if (names.indexOf(match[1]) < 0) names.push(match[1]);
  return names;
}

/** Stands in for the session token wherever a canonical request is shown or kept. */
export const REDACTED_TOKEN = '<aws_session_token>';
