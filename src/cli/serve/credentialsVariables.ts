/** The pre-request script's variables for the credentials endpoint (SPEC.md, "Credential sources"). */
export const CREDENTIALS_VARIABLE = {
  url: 'aws_credentials_url',
  token: 'aws_credentials_token',
} as const;
