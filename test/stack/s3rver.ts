/**
 * A third-party S3 server that verifies SigV4 (header and presigned) itself: @20minutes/s3rver
 * 5.0.0 (MIT), which accepts the key S3RVER / S3RVER. It has no bin, so it is started from code on
 * the loopback interface, in a fresh folder, with one bucket.
 *
 * Its package declares Node >= 24; on Node 20 npm warns at install time (EBADENGINE) and nothing at
 * run time (test/e2e/s3.test.ts checks that the process emitted no warning). Known deviations from
 * AWS, left as they are (the product is not bent around them): it never checks the payload hash
 * against the body; it encodes query values with encodeURIComponent, so `!'()*` in a query differ
 * from AWS's canonical form; it sorts whole `k=v` strings; it checks no scope region or service; it
 * answers SignatureDoesNotMatch without the CanonicalRequest element S3 sends; its ListObjects XML
 * escapes key names twice.
 */
import S3rver from '@20minutes/s3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_LIFETIME_MS, LOOPBACK_HOST } from './server';

export const S3RVER_CREDENTIALS = Object.freeze({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });

export interface S3StandIn {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  bucket: string;
  close(): Promise<void>;
}

export async function startS3rver(options: { bucket?: string; maxLifetimeMs?: number } = {}): Promise<S3StandIn> {
  const bucket = options.bucket ?? 'bkt';
  const directory = mkdtempSync(join(tmpdir(), 'postman-sigv4-s3rver-'));
  const s3rver = new S3rver({ address: LOOPBACK_HOST, port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await s3rver.run();
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    if (!closing) {
      clearTimeout(lifetime);
      const server = (s3rver as unknown as { httpServer: Server }).httpServer;
      // newman keeps connections alive; close() alone would wait for them.
      closing = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => rmSync(directory, { recursive: true, force: true }));
    }
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? DEFAULT_MAX_LIFETIME_MS);
  lifetime.unref();
  return { url: `http://${LOOPBACK_HOST}:${port}`, port, bucket, close };
}
