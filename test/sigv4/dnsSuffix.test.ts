import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dnsSuffix, DNS_SUFFIXES } from '../../src/sigv4/dnsSuffix';

/** The AWS SDK's own partitions data, as installed with @aws-sdk/credential-providers. */
const PARTITIONS = join(__dirname, '..', '..', 'node_modules', '@aws-sdk', 'core', 'dist-es', 'submodules', 'client', 'util-endpoints', 'lib', 'aws', 'partitions.js');

interface Partition {
  id: string;
  outputs: { dnsSuffix: string };
  regionRegex: string;
  regions: Record<string, unknown>;
}

describe('dnsSuffix against the AWS SDK partitions data', () => {
  it('gives every region of every partition its partition\'s suffix', async () => {
    const { partitionsInfo } = await import(PARTITIONS);
    const partitions: Partition[] = partitionsInfo.partitions;
    const checked = partitions.flatMap((partition) =>
      Object.keys(partition.regions)
        .filter((region) => !region.endsWith('-global'))
        .map((region) => ({ region, ours: dnsSuffix(region), sdk: partition.outputs.dnsSuffix })),
    );
    expect(checked.length).toBeGreaterThan(40);
    expect(checked.filter((row) => row.ours !== row.sdk)).toEqual([]);
    expect([...new Set(partitions.map((partition) => partition.outputs.dnsSuffix))].sort()).toEqual([...DNS_SUFFIXES].sort());
  });

  it('follows each partition\'s regex for regions the SDK does not list yet', async () => {
    const { partitionsInfo } = await import(PARTITIONS);
    const partitions: Partition[] = partitionsInfo.partitions;
    for (const region of ['cn-south-2', 'us-iso-west-3', 'us-isob-west-1', 'eu-isoe-south-1', 'us-isof-west-1', 'eusc-de-west-1', 'ap-east-9', 'us-gov-south-1']) {
      const sdk = partitions.find((partition) => new RegExp(partition.regionRegex).test(region))!;
      expect({ region, suffix: dnsSuffix(region) }).toEqual({ region, suffix: sdk.outputs.dnsSuffix });
    }
  });
});
