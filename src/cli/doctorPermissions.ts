/**
 * What `doctor` says when CloudFront refuses a call with AccessDenied: the IAM action that is
 * missing, AWS's own message, and the smallest IAM policy that lets doctor read a distribution
 * (CloudFront Developer Guide, "Actions, resources, and condition keys for Amazon CloudFront": the
 * List actions take no resource but `*`).
 */
import { CLOUDFRONT_ACTIONS, type PermissionMissing } from './cloudFrontClient';

export function minimalPolicy(): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'PostmanSigv4Doctor', Effect: 'Allow', Action: CLOUDFRONT_ACTIONS.map((action) => `cloudfront:${action}`), Resource: '*' }],
  };
  return JSON.stringify(policy, null, 2);
}

export function explainPermission(missing: PermissionMissing, source: string): string {
  const without = missing.action === 'ListDistributions' ? ' (with --distribution ID, doctor does not list distributions and needs no cloudfront:ListDistributions)' : '';
  return [
    `the credentials of ${source} may not call cloudfront:${missing.action}; AWS said: AccessDenied: ${missing.awsMessage}`,
    `doctor only reads; this IAM policy allows what it calls${without}:`,
    minimalPolicy(),
  ].join('\n');
}
