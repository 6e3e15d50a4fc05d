import { failRequest } from '../postman/fail';
import type { Pm } from '../postman/sandbox';
import { signPostmanRequest } from '../postman/signPostmanRequest';

/** Called by the built script for every request, with that request's pm and console. */
export function run(pm: Pm, console: Console): void {
  try {
    signPostmanRequest(pm, { now: () => new Date(), random: Math.random }, (message) => console.log(message));
  } catch (error) {
    failRequest(pm, 'SigV4 signing', error);
  }
}
