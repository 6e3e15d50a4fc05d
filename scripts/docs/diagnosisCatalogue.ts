/**
 * The generated part of docs/diagnosis.md: every case of the diagnosis catalogue
 * (test/diagnose/catalogue.ts), run as its unit test runs it: the request, AWS's answer, and the
 * diagnosis the post-response script gave.
 */
import { STATUS_CODES } from 'node:http';
import { CATALOGUE_SECTIONS } from '../../test/diagnose/catalogue';
import { runCase, type AwsAnswer, type CatalogueCase } from '../../test/diagnose/catalogueRun';
import { VARIABLE } from '../../src/postman/variables';
import { githubSlug } from './slug';

const CREDENTIAL_VARIABLES: string[] = [VARIABLE.accessKeyId, VARIABLE.secretAccessKey, VARIABLE.sessionToken, VARIABLE.credentialsUrl, VARIABLE.credentialsToken];

export function renderCatalogue(): string {
  const out: string[] = [];
  for (const section of CATALOGUE_SECTIONS) {
    const cases = section.cases.map((testCase) => `[${testCase.title}](#${githubSlug(testCase.title)})`);
    out.push(`- [${section.title}](#${githubSlug(section.title)}): ${cases.join(', ')}`);
  }
  out.push('');
  for (const section of CATALOGUE_SECTIONS) {
    out.push(`### ${section.title}`, '', section.intro, '');
    for (const testCase of section.cases) out.push(...renderCase(testCase), '');
  }
  return out.join('\n').trimEnd();
}

function renderCase(testCase: CatalogueCase): string[] {
  const run = runCase(testCase);
  if (run.diagnosis !== testCase.diagnosis) throw new Error(`${testCase.id}: the diagnosis is not the case's (run the unit test: npx vitest run test/diagnose/catalogue.test.ts)`);
  const { request } = testCase;
  const settings = Object.entries(testCase.variables || {})
    .filter(([name]) => CREDENTIAL_VARIABLES.indexOf(name) < 0)
    .map(([name, value]) => `\`${name}\` = \`${value}\``);
  const headers = (request.header || []).map(({ key, value }) => `\`${key}: ${value}\``);
  const lines = [
    `#### ${testCase.title}`,
    '',
    `Sent: \`${request.method} ${request.url}\`` +
      (headers.length ? ` with ${headers.join(', ')}` : '') +
      (request.body !== undefined ? ` and the body \`${request.body}\`` : '') +
      (request.sendGetBody ? ' (*disableBodyPruning* on)' : '') +
      '; ' +
      signing(testCase) +
      (settings.length ? `; ${settings.join(', ')}` : '') +
      '.',
    '',
    'AWS answered:',
    '',
    '```text',
    ...answerText(run.answer),
    '```',
    '',
    'The diagnosis (the failing test `SigV4 diagnosis`):',
    '',
    '```text',
    `SigV4: ${run.diagnosis}`,
    '```',
  ];
  return lines;
}

function signing(testCase: CatalogueCase): string {
  if (testCase.signedByScript === false) return 'not signed by the pre-request script';
  const vars = testCase.variables || {};
  switch (testCase.credentials) {
    case 'none':
      return vars[VARIABLE.accessKeyId] ? `signed with the key \`${vars[VARIABLE.accessKeyId]}\` alone` : 'no credentials';
    case 'temporary':
      return 'signed with temporary keys (`ASIA...` and a session token)';
    case 'endpoint':
      return 'signed with credentials fetched through `aws_credentials_url` (`postman-sigv4 credentials serve`)';
    default:
      return vars[VARIABLE.sessionToken] ? 'signed with a long-term key (`AKIA...`) and a session token' : 'signed with a long-term key (`AKIA...`)';
  }
}

/** Not worth a line: the request id CloudFront gives every answer. */
const UNSHOWN_HEADERS = ['x-amz-cf-id'];

/** Status line, headers, then the body: a JSON message with its line breaks, and a long HTML page shortened to its title, headings and reason line. */
function answerText(answer: AwsAnswer): string[] {
  const head = [`${answer.status} ${STATUS_CODES[answer.status] ?? ''}`.trimEnd(), ...Object.entries(answer.headers).filter(([name]) => UNSHOWN_HEADERS.indexOf(name.toLowerCase()) < 0).map(([name, value]) => `${name}: ${value}`)];
  return [...head, '', ...bodyText(answer.body)];
}

function bodyText(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    if (parsed && Object.keys(parsed).length === 1 && typeof parsed.message === 'string') return `{"message":"${parsed.message}"}`.split('\n');
  } catch (error) {
    // Not JSON: shown as it is.
  }
  const lines = body.trimEnd().split('\n');
  if (lines.length <= 12) return lines;
  const rule = lines.findIndex((text) => /^<HR/.test(text));
  const kept = lines.map((text, index) => /<TITLE>|<H1>|<H2>/.test(text) || index === rule + 1);
  const shown: string[] = [];
  kept.forEach((keep, index) => {
    if (keep) shown.push(lines[index]);
    else if (shown[shown.length - 1] !== '...') shown.push('...');
  });
  return shown;
}
