import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors';
import { parseCollection } from '../../src/cli/validateCollection';
import { SCHEMA } from '../support/newman';

const valid = { info: { name: 'c', schema: SCHEMA }, item: [] };

function refusal(doc: unknown): string {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  try {
    parseCollection(text, 'c.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('parseCollection', () => {
  it('accepts v2.1 collections, with either schema host, a BOM, string scripts', () => {
    expect(parseCollection(JSON.stringify(valid), 'c.json')).toEqual(valid);
    const newer = { ...valid, info: { name: 'c', schema: 'https://schema.postman.com/json/collection/v2.1.0/collection.json' } };
    expect(parseCollection(JSON.stringify(newer), 'c.json')).toEqual(newer);
    expect(parseCollection('\uFEFF' + JSON.stringify(valid), 'c.json')).toEqual(valid);
    const stringScript = { ...valid, event: [{ listen: 'test', script: { exec: 'pm.test()' } }] };
    expect(parseCollection(JSON.stringify(stringScript), 'c.json')).toEqual(stringScript);
  });

  it.each([
    ['whitespace only', '  \n', /c\.json is empty/],
    ['a syntax error', '{\n  "info": {}\n  "item": []\n}', /c\.json is not valid JSON at line 3 column 3 \(/],
    ['truncated JSON', '{"info": {', /c\.json is not valid JSON at line 1 column 11 \(/],
    ['an array', [], /c\.json holds an array of JSON, not a Postman collection/],
    ['a string', '"collection"', /c\.json holds a string of JSON/],
    ['a Postman API response', { collection: valid }, /inside a "collection" property \(a Postman API response\); save the value of "collection"/],
    ['globals', { values: [], _postman_variable_scope: 'globals' }, /is a Postman globals file, not a collection/],
    ['no schema', { info: { name: 'c' }, item: [] }, /has no info.schema/],
    ['another schema', { info: { name: 'c', schema: 'https://example.com/schema.json' }, item: [] }, /has schema https:\/\/example.com\/schema.json, which is not Postman Collection v2.1/],
    ['item not an array', { info: valid.info, item: {} }, /is JSON but not a Postman collection/],
    ['event not an array', { ...valid, event: {} }, /"event" is an object, not an array/],
    ['variable not an array', { ...valid, variable: 'x' }, /"variable" is a string, not an array/],
    ['an event without listen', { ...valid, event: [{ script: { exec: [] } }] }, /event" entry is not a script event/],
    ['script lines that are not text', { ...valid, event: [{ listen: 'prerequest', script: { exec: [1] } }] }, /event" entry is not a script event/],
  ])('refuses %s', (_name, doc, message) => {
    expect(refusal(doc)).toMatch(message);
  });
});
