import type { Credentials } from '../sigv4';

/** Credentials as a source answered them; `expiration` is absent for long-term keys. */
export interface SourcedCredentials extends Credentials {
  expiration?: Date;
}

/**
 * An error the service answered with, as AWS words it (`AccessDenied`, `NotAuthorizedException`,
 * ...). The message is AWS's own and carries no secret of ours.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.status = status;
  }
}

/** An answer that is not what the protocol promises. `message` says what is wrong, never what the answer held. */
export class MalformedAnswer extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedAnswer';
  }
}

/** A Cognito challenge (new password, MFA, ...): a script cannot answer it. */
export class ChallengeRequired extends Error {
  readonly challenge: string;

  constructor(challenge: string) {
    super(`Cognito asks for the ${challenge} challenge`);
    this.name = 'ChallengeRequired';
    this.challenge = challenge;
  }
}

/** A credentials service's HTTP answer, as the adapter received it. */
export interface HttpAnswer {
  status: number;
  body: string;
}
