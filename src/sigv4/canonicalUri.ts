import { reencode, uriEncode } from './uriEncode';

/**
 * Removes `.` and `..` segments and empty segments, keeping a trailing slash, as botocore's
 * remove_dot_segments and @smithy/signature-v4's getCanonicalPath do: `//a/./b/../c/` -> `/a/c/`.
 */
export function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailingSlash = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return '/' + segments.join('/') + trailingSlash;
}

/**
 * The canonical URI of a path as it goes on the wire (already percent-encoded).
 * Every service but S3 normalizes the path, then UriEncodes it again, so `%20` on the wire is
 * `%2520` here (sigv4-rules §1: API Gateway canonicalizes the encoded wire path).
 * S3 decodes and encodes once, and never normalizes (`my-object//example//photo.user`).
 */
export function canonicalUri(wirePath: string, s3PathRule: boolean): string {
  const path = wirePath === '' ? '/' : wirePath;
  if (s3PathRule) return reencode(path, { plusIsSpace: false, keepSlash: true });
  return uriEncode(normalizePath(path), true);
}
