import { diagnoseResponse } from '../diagnose/diagnoseResponse';
import type { Pm } from '../postman/sandbox';

/** Called by the built script for every response, with that request's pm and console. */
export function run(pm: Pm, console: Console): void {
  let diagnosis: string | undefined;
  try {
    diagnosis = diagnoseResponse(pm);
  } catch (error) {
    console.warn(`SigV4 diagnosis could not read this response (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (diagnosis) {
    const message = `SigV4: ${diagnosis}`;
    pm.test('SigV4 diagnosis', () => {
      throw new Error(message);
    });
  }
}
