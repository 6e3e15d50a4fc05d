import { failRequest } from '../postman/fail';
import type { Pm } from '../postman/sandbox';
import { signPostmanRequest } from '../postman/signPostmanRequest';

declare const pm: Pm;

try {
  signPostmanRequest(pm, { now: () => new Date(), random: Math.random }, (message) => console.log(message));
} catch (error) {
  failRequest(pm, 'SigV4 signing', error);
}
