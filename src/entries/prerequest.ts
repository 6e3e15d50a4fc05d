import { failRequest } from '../postman/fail';
import type { Pm } from '../postman/sandbox';
import { signPostmanRequest } from '../postman/signPostmanRequest';

/** Called by the built script for every request, with that request's pm and console. */
export function run(pm: Pm, console: Console): void {
  const fail = (error: unknown) => failRequest(pm, 'SigV4 signing', error);
  try {
    signPostmanRequest(pm, { now: () => new Date(), random: Math.random }, (message) => console.log(message), fail);
  } catch (error) {
    fail(error);
  }
}
