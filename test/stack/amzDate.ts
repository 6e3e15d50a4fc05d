/** SigV4 timestamps: ISO 8601 basic format in UTC, `YYYYMMDD'T'HHMMSS'Z'`. */

const BASIC_FORMAT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export function formatAmzDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Milliseconds since the epoch, or undefined when the text is not a valid basic-format time. */
export function parseAmzDate(text: string): number | undefined {
  const match = BASIC_FORMAT.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Reject values Date.UTC silently rolls over (month 13, second 61, ...).
  return formatAmzDate(ms) === text ? ms : undefined;
}

/** A `Date` header (RFC 7231 IMF-fixdate and friends) as a basic-format timestamp, if parseable. */
export function httpDateToAmzDate(text: string): string | undefined {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : formatAmzDate(ms);
}
