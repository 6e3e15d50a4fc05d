import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegionName } from '../../src/sigv4/regionName';

/** The AWS SDK's own partitions data, as installed with @aws-sdk/credential-providers. */
const PARTITIONS = join(__dirname, '..', '..', 'node_modules', '@aws-sdk', 'core', 'dist-es', 'submodules', 'client', 'util-endpoints', 'lib', 'aws', 'partitions.js');

interface Partition {
  id: string;
  regionRegex: string;
  regions: Record<string, unknown>;
}

async function partitions(): Promise<Partition[]> {
  const { partitionsInfo } = await import(PARTITIONS);
  return partitionsInfo.partitions;
}

describe('isRegionName against the AWS SDK partitions data', () => {
  it('accepts every region the SDK knows, in every partition', async () => {
    const all = await partitions();
    const regions = all.flatMap((partition) => Object.keys(partition.regions).filter((name) => !name.endsWith('-global')));
    expect(all.map((partition) => partition.id)).toEqual(expect.arrayContaining(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']));
    expect(regions).toEqual(expect.arrayContaining(['us-east-1', 'us-gov-west-1', 'cn-north-1', 'eu-isoe-west-1', 'eusc-de-east-1']));
    expect(regions.filter((region) => !isRegionName(region))).toEqual([]);
  });

  it('accepts what each partition regex accepts, and refuses the malformed values users type', async () => {
    const all = await partitions();
    const matchesSdk = (text: string) => all.some((partition) => new RegExp(partition.regionRegex).test(text));
    for (const name of ['ap-northeast-1x', 'us-east', 'US-EAST-1', 'us-east-1 ', 'us_east_1', 'useast1', 'us-east-1-', '-us-east-1', 'aws-global', 'us-east-1.amazonaws.com']) {
      expect({ name, ours: isRegionName(name) }).toEqual({ name, ours: false });
      expect({ name, sdk: matchesSdk(name) }).toEqual({ name, sdk: false });
    }
    for (const name of ['us-west-3', 'eu-central-3', 'ap-southeast-9', 'eusc-de-west-1', 'us-isob-west-2']) {
      expect({ name, ours: isRegionName(name), sdk: matchesSdk(name) }).toEqual({ name, ours: true, sdk: true });
    }
  });

});
