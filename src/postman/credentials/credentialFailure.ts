import { ChallengeRequired, MalformedAnswer, ServiceError } from '../../credentials';
import { SigningProblem } from '../problem';
import { CallFailed } from './send';
import { VARIABLE } from '../variables';

/** What a credentials call was, for saying why it failed in a user's terms. */
export interface CallContext {
  /** The variable to fix unless the error code names another. */
  variable: string;
  /** `STS AssumeRole`, `Cognito InitiateAuth`, `the credentials endpoint`, ... */
  call: string;
  /** A variable more to the point for some AWS error codes. */
  variableForCode?: Record<string, string>;
  /** What to do, for some AWS error codes. */
  fixForCode?: Record<string, string>;
  /** What to do about any other error the service answered with. */
  fixRefused?: string;
  /** What to do when the call got no answer. */
  fixUnreachable: string;
}

const has = (table: Record<string, string> | undefined, key: string): table is Record<string, string> => !!table && Object.prototype.hasOwnProperty.call(table, key);

/** A failed credentials call as a SigningProblem: the variable, the call, AWS's code and message quoted, and the fix. */
export function callFailure(error: unknown, context: CallContext): unknown {
  if (error instanceof SigningProblem) return error;
  if (error instanceof ServiceError) {
    const variable = has(context.variableForCode, error.code) ? context.variableForCode[error.code] : context.variable;
    const fixText = has(context.fixForCode, error.code) ? context.fixForCode[error.code] : context.fixRefused;
    const fix = fixText ? ` ${fixText}` : '';
    const text = awsMessage(error.message);
    const message = text ? `: ${text.replace(/\.?$/, '.')}` : ` (HTTP ${error.status}).`;
    return new SigningProblem(`${variable}: ${context.call} failed with ${error.code}${message}${fix}`);
  }
  if (error instanceof ChallengeRequired) {
    return new SigningProblem(
      `${VARIABLE.cognitoUsername}: Cognito answered the sign-in with the ${error.challenge} challenge, which a script cannot answer. ` +
        `Complete it once in your app's sign-in (or with the AWS CLI), or sign in elsewhere and set ${VARIABLE.cognitoIdToken} to the ID token instead of the password.`,
    );
  }
  if (error instanceof MalformedAnswer) return new SigningProblem(`${context.variable}: ${error.message}, so no credentials could be read from ${context.call}.`);
  if (error instanceof CallFailed) return new SigningProblem(`${context.variable}: ${context.call} failed: ${error.message}. ${context.fixUnreachable}`);
  return error;
}

/**
 * AWS's message up to its first blank line: STS appends to SignatureDoesNotMatch the canonical
 * request it computed ("The Canonical String for this request should have been ..."; aws/aws-cli#602),
 * which holds the caller's session token. Never quoted.
 */
function awsMessage(message: string): string {
  return message.split(/\n\s*\n|The Canonical String for this request/)[0].trim();
}
