/**
 * A request that cannot be signed correctly, said in the words of a Postman user: which variable
 * (or part of the request) is wrong, and what to do about it. Never carries a secret.
 */
export class SigningProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningProblem';
  }
}
