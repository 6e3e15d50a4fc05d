import type { HeaderList } from './canonicalHeaders';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials only; sent as X-Amz-Security-Token and signed. */
  sessionToken?: string;
}

/** A request exactly as it goes on the wire, and what to sign it for. */
export interface SigningInput {
  method: string;
  /** The path as sent: already percent-encoded, no query. */
  path: string;
  /** The query as sent, without `?`; `''` when there is none. */
  query: string;
  /** Headers to sign besides host and the X-Amz-* ones the signer adds, as sent. */
  headers: HeaderList;
  /** The body bytes; a string is taken as UTF-8. Absent means empty. */
  body?: string | Uint8Array;
  /** The Host the service sees (with its port when not the default). Never sent by the signer. */
  host: string;
  credentials: Credentials;
  region: string;
  service: string;
  date: Date;
  /** Sign `UNSIGNED-PAYLOAD` instead of the body hash. Default: where the service's rule says so (contentSha256.ts). */
  unsignedPayload?: boolean;
  /**
   * Send and sign X-Amz-Content-Sha256. Default: for an unsigned payload, the S3 path rule and the
   * services that need it (contentSha256.ts); never when the caller's headers hold one.
   */
  contentSha256Header?: boolean;
  /** Encode the path once, without normalizing. Default: for S3 only. */
  s3PathRule?: boolean;
}

/** What signing produced. `canonicalRequest` contains the session token: redact before showing it. */
export interface SigningResult {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string;
  /** `YYYYMMDD/region/service/aws4_request` */
  scope: string;
  amzDate: string;
}

export interface SignedHeaders extends SigningResult {
  /** The headers to set on the request: Authorization, X-Amz-Date, and where they apply X-Amz-Security-Token and X-Amz-Content-Sha256. */
  headers: Array<[string, string]>;
}

export interface PresignedQuery extends SigningResult {
  /** The wire query to send: the request's own query followed by the X-Amz-* parameters. */
  query: string;
}
