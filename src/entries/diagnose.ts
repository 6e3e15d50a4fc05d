import { diagnoseResponse } from '../diagnose/diagnoseResponse';
import type { Pm } from '../postman/sandbox';

declare const pm: Pm;

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
