/**
 * A collection script whose postman-sigv4 part cannot be told apart from the user's own code.
 * A plain Error, so that the build can use the code too; the CLI reports it as bad input.
 */
export class ScriptBlockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScriptBlockError';
  }
}
