/**
 * `postman-sigv4 doctor`'s judgement of a distribution: the behavior CloudFront chooses for the
 * URL, its origin, what to set in Postman and what will break signatures. Pure: the configuration
 * and its policies come in as plain objects (read by src/cli/doctor.ts), the report goes out.
 */
import { behindErrorPages, configurationFindings } from './configurationFindings';
import { contextOf, DoctorInput } from './context';
import { aliasesOf } from './hostMatch';
import { signatureFindings } from './signatureFindings';
import type { DoctorReport, Finding } from './types';
import { DOCTOR_VARIABLES, variablesToSet } from './variables';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

export function analyzeDistribution(input: DoctorInput): DoctorReport {
  const context = contextOf(input);
  const findings: Finding[] = behindErrorPages([...signatureFindings(context), ...configurationFindings(context)], context).sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const chosen = variablesToSet(context);
  const variables: Record<string, string> = {};
  for (const name of DOCTOR_VARIABLES) if (chosen[name] !== undefined) variables[name] = chosen[name] as string;
  return {
    url: input.url,
    distribution: { id: context.distributionId, domainName: context.domainName, aliases: aliasesOf(context.config) },
    behavior: { pathPattern: context.pathPattern, targetOriginId: context.behavior.TargetOriginId ?? '' },
    origin: { id: context.origin.Id, domainName: context.origin.DomainName, originPath: context.origin.OriginPath, kind: context.originClass.kind },
    variables,
    findings,
  };
}

export function hasErrorFinding(report: DoctorReport): boolean {
  return report.findings.some((finding) => finding.severity === 'error');
}
