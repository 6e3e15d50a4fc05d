/** What the diagnosis knows besides API Gateway's answer. */
export interface DiagnosisContext {
  /** The canonical request the pre-request script signed for this very request (token redacted). */
  signedCanonicalRequest?: string;
  signedStringToSign?: string;
  /** How the session token appears in the signed canonical request. */
  redactedToken: string;
  /** The session token and access key id sent (else the variables'). */
  sessionToken?: string;
  accessKeyId?: string;
  /** The variable of the credential source the script fetched the keys through, if any. */
  fetchedFrom?: string;
  signingHost?: string;
  originPath?: string;
  signedHeaders: string[];
  region?: string;
  method: string;
  /** Host and path (wire form) the request was sent to. */
  sentHost: string;
  sentPath: string;
  /** Whether the request went out with an Authorization header. */
  sentAuthorization: boolean;
  /** X-Amz-Date of the request sent (header, or query parameter of a presigned request). */
  sentAmzDate?: string;
  /** X-Amz-Expires of a presigned request sent. */
  presignExpiresSeconds?: number;
  /** The response's Date header. */
  responseDate?: string;
  /** The response carries a header CloudFront adds (Via ... (CloudFront), X-Amz-Cf-Id, X-Cache): it came through CloudFront. */
  viaCloudFront?: boolean;
}
