/**
 * The Postman variables to set for a distribution (SPEC.md, "doctor": only what the user should
 * set, never a secret). The pre-request script signs for sigv4_signing_host (default: the URL's
 * host) and infers aws_region and aws_service from that host (src/sigv4/inferScope.ts): doctor
 * names them only where the inference would not give the origin's.
 */
import { inferScope } from '../sigv4';
import type { Context } from './context';

/** The variables doctor may set, in the order it prints them. */
export const DOCTOR_VARIABLES = ['sigv4_signing_host', 'sigv4_origin_path', 'aws_region', 'aws_service', 'sigv4_cloudfront_oac'] as const;
export type DoctorVariable = (typeof DOCTOR_VARIABLES)[number];

/** The service the pre-request script signs for when the host names none. */
const DEFAULT_SERVICE = 'execute-api';

export function variablesToSet(context: Context): Partial<Record<DoctorVariable, string>> {
  if (context.oacSigns) return { sigv4_cloudfront_oac: 'true' };
  const { origin, originClass, url } = context;
  const variables: Partial<Record<DoctorVariable, string>> = {};
  // With the viewer's Host forwarded, the origin sees (and checks the signature for) the host the
  // request is sent to: the script's default.
  const signingHost = context.hostForwarded ? url.host : origin.DomainName;
  if (signingHost.toLowerCase() !== url.host.toLowerCase()) variables.sigv4_signing_host = signingHost;
  if (origin.OriginPath) variables.sigv4_origin_path = origin.OriginPath;
  const inferred = inferScope(signingHost);
  if (originClass.region && inferred.region !== originClass.region) variables.aws_region = originClass.region;
  if (originClass.service && (inferred.service ?? DEFAULT_SERVICE) !== originClass.service) variables.aws_service = originClass.service;
  return variables;
}
