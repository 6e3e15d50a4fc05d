/**
 * The CloudFront API's REST-XML (version 2020-05-31), written from objects in the shape the AWS SDK
 * gives them: a list is `{ Quantity, Items }` and each of its items is an element named by the
 * list (AliasList items are `<CNAME>`, OriginList items `<Origin>`, ...; the member names of the
 * SDK's schema, @aws-sdk/client-cloudfront 3.1178.0). Errors are CloudFront's `ErrorResponse`.
 */

export const CLOUDFRONT_API_VERSION = '2020-05-31';
export const CLOUDFRONT_XMLNS = `http://cloudfront.amazonaws.com/doc/${CLOUDFRONT_API_VERSION}/`;

/** The element name of a list's items, by the name of the list's own element. */
const ITEM_ELEMENTS: Record<string, string> = {
  Aliases: 'CNAME',
  AllowedMethods: 'Method',
  CacheBehaviors: 'CacheBehavior',
  CachedMethods: 'Method',
  Cookies: 'Name',
  CustomErrorResponses: 'CustomErrorResponse',
  CustomHeaders: 'OriginCustomHeader',
  DistributionList: 'DistributionSummary',
  FunctionAssociations: 'FunctionAssociation',
  GeoRestriction: 'Location',
  Headers: 'Name',
  LambdaFunctionAssociations: 'LambdaFunctionAssociation',
  Members: 'OriginGroupMember',
  OriginGroups: 'OriginGroup',
  OriginSslProtocols: 'SslProtocol',
  Origins: 'Origin',
  QueryStringCacheKeys: 'Name',
  QueryStrings: 'Name',
  StatusCodes: 'StatusCode',
  TrustedKeyGroups: 'KeyGroup',
  TrustedSigners: 'AwsAccountNumber',
  WhitelistedNames: 'Name',
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(name: string, value: unknown, attributes = ''): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return `<${name}${attributes}>${value.toISOString()}</${name}>`;
  if (typeof value !== 'object') return `<${name}${attributes}>${escapeXml(String(value))}</${name}>`;
  if (Array.isArray(value)) throw new Error(`a list outside Items: ${name}`);
  const children = Object.entries(value as Record<string, unknown>).map(([key, child]) => {
    if (key !== 'Items' || !Array.isArray(child)) return element(key, child);
    const itemName = ITEM_ELEMENTS[name];
    if (!itemName) throw new Error(`no item element known for the list ${name}`);
    return `<Items>${child.map((item) => element(itemName, item)).join('')}</Items>`;
  });
  return `<${name}${attributes}>${children.join('')}</${name}>`;
}

/** A response document: `root` holds `value`, in CloudFront's namespace. */
export function xmlDocument(root: string, value: object): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, ` xmlns="${CLOUDFRONT_XMLNS}"`)}`;
}

export interface CloudFrontApiError {
  status: number;
  code: string;
  message: string;
  /** `Sender` (the caller's fault) or `Receiver`. */
  type?: 'Sender' | 'Receiver';
}

/** CloudFront's error body (the REST-XML `ErrorResponse`, as the SDK's awsRestXml protocol reads it). */
export function errorDocument(error: CloudFrontApiError, requestId: string): string {
  return (
    `<?xml version="1.0"?>\n<ErrorResponse xmlns="${CLOUDFRONT_XMLNS}"><Error><Type>${error.type ?? 'Sender'}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
