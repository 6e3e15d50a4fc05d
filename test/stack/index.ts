/**
 * The local stack: the API Gateway stand-in and, in front of it, the CloudFront stand-in, both on
 * free loopback ports unless told otherwise. Used by the tests, the demo and `npm run stack`.
 */
import { ApiGatewayOptions, ApiGatewayStandIn, startApiGateway } from './apiGateway';
import { CloudFrontOptions, CloudFrontStandIn, startCloudFront } from './cloudFront';

export { startApiGateway, startCloudFront };
export type { ApiGatewayOptions, ApiGatewayStandIn, CloudFrontOptions, CloudFrontStandIn };
export {
  DEFAULT_CREDENTIALS,
  EXPIRED_CREDENTIALS,
  LONG_TERM_CREDENTIALS,
  TEMPORARY_CREDENTIALS,
} from './credentials';
export type { StackCredential } from './credentials';
export type { Flavor } from './apiGatewayResponses';
export type { QueryStringPolicy } from './cloudFrontRequest';

export interface StackOptions {
  apiGateway?: ApiGatewayOptions;
  /** CloudFront settings; its origin is always the API Gateway stand-in. */
  cloudFront?: Omit<CloudFrontOptions, 'origin'>;
}

export interface Stack {
  apiGateway: ApiGatewayStandIn;
  cloudFront: CloudFrontStandIn;
  close(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const apiGateway = await startApiGateway(options.apiGateway);
  let cloudFront: CloudFrontStandIn;
  try {
    cloudFront = await startCloudFront({ ...options.cloudFront, origin: apiGateway });
  } catch (error) {
    await apiGateway.close();
    throw error;
  }
  return {
    apiGateway,
    cloudFront,
    close: async () => {
      await cloudFront.close();
      await apiGateway.close();
    },
  };
}
