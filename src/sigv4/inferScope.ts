import { DNS_SUFFIXES } from './dnsSuffix';
import { SigningInputError } from './errors';
import { REGION_NAME } from './regionName';

export interface InferredScope {
  region?: string;
  service?: string;
}

const REGION = `(?<region>${REGION_NAME})`;
const AWS_DOMAIN = `\\.(?:${DNS_SUFFIXES.map((suffix) => suffix.replace(/\./g, '\\.')).join('|')})`;
/** Global endpoints without a region in the host are the aws partition's, which signs them for us-east-1. */
const AWS_PARTITION_DOMAIN = '\\.amazonaws\\.com';

/**
 * Host patterns, most specific first. A pattern names its service, or captures the endpoint
 * prefix in `prefix`; it captures the region in `region` unless the endpoint is global.
 */
const PATTERNS: Array<{ pattern: RegExp; service?: string; region?: string }> = [
  // {api-id}.execute-api.{region}.amazonaws.com, also {api-id}-{vpce-id}.execute-api...
  { pattern: new RegExp(`^[^.]+\\.execute-api\\.${REGION}${AWS_DOMAIN}$`), service: 'execute-api' },
  // {url-id}.lambda-url.{region}.on.aws
  { pattern: new RegExp(`^[^.]+\\.lambda-url\\.${REGION}\\.on\\.aws$`), service: 'lambda' },
  // VPC Lattice services: {service}-{id}.{hash}.vpc-lattice-svcs.{region}.on.aws (VPC Lattice user
  // guide, "SIGv4 authenticated requests": data-svc-022f67d3a42.1234abc.vpc-lattice-svcs.us-west-2.on.aws)
  { pattern: new RegExp(`^.+\\.vpc-lattice-svcs\\.${REGION}\\.on\\.aws$`), service: 'vpc-lattice-svcs' },
  // s3.{region}, s3-{region}, s3.dualstack.{region}, s3-accesspoint.{region}, each with an optional bucket in front
  { pattern: new RegExp(`^(?:.+\\.)?s3(?:-accesspoint)?(?:\\.dualstack)?[.-]${REGION}${AWS_DOMAIN}$`), service: 's3' },
  // s3.amazonaws.com and {bucket}.s3.amazonaws.com: the global endpoint, in us-east-1
  { pattern: new RegExp(`^(?:.+\\.)?s3${AWS_PARTITION_DOMAIN}$`), service: 's3', region: 'us-east-1' },
  // interface VPC endpoints: vpce-{id}.{prefix}[-fips].{region}.vpce.amazonaws.com (an AZ may follow
  // the id; S3's may have a bucket in front; a prefix may have dots, api.ecr)
  { pattern: new RegExp(`^(?:.+\\.)?vpce-[^.]+\\.(?<prefix>.+?)(?:-fips)?\\.${REGION}\\.vpce${AWS_DOMAIN}$`) },
  // {domain}.{region}.es.amazonaws.com (OpenSearch) and {collection}.{region}.aoss.amazonaws.com
  { pattern: new RegExp(`^.+\\.${REGION}\\.(?<prefix>es|aoss)${AWS_DOMAIN}$`) },
  // {prefix}.{region}.amazonaws.com, {prefix}-fips.{region}..., {prefix}.{region}.api.aws
  { pattern: new RegExp(`^(?<prefix>.+?)(?:-fips)?\\.${REGION}(?:${AWS_DOMAIN}|\\.api\\.aws)$`) },
  // global endpoints: iam.amazonaws.com, sts.amazonaws.com, route53.amazonaws.com ...
  { pattern: new RegExp(`^(?<prefix>[a-z0-9-]+)${AWS_PARTITION_DOMAIN}$`), region: 'us-east-1' },
];

/**
 * Where an endpoint prefix differs from the name it signs with (botocore's `signingName`).
 * Only the common ones; aws_service overrides anything else.
 */
const SIGNING_NAMES: Record<string, string> = {
  'bedrock-runtime': 'bedrock',
  'bedrock-agent-runtime': 'bedrock',
  'bedrock-agent': 'bedrock',
  email: 'ses',
  'runtime.sagemaker': 'sagemaker',
  'runtime.lex': 'lex',
  'runtime-v2-lex': 'lex',
  'appsync-api': 'appsync',
};

function signingName(endpointPrefix: string): string {
  const known = (name: string) => (Object.prototype.hasOwnProperty.call(SIGNING_NAMES, name) ? SIGNING_NAMES[name] : undefined);
  const labels = endpointPrefix.split('.');
  const last = labels[labels.length - 1];
  // {account-prefix}-ats.iot.{region} is the IoT data plane, which signs as iotdata.
  return known(endpointPrefix) || known(last) || (labels.length > 1 && last === 'iot' ? 'iotdata' : last);
}

/**
 * The region and service an AWS host signs for. A custom domain or a CloudFront host gives
 * neither: then the caller must say, or sign for the origin host instead.
 */
export function inferScope(hostWithPort: string): InferredScope {
  const host = hostWithPort.replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase();
  for (const { pattern, service, region } of PATTERNS) {
    const match = pattern.exec(host);
    if (!match) continue;
    const groups = match.groups || {};
    return { region: region || groups.region, service: service || signingName(groups.prefix) };
  }
  return {};
}

/** Explicit values win; the service defaults to execute-api; a region must be found somewhere. */
export function resolveScope(host: string, explicit: InferredScope): { region: string; service: string } {
  const inferred = inferScope(host);
  const region = explicit.region || inferred.region;
  const service = explicit.service || inferred.service || 'execute-api';
  if (!region) {
    throw new SigningInputError('region', `cannot be inferred from the host ${host}; set it, e.g. us-east-1`);
  }
  return { region, service };
}
