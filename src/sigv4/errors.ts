/**
 * The inputs a caller can get wrong. Each edge (the Postman adapter, the CLI) names them in its
 * own words: a Postman variable, a command-line flag.
 */
export type SigningField =
  | 'accessKeyId'
  | 'secretAccessKey'
  | 'sessionToken'
  | 'region'
  | 'service'
  | 'signingHost'
  | 'date'
  | 'expires'
  | 'header'
  /** The caller's own x-amz-content-sha256 header. */
  | 'contentSha256'
  | 'method'
  | 'path';

/** Bad input to the signer. `problem` says what is wrong with `field`, without echoing a secret. */
export class SigningInputError extends Error {
  readonly field: SigningField;
  readonly problem: string;

  constructor(field: SigningField, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'SigningInputError';
    this.field = field;
    this.problem = problem;
  }
}
