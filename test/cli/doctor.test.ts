import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCTOR_VARIABLES } from '../../src/cloudfront';
import { startApiGateway, TEMPORARY_CREDENTIALS, type ApiGatewayStandIn } from '../stack';
import { startCloudFrontApi, type CloudFrontApiOptions, type CloudFrontApiStandIn } from '../stack/cloudFrontApi';
import type { CloudFrontStandIn } from '../stack/cloudFront';
import { startDistribution } from '../stack/distributionDataPlane';
import { customOrigin, defaultBehavior, distributionConfig, type CloudFrontAccount } from '../stack/distributionSetup';
import { MANAGED_CACHE_POLICY_IDS, MANAGED_ORIGIN_REQUEST_POLICY_IDS } from '../stack/managedPolicies';
import type { AwsHome } from '../support/awsHome';
import { COLLECTION_FILE, readJson } from '../support/demoScenarios';
import { DOCTOR_PROFILE, doctorHome, runDoctor, type DoctorRun } from '../support/doctor';
import { runNewmanCli } from '../support/newman';

/**
 * `postman-sigv4 doctor` from the built dist/cli.cjs against the control-plane stand-in: the human
 * and JSON output, finding the distribution (pages, wildcards, --distribution), the failures
 * (no such distribution or host, AccessDenied, throttling, bad input), --env, and the secrets.
 */

const API = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const CLEAN = { cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingDisabled, originRequestPolicyId: MANAGED_ORIGIN_REQUEST_POLICY_IDS.AllViewerExceptHostHeader };
const distribution = (id: string, domainName: string, aliases: string[], behavior: object = CLEAN) => ({
  id,
  domainName,
  config: distributionConfig({ aliases, origins: [customOrigin('apigw', API, { originPath: '/prod' })], defaultBehavior: defaultBehavior({ targetOriginId: 'apigw', ...behavior }) }),
});

const ACCOUNT: CloudFrontAccount = {
  accountId: '123456789012',
  distributions: [
    distribution('E1STATICEXAMPL', 'd1abcdefghijk8.cloudfront.net', ['www.example.com']),
    distribution('E2BROKENEXAMPL', 'd2abcdefghijk8.cloudfront.net', ['broken.example.com'], { cachePolicyId: MANAGED_CACHE_POLICY_IDS.CachingOptimized }),
    distribution('E3LEGACYEXAMPL', 'd3abcdefghijk8.cloudfront.net', []),
    distribution('E4WILDCAEXAMPL', 'd4abcdefghijk8.cloudfront.net', ['*.apps.example.com']),
    distribution('E2QWRUHEXAMPLE', 'd111111abcdef8.cloudfront.net', ['api.example.com']),
  ],
};

const secrets = [TEMPORARY_CREDENTIALS.secretAccessKey, TEMPORARY_CREDENTIALS.sessionToken as string];
const outputs: string[] = [];
const standIns: CloudFrontApiStandIn[] = [];
const homes: AwsHome[] = [];
let api: CloudFrontApiStandIn;
let home: AwsHome;
let scratch: string;

beforeAll(async () => {
  api = await controlPlane({});
  home = homeFor(api);
  scratch = mkdtempSync(join(tmpdir(), 'postman-sigv4-doctor-cli-'));
});
afterAll(async () => {
  await Promise.all(standIns.map((standIn) => standIn.close()));
  for (const made of homes) made.remove();
  rmSync(scratch, { recursive: true, force: true });
});

async function controlPlane(options: Partial<CloudFrontApiOptions>, account = ACCOUNT): Promise<CloudFrontApiStandIn> {
  const standIn = await startCloudFrontApi({ account, ...options });
  standIns.push(standIn);
  return standIn;
}

function homeFor(standIn: CloudFrontApiStandIn, extraEnv: NodeJS.ProcessEnv = {}): AwsHome {
  const made = doctorHome(TEMPORARY_CREDENTIALS, standIn.url, extraEnv);
  homes.push(made);
  return made;
}

/** doctor with --profile doctor; every output is kept for the secrets test. */
async function doctor(args: string[], on: AwsHome = home): Promise<DoctorRun> {
  const run = await runDoctor(on, [...args, '--profile', DOCTOR_PROFILE]);
  outputs.push(run.stdout, run.stderr);
  return run;
}

describe('doctor URL: the report', () => {
  it('human-readable: where the URL goes, the variables to set, no findings, exit 0; signed for us-east-1 though the profile says eu-west-1', async () => {
    const regions = api.signingRegions.length;
    const run = await doctor(['https://api.example.com/pets?type=dog']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('  distribution  E2QWRUHEXAMPLE (d111111abcdef8.cloudfront.net; alternate domain names api.example.com)');
    expect(run.stdout).toContain(`  origin        ${API} (api-gateway), origin path /prod`);
    expect(run.stdout).toContain(`  sigv4_signing_host = ${API}\n  sigv4_origin_path  = /prod\n`);
    expect(run.stdout).toContain('Findings: none.');
    expect(run.stdout).toContain('No errors: with these variables, requests the pre-request script signs reach the origin as signed.');
    expect(api.signingRegions.slice(regions).every((region) => region === 'us-east-1')).toBe(true);
  });

  it('--json: exactly the object SPEC gives, on one line', async () => {
    const run = await doctor(['https://d111111abcdef8.cloudfront.net/pets', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['url', 'distribution', 'behavior', 'origin', 'variables', 'findings']);
    expect(report).toEqual({
      url: 'https://d111111abcdef8.cloudfront.net/pets',
      distribution: { id: 'E2QWRUHEXAMPLE', domainName: 'd111111abcdef8.cloudfront.net', aliases: ['api.example.com'] },
      behavior: { pathPattern: '*', targetOriginId: 'apigw' },
      origin: { id: 'apigw', domainName: API, originPath: '/prod', kind: 'api-gateway' },
      variables: { sigv4_signing_host: API, sigv4_origin_path: '/prod' },
      findings: [],
    });
  });

  it('an error finding: exit 2, the findings with their fixes', async () => {
    const run = await doctor(['https://broken.example.com/pets?type=dog']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('  ERROR authorization-not-forwarded\n');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain("Fix: add Authorization to the cache policy's headers");
    expect(run.stdout).toContain('3 errors: signed requests to this URL fail until they are fixed in the distribution.');
  });

  it('follows NextMarker through every page, and matches a wildcard alternate domain name', async () => {
    const before = api.calls.ListDistributions ?? 0;
    const run = await doctor(['https://tenant-7.apps.example.com/pets', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).distribution.id).toBe('E4WILDCAEXAMPL');
    expect(api.calls.ListDistributions - before).toBe(3);
  });

  it('--distribution ID reads that distribution without listing', async () => {
    const before = api.calls.ListDistributions ?? 0;
    const run = await doctor(['https://d3abcdefghijk8.cloudfront.net/pets', '--distribution', 'E3LEGACYEXAMPL', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).distribution.id).toBe('E3LEGACYEXAMPL');
    expect(api.calls.ListDistributions ?? 0).toBe(before);
  });

  it('--method outside the allowed methods is an error finding', async () => {
    const limited = await controlPlane({}, { accountId: '123456789012', distributions: [distribution('E5READONEXAMP', 'd5abcdefghijk8.cloudfront.net', [], { ...CLEAN, allowedMethods: ['GET', 'HEAD'] })] });
    const run = await doctor(['https://d5abcdefghijk8.cloudfront.net/pets', '--method', 'post', '--json'], homeFor(limited));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).findings.map((finding: { code: string }) => finding.code)).toEqual(['method-not-allowed']);
  });

  it('a presigned URL: its X-Amz-* query parameters are checked by name and printed without their values, human and --json, and one line on stderr says so (review S2)', async () => {
    const token = 'IQoJb3JpZ2luX2VjPRESIGNEDSESSIONTOKEN';
    const signature = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
    const query = `type=dog&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=900&X-Amz-Security-Token=${token}&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`;
    const names = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-Security-Token', 'X-Amz-SignedHeaders', 'X-Amz-Signature'];
    const shown = `https://api.example.com/pets?type=dog&${names.map((name) => `${name}=`).join('&')}`;
    const note = 'postman-sigv4: note: the URL is presigned: doctor checks its X-Amz-* query parameters by name and prints them without their values (the signature and X-Amz-Security-Token would let anyone send the request).\n';
    const human = await doctor([`https://api.example.com/pets?${query}`]);
    const json = await doctor([`https://api.example.com/pets?${query}`, '--json']);
    for (const run of [human, json]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(note);
      for (const secret of [token, signature, 'ASIAIOSFODNN7EXAMPLE']) expect(run.stdout + run.stderr).not.toContain(secret);
    }
    expect(human.stdout.split('\n')[0]).toBe(shown);
    expect(JSON.parse(json.stdout).url).toBe(shown);
    // The names still count: a behavior that forwards no query strings drops the signature.
    const broken = await doctor([`https://broken.example.com/pets?${query}`, '--json']);
    const dropped = JSON.parse(broken.stdout).findings.find((finding: { code: string }) => finding.code === 'query-strings-not-forwarded');
    expect(dropped.message).toContain(`the query strings type, ${names.join(', ')} of this URL never reach the origin`);
    expect(broken.stdout).not.toContain(token);
  });

  it('an origin access control that signs: human-readable, sigv4_cloudfront_oac = true, the others left empty, the OAC finding with what no-override does', async () => {
    const functionUrl = 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-east-1.on.aws';
    const withOac = await controlPlane({}, {
      accountId: '123456789012',
      distributions: [
        {
          id: 'E6FUNCURLEXAMP',
          domainName: 'd6abcdefghijk8.cloudfront.net',
          config: distributionConfig({
            origins: [customOrigin('fn', functionUrl, { originAccessControlId: 'E1OACEXAMPLE01' })],
            defaultBehavior: defaultBehavior({ targetOriginId: 'fn', ...CLEAN }),
            customErrorResponses: [{ ErrorCode: 403, ResponsePagePath: '/index.html', ResponseCode: '200', ErrorCachingMinTTL: 10 }],
          }),
        },
      ],
      originAccessControls: { E1OACEXAMPLE01: { Name: 'fn-oac', Description: '', SigningProtocol: 'sigv4', SigningBehavior: 'no-override', OriginAccessControlOriginType: 'lambda' } },
    });
    const run = await doctor(['https://d6abcdefghijk8.cloudfront.net/pets'], homeFor(withOac));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  origin        ${functionUrl} (lambda-url)\n`);
    expect(run.stdout).toContain('  sigv4_cloudfront_oac = true\n  and leave sigv4_signing_host, sigv4_origin_path, aws_region, aws_service empty.\n');
    expect(run.stdout).toContain('  WARNING custom-error-response\n');
    expect(run.stdout).toContain('  INFO oac-signs-requests\n');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('With no-override, CloudFront does not sign a request that carries an Authorization header of its own');
    expect(run.stdout).toContain("No errors: with these variables, CloudFront's origin access control signs the requests for the origin.");
  });

  it('honours AWS_ENDPOINT_URL too (the SDK\'s fallback when no AWS_ENDPOINT_URL_CLOUDFRONT is set)', async () => {
    const generic = homeFor(api, { AWS_ENDPOINT_URL_CLOUDFRONT: '', AWS_ENDPOINT_URL: api.url });
    expect((await doctor(['https://api.example.com/pets'], generic)).code).toBe(0);
  });
});

describe('doctor URL: failures', () => {
  it('no distribution serves the host: exit 1, naming the host, the account searched and how', async () => {
    const run = await doctor(['https://nowhere.example.net/pets']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'postman-sigv4: no CloudFront distribution serves nowhere.example.net in account 123456789012 (profile doctor): none of its 5 distributions (3 pages) has nowhere.example.net as its domain name or an alternate domain name. Check the URL and --profile, or give --distribution ID.\n',
    );
  });

  it('an account without distributions: the account id from the profile when it names one', async () => {
    const empty = await controlPlane({}, { accountId: '123456789012', distributions: [] });
    const named = homeFor(empty);
    writeFileSync(named.env.AWS_SHARED_CREDENTIALS_FILE as string, readFileSync(named.env.AWS_SHARED_CREDENTIALS_FILE as string, 'utf8') + 'aws_account_id = 123456789012\n');
    const run = await doctor(['https://api.example.com/pets'], named);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no CloudFront distribution serves api.example.com in account 123456789012 (profile doctor): it has no distributions.');
    const anonymous = await doctor(['https://api.example.com/pets'], homeFor(empty));
    expect(anonymous.stderr).toContain('serves api.example.com in the account of profile doctor: it has no distributions.');
  });

  it('an unknown --distribution: exit 1 with CloudFront\'s NoSuchDistribution', async () => {
    const run = await doctor(['https://api.example.com/pets', '--distribution', 'ENOSUCHEXAMPLE']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('there is no distribution ENOSUCHEXAMPLE in the account of profile doctor (NoSuchDistribution: The specified distribution does not exist.)');
  });

  it('--distribution that does not serve the URL\'s host: exit 1, naming the names it serves', async () => {
    const run = await doctor(['https://api.example.com/pets', '--distribution', 'E3LEGACYEXAMPL']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('distribution E3LEGACYEXAMPL serves d3abcdefghijk8.cloudfront.net, not api.example.com');
  });

  it('AccessDenied: names the missing permission, quotes AWS, prints the minimal IAM policy; exit 1', async () => {
    const denied = await controlPlane({ accessDenied: ['ListDistributions'] });
    const run = await doctor(['https://api.example.com/pets'], homeFor(denied));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'postman-sigv4: the credentials of profile doctor may not call cloudfront:ListDistributions; AWS said: AccessDenied: User: arn:aws:iam::123456789012:user/stack-user is not authorized to perform: cloudfront:ListDistributions',
    );
    expect(run.stderr).toContain('(with --distribution ID, doctor does not list distributions and needs no cloudfront:ListDistributions)');
    const policy = JSON.parse(run.stderr.slice(run.stderr.indexOf('{')));
    expect(policy.Statement[0]).toEqual({
      Sid: 'PostmanSigv4Doctor',
      Effect: 'Allow',
      Action: ['cloudfront:ListDistributions', 'cloudfront:GetDistribution', 'cloudfront:GetCachePolicy', 'cloudfront:GetOriginRequestPolicy', 'cloudfront:GetOriginAccessControl'],
      Resource: '*',
    });
  });

  it('AccessDenied on a policy: names that permission', async () => {
    const denied = await controlPlane({ accessDenied: ['GetCachePolicy'] });
    const run = await doctor(['https://api.example.com/pets'], homeFor(denied));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('may not call cloudfront:GetCachePolicy; AWS said: AccessDenied: ');
  });

  it('Throttling: the SDK retries and doctor answers', async () => {
    const throttled = await controlPlane({ throttle: { times: 2 } });
    const run = await doctor(['https://api.example.com/pets', '--json'], homeFor(throttled));
    expect(run.code).toBe(0);
    expect(throttled.calls.ListDistributions).toBe(5);
  });

  it('Throttling that lasts: exit 1 with CloudFront\'s error once the SDK gives up', async () => {
    const throttled = await controlPlane({ throttle: { times: 1000 } });
    const run = await doctor(['https://api.example.com/pets'], homeFor(throttled));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('postman-sigv4: cloudfront:ListDistributions failed: Throttling: Rate exceeded (the AWS SDK retried it); try again in a minute.\n');
    expect(throttled.calls.ListDistributions).toBe(3);
  });

  it('an endpoint that does not answer: exit 1, saying CloudFront never answered', async () => {
    const gone = await controlPlane({});
    const dead = homeFor(gone);
    await gone.close();
    const run = await doctor(['https://api.example.com/pets'], dead);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^postman-sigv4: cloudfront:ListDistributions failed before CloudFront answered \(.*ECONNREFUSED.*\); check the network, or AWS_ENDPOINT_URL_CLOUDFRONT if it is set\.\n$/);
  });

  it('bad input: exit 1 with what to fix, before any call', async () => {
    const calls = JSON.stringify(api.calls);
    for (const [args, message] of [
      [['not a url'], 'not a url is not a URL; give the URL you send requests to'],
      [['ftp://api.example.com/x'], 'ftp://api.example.com/x is not an http or https URL'],
      [['https://user:hunter2@api.example.com/pets'], 'the URL carries a user name or password; give it without (doctor only needs the host and path): https://api.example.com/pets'],
      [['https://api.example.com/pets', '--method', 'FETCH'], "option '--method <method>' argument 'FETCH' is invalid. CloudFront serves only GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE."],
    ] as Array<[string[], string]>) {
      const run = await doctor(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('hunter2');
    }
    const missing = await runDoctor(home, ['https://api.example.com/pets', '--profile', 'nope']);
    outputs.push(missing.stdout, missing.stderr);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('profile nope is not in');
    expect(JSON.stringify(api.calls)).toBe(calls);
  });
});

describe('doctor URL --env FILE', () => {
  const valueOf = (file: string, key: string) => readJson<{ values: Array<{ key: string; value: string; type?: string }> }>(file).values.find((entry) => entry.key === key);

  it('writes a Postman environment with the variables and empty credential placeholders', async () => {
    const file = join(scratch, 'new.postman_environment.json');
    const run = await doctor(['https://api.example.com/pets', '--env', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`postman-sigv4: wrote ${file}: sigv4_signing_host, sigv4_origin_path, and empty credential placeholders to fill in Postman.\n`);
    const environment = readJson(file);
    expect(environment._postman_variable_scope).toBe('environment');
    expect(environment.values.map((entry: { key: string; value: string; type: string }) => [entry.key, entry.value, entry.type])).toEqual([
      ['sigv4_signing_host', API, 'default'],
      ['sigv4_origin_path', '/prod', 'default'],
      ['aws_region', '', 'default'],
      ['aws_service', '', 'default'],
      ['sigv4_cloudfront_oac', '', 'default'],
      ['aws_access_key_id', '', 'default'],
      ['aws_secret_access_key', '', 'secret'],
      ['aws_session_token', '', 'secret'],
    ]);
    expect(DOCTOR_VARIABLES.every((key) => valueOf(file, key) !== undefined)).toBe(true);
    // The user fills credentials into it: readable by its owner only, whatever the umask (review S3).
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('updates an existing environment in place: its other values kept, a stale variable emptied, its sigv4_signed_headers checked', async () => {
    const file = join(scratch, 'existing.postman_environment.json');
    const before = {
      id: 'kept-id',
      name: 'staging',
      values: [
        { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
        { key: 'aws_access_key_id', value: 'AKIAIOSFODNN7EXAMPLE', type: 'default', enabled: true },
        { key: 'aws_service', value: 'lambda', type: 'default', enabled: true },
        { key: 'sigv4_signed_headers', value: 'x-api-key', type: 'default', enabled: true },
      ],
      _postman_variable_scope: 'environment',
    };
    writeFileSync(file, JSON.stringify(before));
    const run = await doctor(['https://www.example.com/pets', '--env', file, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`postman-sigv4: updated ${file}:`);
    const after = readJson(file);
    expect(after.id).toBe('kept-id');
    expect(after.name).toBe('staging');
    expect(valueOf(file, 'baseUrl')?.value).toBe('https://api.example.com');
    expect(valueOf(file, 'aws_access_key_id')?.value).toBe('AKIAIOSFODNN7EXAMPLE');
    expect(valueOf(file, 'aws_service')?.value).toBe('');
    expect(valueOf(file, 'sigv4_signing_host')?.value).toBe(API);

    const broken = join(scratch, 'broken.postman_environment.json');
    writeFileSync(broken, JSON.stringify({ values: [{ key: 'sigv4_signed_headers', value: 'x-api-key', enabled: true }] }));
    const judged = await doctor(['https://broken.example.com/pets', '--env', broken, '--json']);
    const finding = JSON.parse(judged.stdout).findings.find((candidate: { code: string }) => candidate.code === 'signed-headers-not-forwarded');
    expect(finding.message).toContain('X-Amz-Date, X-Amz-Security-Token, x-api-key');
  });

  it('refuses a symbolic link, a folder and a file that is not an environment, leaving them as they were', async () => {
    const target = join(scratch, 'target.json');
    writeFileSync(target, '{"values":[]}');
    const link = join(scratch, 'link.json');
    symlinkSync(target, link);
    const viaLink = await doctor(['https://api.example.com/pets', '--env', link]);
    expect(viaLink.code).toBe(1);
    expect(viaLink.stderr).toContain(`--env ${link} is a symbolic link; doctor does not write through links`);
    expect(readFileSync(target, 'utf8')).toBe('{"values":[]}');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);

    const notEnvironment = join(scratch, 'collection.json');
    writeFileSync(notEnvironment, '{"info":{}}');
    const refused = await doctor(['https://api.example.com/pets', '--env', notEnvironment]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not a Postman environment');
    expect(readFileSync(notEnvironment, 'utf8')).toBe('{"info":{}}');
    expect((await doctor(['https://api.example.com/pets', '--env', scratch])).stderr).toContain('is a folder');
  });

  it('refuses a read-only environment before any call, as inject does, leaving it as it was (review S3)', async () => {
    const file = join(scratch, 'readonly.postman_environment.json');
    writeFileSync(file, '{"values":[]}');
    chmodSync(file, 0o444);
    const calls = JSON.stringify(api.calls);
    const run = await doctor(['https://api.example.com/pets', '--env', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`postman-sigv4: --env ${file} is read-only (mode 444); make it writable (chmod u+w ${file}), or give --env another file.\n`);
    expect(readFileSync(file, 'utf8')).toBe('{"values":[]}');
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(JSON.stringify(api.calls)).toBe(calls);
  });

  it('a file in a folder that does not exist: exit 1 naming --env and the folder, before any call, no stack trace (review C3)', async () => {
    const folder = join(scratch, 'no-such-folder');
    const file = join(folder, 'aws.postman_environment.json');
    const calls = JSON.stringify(api.calls);
    const run = await doctor(['https://api.example.com/pets', '--env', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`postman-sigv4: --env ${file}: the folder ${folder} does not exist; create it, or give --env a file in a folder that does.\n`);
    expect(run.stdout).toBe('');
    expect(JSON.stringify(api.calls)).toBe(calls);
    expect(existsSync(folder)).toBe(false);
  });

  describe('the file in newman', () => {
    let apiGateway: ApiGatewayStandIn;
    let cloudFront: CloudFrontStandIn;
    beforeAll(async () => {
      apiGateway = await startApiGateway({ stage: 'prod', hostNames: [API] });
      cloudFront = await startDistribution({ account: ACCOUNT, distributionId: 'E2QWRUHEXAMPLE', origins: { apigw: apiGateway.url } });
    });
    afterAll(async () => {
      await cloudFront?.close();
      await apiGateway?.close();
    });

    it('imports with -e, and the example collection passes with the credentials added as --env-var', async () => {
      const file = join(scratch, 'newman.postman_environment.json');
      expect((await doctor(['https://d111111abcdef8.cloudfront.net/pets', '--env', file])).code).toBe(0);
      const credentials = `aws_access_key_id=${TEMPORARY_CREDENTIALS.accessKeyId},aws_secret_access_key=${TEMPORARY_CREDENTIALS.secretAccessKey},aws_session_token=${TEMPORARY_CREDENTIALS.sessionToken}`;
      const envVars = credentials.split(',').concat(`baseUrl=${cloudFront.url}`).flatMap((pair) => ['--env-var', pair]);
      const result = await runNewmanCli(readJson(COLLECTION_FILE), { extraArgs: ['-e', file, ...envVars] });
      expect(result.exitCode, result.stdout).toBe(0);
      const run = JSON.parse(result.jsonReport).run;
      expect(run.executions.map((execution: { response: { code: number } }) => execution.response.code)).toEqual([200, 200, 200, 200, 200]);
      expect(run.stats.assertions).toMatchObject({ total: 10, failed: 0 });
    });
  });
});

describe('secrets', () => {
  it('the profile\'s secret key and session token appear in no output of any doctor run above, nor in a file it wrote', () => {
    expect(outputs.length).toBeGreaterThan(30);
    const written = ['new', 'existing', 'broken', 'newman'].map((name) => readFileSync(join(scratch, `${name}.postman_environment.json`), 'utf8'));
    for (const text of [...outputs, ...written]) for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
