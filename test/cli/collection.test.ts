import { describe, expect, it } from 'vitest';
import { embedScripts, type Collection } from '../../src/cli/collection';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
const scripts = { version: '9.9.9', prerequest: 'sign();\nmore();\n', diagnose: 'diagnose();\n' };

function collection(exec?: string[] | string): Collection {
  return { info: { name: 'c', schema: SCHEMA }, item: [], ...(exec === undefined ? {} : { event: [{ listen: 'prerequest', script: { type: 'text/javascript', exec } }] }) };
}

const prerequestExec = (c: Collection) => c.event!.find((event) => event.listen === 'prerequest')!.script!.exec as string[];

describe('embedScripts', () => {
  it("puts each script in one exec element after the user's own lines", () => {
    const exec = prerequestExec(embedScripts(collection(['mine();', '']), scripts));
    expect(exec).toEqual(['mine();', expect.stringMatching(/^\/\/ >>> postman-sigv4 prerequest 9\.9\.9: .*\nsign\(\);\nmore\(\);\n\/\/ <<< postman-sigv4 prerequest$/)]);
  });

  it('replaces its block on a second run, also after Postman re-exported the script line by line', () => {
    const once = embedScripts(collection('mine();'), scripts);
    expect(embedScripts(once, scripts)).toEqual(once);
    const reexported = JSON.parse(JSON.stringify(once));
    reexported.event[0].script.exec = prerequestExec(once).join('\n').split('\n');
    expect(embedScripts(reexported, scripts)).toEqual(once);
    expect(prerequestExec(embedScripts(once, { ...scripts, prerequest: 'v2();' }))[1]).toContain('\nv2();\n');
  });

  it('adds the diagnose script as a collection test script and leaves the input untouched', () => {
    const input = collection();
    const output = embedScripts(input, scripts);
    expect(input.event).toBeUndefined();
    expect(output.event!.map((event) => event.listen)).toEqual(['prerequest', 'test']);
  });
});
