import { describe, expect, it } from 'vitest';
import { CredentialCache, REFRESH_WINDOW_MS } from '../../src/credentials';

describe('the credential cache', () => {
  const now = Date.UTC(2026, 11, 2, 19);
  const credentials = (msLeft?: number) => ({ accessKeyId: 'ASIA', secretAccessKey: 's', expiration: msLeft === undefined ? undefined : new Date(now + msLeft) });

  it('keeps credentials by key until less than 5 minutes remain', () => {
    const cache = new CredentialCache();
    cache.set('a', credentials(REFRESH_WINDOW_MS + 1000));
    expect(cache.get('a', now)).toBeDefined();
    expect(cache.get('b', now)).toBeUndefined();
    expect(cache.get('a', now + 1001)).toBeUndefined();
    expect(cache.get('a', now)).toBeUndefined();
  });

  it('keeps credentials without an expiration', () => {
    const cache = new CredentialCache();
    cache.set('k', credentials());
    expect(cache.get('k', now + 1e10)).toBeDefined();
  });
});
