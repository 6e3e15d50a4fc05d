import { describe, expect, it } from 'vitest';
import { setCollectionVariables, storedSecrets } from '../../src/cli/collectionVariables';
import { SCHEMA } from '../support/newman';

const valid = { info: { name: 'c', schema: SCHEMA }, item: [] };

describe('storedSecrets', () => {
  it('names the secret credentials stored with a value, not references or empty ones', () => {
    const variable = [
      { key: 'aws_access_key_id', value: 'AKIAEXAMPLE' },
      { key: 'aws_secret_access_key', value: 'secret' },
      { key: 'aws_session_token', value: '{{vault:aws-session-token}}' },
    ];
    expect(storedSecrets({ ...valid, variable })).toEqual(['aws_secret_access_key']);
    expect(storedSecrets({ ...valid, variable: [{ key: 'aws_secret_access_key', value: ' ' }, { key: 'aws_session_token', value: 'tok' }] })).toEqual(['aws_session_token']);
    expect(storedSecrets(valid)).toEqual([]);
  });
});

describe('setCollectionVariables', () => {
  it('updates an existing entry in place, keeping its other fields, and appends new ones', () => {
    const collection = { ...valid, variable: [{ key: 'sigv4_origin_path', value: '/old', description: 'kept' }, { key: 'baseUrl', value: 'x' }] };
    setCollectionVariables(collection, [['sigv4_origin_path', '/prod'], ['sigv4_signing_host', 'h.example.com']]);
    expect(collection.variable).toEqual([
      { key: 'sigv4_origin_path', value: '/prod', description: 'kept' },
      { key: 'baseUrl', value: 'x' },
      { key: 'sigv4_signing_host', value: 'h.example.com', type: 'string' },
    ]);
  });
});
