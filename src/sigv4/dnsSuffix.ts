/**
 * The DNS suffix of a region's partition: what follows the region in a default endpoint
 * (`sts.cn-north-1.amazonaws.com.cn`). From the AWS SDK's partitions data (aws-sdk-js-v3,
 * packages/util-endpoints/src/lib/aws/partitions.json, `regionRegex` and `outputs.dnsSuffix`);
 * test/sigv4/dnsSuffix.test.ts checks every region of that file.
 */
const PARTITION_SUFFIXES: Array<[RegExp, string]> = [
  [/^cn-\w+-\d+$/, 'amazonaws.com.cn'],
  [/^us-iso-\w+-\d+$/, 'c2s.ic.gov'],
  [/^us-isob-\w+-\d+$/, 'sc2s.sgov.gov'],
  [/^eu-isoe-\w+-\d+$/, 'cloud.adc-e.uk'],
  [/^us-isof-\w+-\d+$/, 'csp.hci.ic.gov'],
  [/^eusc-de-\w+-\d+$/, 'amazonaws.eu'],
];

/** Every partition's suffix, for recognising AWS hosts. */
export const DNS_SUFFIXES = ['amazonaws.com', ...PARTITION_SUFFIXES.map(([, suffix]) => suffix)];

/** The aws and aws-us-gov partitions, and a region no partition names yet, use amazonaws.com (the SDK's default partition). */
export function dnsSuffix(region: string): string {
  for (const [pattern, suffix] of PARTITION_SUFFIXES) if (pattern.test(region)) return suffix;
  return 'amazonaws.com';
}
