/**
 * An AWS region name, e.g. us-east-1, us-gov-west-1, cn-north-1, eu-isoe-west-1, eusc-de-east-1.
 * Checked against the AWS SDK's partitions data (@aws-sdk/core 3.981.2, a dependency of
 * @aws-sdk/credential-providers: dist-es/submodules/client/util-endpoints/lib/aws/partitions.js),
 * whose partitions match `^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`, `^cn\-\w+\-\d+$`,
 * `^us\-gov\-\w+\-\d+$`, `^us\-iso[bef]?\-\w+\-\d+$`, `^eu\-isoe\-\w+\-\d+$` and
 * `^eusc\-(de)\-\w+\-\d+$`: the first label has 2 to 4 letters (eusc), so `[a-z]{2}` alone would
 * refuse the European Sovereign Cloud. The `aws-global`-style names there are endpoint aliases, not
 * signing regions. test/sigv4/regionName.test.ts runs every region of that file through this.
 */
export const REGION_NAME = '[a-z]{2,4}(?:-[a-z]+)+-\\d+';

const WHOLE_REGION_NAME = new RegExp(`^${REGION_NAME}$`);

export function isRegionName(text: string): boolean {
  return WHOLE_REGION_NAME.test(text);
}
