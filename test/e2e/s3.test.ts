import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudFront } from '../stack';
import { S3RVER_CREDENTIALS, startS3rver, type S3StandIn } from '../stack/s3rver';
import { collectionWith, distScript, runNewman, type Variables } from '../support/newman';

/**
 * S3 through real newman against a verifier we did not write: @20minutes/s3rver (test/stack/s3rver.ts
 * lists its known deviations). Path-style requests to 127.0.0.1, signed for service s3.
 */

/** Keys with every character that S3 and Postman encode differently, or not at all. */
const KEYS = [
  'folder/with space.txt',
  'ünïcödé/日本語 €.txt',
  'a+b.txt',
  'k=v.txt',
  'this&that.txt',
  'user@example.com',
  'a,b;c:d.txt',
  '~tilde$dollar.txt',
  'literal%25.txt',
  '100%.txt',
  "it's (1)!*.txt",
  'nested/deeper/deepest/file.json',
];

/** The key as typed in the URL path: what Postman would not send as itself is percent-encoded by hand. */
const pathOf = (key: string) => key.replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23');
const bodyOf = (key: string) => `content of ${key}\r\nline two  with  spaces ü€😀\n`;

/** s3rver's listing escapes twice (`this&amp;amp;that`, `it&amp;#x27;s`), one more deviation from S3. */
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_entity, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()],
  );

let s3: S3StandIn;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message);

beforeAll(async () => {
  process.on('warning', onWarning);
  s3 = await startS3rver();
});
afterAll(async () => {
  process.off('warning', onWarning);
  await s3?.close();
});

function variables(extra: Variables = {}): Variables {
  return { aws_access_key_id: S3RVER_CREDENTIALS.accessKeyId, aws_secret_access_key: S3RVER_CREDENTIALS.secretAccessKey, aws_region: 'us-east-1', aws_service: 's3', ...extra };
}

const url = (key: string) => `${s3.url}/${s3.bucket}/${pathOf(key)}`;
const put = (key: string) => ({ name: `put ${key}`, request: { method: 'PUT', url: url(key), body: { mode: 'raw', raw: bodyOf(key) } } });
const get = (key: string) => ({
  name: `get ${key}`,
  request: { method: 'GET', url: url(key) },
  event: [
    {
      listen: 'test',
      script: { type: 'text/javascript', exec: [`pm.test('read back', () => pm.expect(pm.response.text()).to.equal(${JSON.stringify(bodyOf(key))}));`] },
    },
  ],
});
const LIST = `if (pm.info.requestName === 'list') console.log('LIST ' + pm.response.text());`;
const QUERY_ONLY = "pm.test('signed in the URL only', () => { pm.expect(pm.request.headers.has('Authorization')).to.equal(false); pm.expect(pm.request.url.getQueryString()).to.match(/&X-Amz-Signature=[0-9a-f]{64}$/); });";

describe('S3 (s3rver) through newman', () => {
  it(`PUTs and GETs ${KEYS.length} awkward keys with header auth, each read back byte for byte, and lists exactly those keys`, async () => {
    const items = [...KEYS.map(put), ...KEYS.map(get), { name: 'list', request: { method: 'GET', url: `${s3.url}/${s3.bucket}?list-type=2` } }];
    const run = await runNewman({ collection: collectionWith(items, { prerequest: distScript('sigv4-prerequest.js'), test: LIST }), environment: variables() });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([...KEYS.map(() => 200), ...KEYS.map(() => 200), 200]);
    const listing = run.console.find((line) => line.startsWith('LIST '))!;
    const listed = Array.from(listing.matchAll(/<Key>([^<]*)<\/Key>/g), (match) => unescapeXml(unescapeXml(match[1])));
    expect(listed.sort()).toEqual(KEYS.slice().sort());
    expect(warnings).toEqual([]);
  });

  it('PUTs with sigv4_unsigned_payload (UNSIGNED-PAYLOAD), then reads it back', async () => {
    const key = 'unsigned/ä b+c.txt';
    const run = await runNewman({ collection: collectionWith([put(key)], { prerequest: distScript('sigv4-prerequest.js') }), environment: variables({ sigv4_unsigned_payload: 'true' }) });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([200]);
    const check = await runNewman({ collection: collectionWith([get(key)], { prerequest: distScript('sigv4-prerequest.js') }), environment: variables() });
    expect(check.failures).toEqual([]);
  });

  it('GETs the same keys presigned (query auth, no Authorization header)', async () => {
    const run = await runNewman({
      collection: collectionWith([...KEYS.map(put), ...KEYS.map(get)], { prerequest: distScript('sigv4-prerequest.js'), test: QUERY_ONLY }),
      environment: variables({ sigv4_auth_location: 'query', sigv4_presign_expires: '120' }),
    });
    expect(run.failures).toEqual([]);
    expect(run.codes).toEqual([...KEYS, ...KEYS].map(() => 200));
  });

  it.each(['header', 'query'])('refuses a wrong secret with SignatureDoesNotMatch (%s auth), and the diagnosis names the secret', async (location) => {
    const run = await runNewman({
      collection: collectionWith([get(KEYS[0])], { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }),
      environment: variables({ aws_secret_access_key: 'not-S3RVER', sigv4_auth_location: location }),
    });
    expect(run.codes).toEqual([403]);
    // The collection's test script (the diagnosis) runs before the request's own.
    expect(run.failures).toEqual([
      'SigV4 diagnosis: SigV4: Everything S3 verified matches what was signed, so the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id S3RVER. Copy the secret again from the same credentials.',
      expect.stringMatching(/^read back: /),
    ]);
  });

  it('names an unknown access key', async () => {
    const run = await runNewman({
      collection: collectionWith([{ name: 'unknown', request: { method: 'GET', url: url(KEYS[0]) } }], { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }),
      environment: variables({ aws_access_key_id: 'AKIANOTKNOWN' }),
    });
    expect(run.codes).toEqual([403]);
    expect(run.failures).toEqual([expect.stringMatching(/^SigV4 diagnosis: SigV4: S3 does not know the access key id AKIANOTKNOWN/)]);
  });
});

/**
 * s3rver deviates here: for a virtual-hosted request it verifies the canonical URI /BUCKET/KEY (the
 * SigV2 resource), where S3's SigV4 uses the path as sent (/KEY). So a correct signature is refused,
 * and the one signed with sigv4_origin_path=/BUCKET (which reproduces s3rver's URI) is accepted: that
 * proves the rest (the bucket host signed while the request goes to CloudFront) right.
 */
describe('virtual-hosted style behind the CloudFront stand-in', () => {
  it('signs for the bucket host CloudFront sends to the origin', async () => {
    const bucketHost = `${s3.bucket}.s3.us-east-1.amazonaws.com`;
    const cloudFront = await startCloudFront({ origin: s3.url, originDomain: bucketHost });
    try {
      const items = [
        { name: 'put', request: { method: 'PUT', url: `${cloudFront.url}/vhost/a b.txt`, body: { mode: 'raw', raw: bodyOf('vhost') } } },
        { ...get('vhost'), request: { method: 'GET', url: `${cloudFront.url}/vhost/a b.txt` } },
      ];
      const run = (extra: Variables) =>
        runNewman({
          collection: collectionWith(items, { prerequest: distScript('sigv4-prerequest.js'), test: distScript('sigv4-diagnose.js') }),
          // Region and service inferred from the bucket host.
          environment: { ...variables(extra), sigv4_signing_host: bucketHost, aws_region: '', aws_service: '' },
        });
      for (const location of ['header', 'query']) {
        const refused = await run({ sigv4_auth_location: location });
        expect(refused.codes, location).toEqual([403, 403]);
        expect(refused.failures[0], location).toMatch(/^SigV4 diagnosis: SigV4: S3 computed another canonical request than the script/);
        const accepted = await run({ sigv4_auth_location: location, sigv4_origin_path: `/${s3.bucket}` });
        expect(accepted.failures, location).toEqual([]);
        expect(accepted.codes, location).toEqual([200, 200]);
      }
    } finally {
      await cloudFront.close();
    }
  });
});
