/** RFC 3339 in whole seconds, as AWS writes it (`2026-01-02T03:04:05Z`); rounded down, so never late. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
