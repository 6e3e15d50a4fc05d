/** What signing takes from outside: the time, and randomness for a multipart boundary. */
export interface Effects {
  now(): Date;
  random(): number;
}
