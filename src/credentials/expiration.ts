import { MalformedAnswer } from './types';

/** RFC 3339 the way AWS writes it (container endpoint, STS): date, time, optional fraction, Z or offset. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** An RFC 3339 timestamp (`2026-12-02T19:00:00Z`). */
export function parseTimestamp(value: unknown, field: string): Date {
  const date = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : undefined;
  if (!date || isNaN(date.getTime())) throw new MalformedAnswer(`its ${field} is not an RFC 3339 timestamp`);
  return date;
}

/** Epoch seconds, possibly fractional, as Cognito's JSON 1.1 protocol sends timestamps. */
export function parseEpochSeconds(value: unknown, field: string): Date {
  if (typeof value !== 'number' || !isFinite(value) || value <= 0) throw new MalformedAnswer(`its ${field} is not a time in epoch seconds`);
  return new Date(Math.round(value * 1000));
}
