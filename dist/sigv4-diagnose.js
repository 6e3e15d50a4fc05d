// postman-sigv4 0.1.0: post-response script. Paste at collection level (Scripts > Post-response).
// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.
// On a SigV4 rejection from API Gateway, adds one failing test "SigV4 diagnosis" naming the cause and the fix.
// Compares API Gateway's canonical string with the one the pre-request script kept in sigv4_canonical_request.
(function (sandboxCryptoJs, key) {
  "use strict";
  var entry = sandboxCryptoJs[key];
  if (!entry) {
    entry = (() => {
// src/sigv4/errors.ts
var SigningInputError = class extends Error {
  constructor(field, problem) {
    super(`${field}: ${problem}`);
    this.name = "SigningInputError";
    this.field = field;
    this.problem = problem;
  }
};

// src/sigv4/bytes.ts
function utf8Bytes(text) {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      out[n++] = c;
      continue;
    }
    if (c < 2048) {
      out[n++] = 192 | c >> 6;
      out[n++] = 128 | c & 63;
      continue;
    }
    if (c >= 55296 && c <= 57343) {
      const next = text.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        c = 65536 + (c - 55296 << 10) + (next - 56320);
        i++;
        out[n++] = 240 | c >> 18;
        out[n++] = 128 | c >> 12 & 63;
        out[n++] = 128 | c >> 6 & 63;
        out[n++] = 128 | c & 63;
        continue;
      }
      c = 65533;
    }
    out[n++] = 224 | c >> 12;
    out[n++] = 128 | c >> 6 & 63;
    out[n++] = 128 | c & 63;
  }
  return out.subarray(0, n);
}

// src/sigv4/uriEncode.ts
var HEX = "0123456789ABCDEF";
var UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
function isUnreserved(byte) {
  return byte < 128 && UNRESERVED.indexOf(String.fromCharCode(byte)) >= 0;
}
function percentEncodeBytes(bytes, keep) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += keep(b) ? String.fromCharCode(b) : "%" + HEX[b >> 4] + HEX[b & 15];
  }
  return out;
}
function uriEncodeBytes(bytes, keepSlash) {
  return percentEncodeBytes(bytes, (b) => isUnreserved(b) || keepSlash && b === 47);
}
function uriEncode(text, keepSlash = false) {
  return uriEncodeBytes(utf8Bytes(text), keepSlash);
}

// src/sigv4/constants.ts
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
var MAX_PRESIGN_EXPIRES_SECONDS = 7 * 24 * 60 * 60;
var QUERY = {
  algorithm: "X-Amz-Algorithm",
  credential: "X-Amz-Credential",
  date: "X-Amz-Date",
  expires: "X-Amz-Expires",
  securityToken: "X-Amz-Security-Token",
  signedHeaders: "X-Amz-SignedHeaders",
  signature: "X-Amz-Signature"
};

// sandbox:crypto-js
var crypto_js_default = sandboxCryptoJs;

// src/sigv4/sha256Bytes.ts
var PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311];
var fractionBits = (x) => (x - Math.floor(x)) * 4294967296 | 0;
var K = new Int32Array(PRIMES.map((p) => fractionBits(Math.cbrt(p))));
var INITIAL_STATE = PRIMES.slice(0, 8).map((p) => fractionBits(Math.sqrt(p)));
var schedule = new Int32Array(64);

// src/sigv4/amzDate.ts
function amzDate(date) {
  if (!(date instanceof Date) || isNaN(date.getTime())) {
    throw new SigningInputError("date", "is not a valid date");
  }
  const text = date.toISOString().replace(/[-:]|\.\d{3}/g, "");
  if (!/^\d{8}T\d{6}Z$/.test(text)) throw new SigningInputError("date", `${text} is outside years 0000-9999`);
  return text;
}

// src/sigv4/regionName.ts
var REGION_NAME = "[a-z]{2,4}(?:-[a-z]+)+-\\d+";
var WHOLE_REGION_NAME = new RegExp(`^${REGION_NAME}$`);

// src/sigv4/dnsSuffix.ts
var PARTITION_SUFFIXES = [
  [/^cn-\w+-\d+$/, "amazonaws.com.cn"],
  [/^us-iso-\w+-\d+$/, "c2s.ic.gov"],
  [/^us-isob-\w+-\d+$/, "sc2s.sgov.gov"],
  [/^eu-isoe-\w+-\d+$/, "cloud.adc-e.uk"],
  [/^us-isof-\w+-\d+$/, "csp.hci.ic.gov"],
  [/^eusc-de-\w+-\d+$/, "amazonaws.eu"]
];
var DNS_SUFFIXES = ["amazonaws.com", ...PARTITION_SUFFIXES.map(([, suffix]) => suffix)];

// src/sigv4/inferScope.ts
var REGION = `(?<region>${REGION_NAME})`;
var AWS_DOMAIN = `\\.(?:${DNS_SUFFIXES.map((suffix) => suffix.replace(/\./g, "\\.")).join("|")})`;
var AWS_PARTITION_DOMAIN = "\\.amazonaws\\.com";
var PATTERNS = [
  // {api-id}.execute-api.{region}.amazonaws.com, also {api-id}-{vpce-id}.execute-api...
  { pattern: new RegExp(`^[^.]+\\.execute-api\\.${REGION}${AWS_DOMAIN}$`), service: "execute-api" },
  // {url-id}.lambda-url.{region}.on.aws
  { pattern: new RegExp(`^[^.]+\\.lambda-url\\.${REGION}\\.on\\.aws$`), service: "lambda" },
  // VPC Lattice services: {service}-{id}.{hash}.vpc-lattice-svcs.{region}.on.aws (VPC Lattice user
  // guide, "SIGv4 authenticated requests": data-svc-022f67d3a42.1234abc.vpc-lattice-svcs.us-west-2.on.aws)
  { pattern: new RegExp(`^.+\\.vpc-lattice-svcs\\.${REGION}\\.on\\.aws$`), service: "vpc-lattice-svcs" },
  // s3.{region}, s3-{region}, s3.dualstack.{region}, s3-accesspoint.{region}, each with an optional bucket in front
  { pattern: new RegExp(`^(?:.+\\.)?s3(?:-accesspoint)?(?:\\.dualstack)?[.-]${REGION}${AWS_DOMAIN}$`), service: "s3" },
  // s3.amazonaws.com and {bucket}.s3.amazonaws.com: the global endpoint, in us-east-1
  { pattern: new RegExp(`^(?:.+\\.)?s3${AWS_PARTITION_DOMAIN}$`), service: "s3", region: "us-east-1" },
  // interface VPC endpoints: vpce-{id}.{prefix}[-fips].{region}.vpce.amazonaws.com (an AZ may follow
  // the id; S3's may have a bucket in front; a prefix may have dots, api.ecr)
  { pattern: new RegExp(`^(?:.+\\.)?vpce-[^.]+\\.(?<prefix>.+?)(?:-fips)?\\.${REGION}\\.vpce${AWS_DOMAIN}$`) },
  // {domain}.{region}.es.amazonaws.com (OpenSearch) and {collection}.{region}.aoss.amazonaws.com
  { pattern: new RegExp(`^.+\\.${REGION}\\.(?<prefix>es|aoss)${AWS_DOMAIN}$`) },
  // {prefix}.{region}.amazonaws.com, {prefix}-fips.{region}..., {prefix}.{region}.api.aws
  { pattern: new RegExp(`^(?<prefix>.+?)(?:-fips)?\\.${REGION}(?:${AWS_DOMAIN}|\\.api\\.aws)$`) },
  // global endpoints: iam.amazonaws.com, sts.amazonaws.com, route53.amazonaws.com ...
  { pattern: new RegExp(`^(?<prefix>[a-z0-9-]+)${AWS_PARTITION_DOMAIN}$`), region: "us-east-1" }
];
var SIGNING_NAMES = {
  "bedrock-runtime": "bedrock",
  "bedrock-agent-runtime": "bedrock",
  "bedrock-agent": "bedrock",
  email: "ses",
  "runtime.sagemaker": "sagemaker",
  "runtime.lex": "lex",
  "runtime-v2-lex": "lex",
  "appsync-api": "appsync"
};
function signingName(endpointPrefix) {
  const known = (name) => Object.prototype.hasOwnProperty.call(SIGNING_NAMES, name) ? SIGNING_NAMES[name] : void 0;
  const labels = endpointPrefix.split(".");
  const last = labels[labels.length - 1];
  return known(endpointPrefix) || known(last) || (labels.length > 1 && last === "iot" ? "iotdata" : last);
}
function inferScope(hostWithPort) {
  const host = hostWithPort.replace(/:\d+$/, "").replace(/\.$/, "").toLowerCase();
  for (const { pattern, service, region } of PATTERNS) {
    const match = pattern.exec(host);
    if (!match) continue;
    const groups = match.groups || {};
    return { region: region || groups.region, service: service || signingName(groups.prefix) };
  }
  return {};
}

// src/postman/problem.ts
var SigningProblem = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SigningProblem";
  }
};

// src/postman/variables.ts
var VARIABLE = {
  accessKeyId: "aws_access_key_id",
  secretAccessKey: "aws_secret_access_key",
  sessionToken: "aws_session_token",
  credentialsUrl: "aws_credentials_url",
  credentialsToken: "aws_credentials_token",
  cognitoIdentityPoolId: "aws_cognito_identity_pool_id",
  cognitoUserPoolId: "aws_cognito_user_pool_id",
  cognitoIdToken: "aws_cognito_id_token",
  cognitoClientId: "aws_cognito_client_id",
  cognitoUsername: "aws_cognito_username",
  cognitoPassword: "aws_cognito_password",
  cognitoClientSecret: "aws_cognito_client_secret",
  roleArn: "aws_role_arn",
  roleSessionName: "aws_role_session_name",
  roleExternalId: "aws_role_external_id",
  roleDurationSeconds: "aws_role_duration_seconds",
  stsEndpoint: "aws_sts_endpoint",
  cognitoIdpEndpoint: "aws_cognito_idp_endpoint",
  cognitoIdentityEndpoint: "aws_cognito_identity_endpoint",
  region: "aws_region",
  service: "aws_service",
  signingHost: "sigv4_signing_host",
  originPath: "sigv4_origin_path",
  signedHeaders: "sigv4_signed_headers",
  unsignedPayload: "sigv4_unsigned_payload",
  debug: "sigv4_debug",
  skip: "sigv4_skip",
  authLocation: "sigv4_auth_location",
  presignExpires: "sigv4_presign_expires",
  cloudfrontOac: "sigv4_cloudfront_oac",
  /** Set by the pre-request script for the diagnosis script, with the session token redacted. */
  canonicalRequest: "sigv4_canonical_request",
  stringToSign: "sigv4_string_to_sign",
  /** Set in query mode: the presigned URL, with the session token redacted as in the canonical request. */
  presignedUrl: "sigv4_presigned_url"
};
var REDACTED_TOKEN = "<aws_session_token>";

// src/postman/body.ts
var METHODS_WITHOUT_BODY = ["GET", "COPY", "HEAD", "PURGE", "UNLOCK"];

// src/postman/wire.ts
var PATH_EXTRA = ' "#<>?`{}';
var QUERY_EXTRA = ` "#'<>`;
function postmanEncode(text, extra) {
  return percentEncodeBytes(utf8Bytes(text), (b) => b >= 32 && b < 127 && extra.indexOf(String.fromCharCode(b)) < 0);
}
function encodeWirePath(path) {
  return postmanEncode(path, PATH_EXTRA);
}
function withoutDefaultPort(host) {
  return host.replace(/:(443|80)$/, "");
}
function wireTarget(url) {
  const hostname = url.getHost().toLowerCase();
  if (hostname === "") throw new SigningProblem("The request URL has no host. Give the request a full URL, e.g. https://{{host}}/path.");
  if (/[^\x21-\x7e]/.test(hostname)) {
    throw new SigningProblem(
      /[^\x00-\x7f]/.test(hostname) ? `The request URL host "${hostname}" is not plain ASCII. Use its punycode (xn--) form in the URL.` : `The request URL host "${hostname}" contains a space or a control character, so it is not a host name. Check the request URL.`
    );
  }
  const port = url.port === void 0 || url.port === null || url.port === "" ? "" : ":" + String(url.port);
  return {
    host: hostname + port,
    path: encodeWirePath(url.getPath()),
    query: postmanEncode(url.getQueryString(), QUERY_EXTRA)
  };
}

// src/postman/settings.ts
function readVariable(variables, name) {
  const raw = variables.get(name);
  if (raw === void 0 || raw === null) return void 0;
  const text = String(raw);
  return (text.indexOf("{{") >= 0 ? variables.replaceIn(text) : text).trim();
}
function parseBoolean(value) {
  if (value === "" || /^(false|0|no|off)$/i.test(value)) return false;
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  return void 0;
}

// src/diagnose/cloudFrontPage.ts
var TITLE = "The request could not be satisfied";
function readCloudFrontPage(status, body, xCache) {
  const ownPage = body.indexOf(TITLE) >= 0 && /Generated by cloudfront/i.test(body);
  const originAnswer = /^\s*(\{|<\?xml)/.test(body);
  const gatewayError = (status === 502 || status === 504) && /error from cloudfront/i.test(xCache || "") && !originAnswer;
  if (!ownPage && !gatewayError) return void 0;
  return { status, reason: ownPage ? reasonLine(body) : void 0 };
}
function reasonLine(body) {
  const match = /<HR[^>]*>\s*([\s\S]*?)<BR/i.exec(body);
  if (!match) return void 0;
  const text = match[1].replace(/<[^>]*>/g, " ").split("\n")[0].replace(/\s+/g, " ").trim();
  if (!text || /^We can't connect to the server/.test(text)) return void 0;
  return text.slice(0, 200);
}
function explainCloudFrontPage(page, sent) {
  const quoted = page.reason ? ` ("${page.reason}")` : "";
  if (page.status === 502 || page.status === 504) {
    return `CloudFront itself answered ${page.status}${quoted}: it could not get an answer from the origin, so API Gateway never checked the signature. Check that the origin domain is the API Gateway host and reachable, that the origin's TLS certificate matches that name (origin protocol HTTPS only), and the origin response timeout.`;
  }
  if (page.status !== 400 && page.status !== 403) {
    return `CloudFront itself answered ${page.status}${quoted} before API Gateway saw the request, so the signature was not checked.`;
  }
  const refused = `CloudFront itself refused the request (${page.status}${quoted}) before API Gateway saw it, so the signature was not checked. `;
  if (page.reason && /block access from your country/.test(page.reason)) {
    return refused + "The distribution's geographic restriction blocks the country this request came from: allow it in the distribution's settings (Security, CloudFront geographic restrictions), or send from an allowed one.";
  }
  if (page.reason && /not configured to allow the HTTP request method/.test(page.reason)) {
    return refused + "The cache behavior for this path does not allow the request's method (it allows GET and HEAD, or GET, HEAD and OPTIONS): allow all methods in that behavior (postman-sigv4 doctor URL --method METHOD checks it).";
  }
  if (page.reason === "Request blocked.") {
    return refused + "An AWS WAF web ACL on the distribution blocked it: its sampled requests name the rule (rules on the Authorization header, on the body size or the request rate are the usual ones).";
  }
  if (sent && sent.hostHeader !== void 0 && sent.hostHeader.toLowerCase() !== sent.urlHost.toLowerCase()) {
    return refused + `The request carried the Host header ${sent.hostHeader}, which some other script or a folder/request header set: CloudFront routes by Host and serves no such name. Remove that header; to sign for the origin's host, set sigv4_signing_host instead.`;
  }
  return refused + "Causes: a Host header set by some other script or a folder/request header (CloudFront routes by Host; use sigv4_signing_host instead); the URL's host is not among the distribution's alternate domain names (CNAMEs); the distribution is disabled; AWS WAF or a geographic restriction blocks the request; a GET or HEAD request carries a body.";
}

// src/diagnose/customErrorResponse.ts
var ORIGIN_ANSWER = /^\s*(\{|\[|<\?xml|<Error>)/;
var HTML = /^\s*(<!doctype html|<html)/i;
var REJECTION_STATUSES = [400, 403];
function readReplacedAnswer(status, body, contentType, method, signedByScript2) {
  if (!signedByScript2 || method === "HEAD" || !body.trim() || ORIGIN_ANSWER.test(body)) return void 0;
  if (!HTML.test(body) && !/^text\/html/i.test(contentType || "")) return void 0;
  return { status };
}
function explainReplacedAnswer(answer) {
  const { status } = answer;
  const settings = "The distribution's Error pages settings (CustomErrorResponses) apply to every path, the API's included";
  const seeOrigin = "To see the origin's own answer meanwhile, send the same request straight to the origin's own host, signed for it (the origin path in the URL path; sigv4_signing_host, sigv4_origin_path and sigv4_cloudfront_oac cleared).";
  if (status >= 400 && REJECTION_STATUSES.indexOf(status) < 0) {
    return `CloudFront answered ${status} with an HTML page and its X-Cache header marks the answer as an error: either a custom error response of the distribution replaced the origin's answer (a SigV4 403 or 400 can be given any status there), or the origin answered with a page of its own. ${settings}: if they hold an entry for 403 or 400 with this status, remove it, or serve the API from a distribution without them. ${seeOrigin}`;
  }
  const changed = status < 400 ? ` and turned the origin's error into ${status}` : "";
  return `CloudFront answered ${status} with a page of the distribution's own instead of the origin's answer (its X-Cache header marks the answer as an error): a custom error response replaced it${changed}, so the reason the origin gave (for a signed request most often a SigV4 403 or 400) is hidden. ${settings}: remove the entries for 403 and 400, or serve the API from a distribution without them. ${seeOrigin}`;
}

// src/diagnose/canonicalParts.ts
function parseCanonicalRequest(text) {
  const lines = text.split("\n");
  const blank = lines.indexOf("", 3);
  if (lines.length < 6 || blank < 0 || blank !== lines.length - 3) return void 0;
  return {
    method: lines[0],
    path: lines[1],
    query: lines[2] === "" ? [] : lines[2].split("&").map((pair) => splitOnce(pair, "=")),
    headers: lines.slice(3, blank).map((line) => splitOnce(line, ":")),
    signedHeaders: lines[blank + 1].split(";"),
    payloadHash: lines[blank + 2]
  };
}
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}
function headerValue(parts, name) {
  const found = parts.headers.find(([key]) => key === name);
  return found && found[1];
}

// src/diagnose/compare.ts
function compareCanonical(seen, signed, token) {
  var _a, _b, _c;
  const differences = [];
  if (seen.method !== signed.method) differences.push({ part: "method", seen: seen.method, signed: signed.method });
  const seenHost = (_a = headerValue(seen, "host")) != null ? _a : "";
  const signedHost = (_b = headerValue(signed, "host")) != null ? _b : "";
  if (seenHost !== signedHost) differences.push({ part: "host", seen: seenHost, signed: signedHost });
  if (seen.path !== signed.path) differences.push(comparePaths(seen.path, signed.path));
  differences.push(...compareQueries(seen.query, signed.query));
  for (const [name, signedValue] of signed.headers) {
    if (name === "host") continue;
    let seenValue = (_c = headerValue(seen, name)) != null ? _c : "";
    if (name === "x-amz-security-token") {
      if (token.value === void 0) continue;
      seenValue = seenValue.split(token.value).join(token.redacted);
    }
    if (seenValue !== signedValue) differences.push({ part: "header-changed", name, seen: seenValue, signed: signedValue });
  }
  if (seen.payloadHash !== signed.payloadHash) differences.push({ part: "payload", seen: seen.payloadHash, signed: signed.payloadHash });
  return differences;
}
function comparePaths(seen, signed) {
  if (decode(decode(seen)) === decode(decode(signed))) return { part: "path-encoding", seen, signed };
  const seenSegments = seen.split("/");
  const signedSegments = signed.split("/");
  let common = 0;
  while (common < Math.min(seenSegments.length, signedSegments.length) - 1 && seenSegments[seenSegments.length - 1 - common] === signedSegments[signedSegments.length - 1 - common]) {
    common++;
  }
  if (common === 0) return { part: "path", seen, signed };
  return {
    part: "path-prefix",
    seenPrefix: seenSegments.slice(0, seenSegments.length - common).join("/"),
    signedPrefix: signedSegments.slice(0, signedSegments.length - common).join("/"),
    seen,
    signed
  };
}
function compareQueries(seen, signed) {
  const seenNames = seen.map(([name]) => name);
  const signedNames = signed.map(([name]) => name);
  const missing = unique(signedNames.filter((name) => seenNames.indexOf(name) < 0));
  const added = unique(seenNames.filter((name) => signedNames.indexOf(name) < 0));
  const values = (pairs, name) => pairs.filter(([key]) => key === name).map(([, value]) => value).join("&");
  const changed = unique(signedNames.filter((name) => seenNames.indexOf(name) >= 0 && values(seen, name) !== values(signed, name)));
  const differences = [];
  if (missing.length) differences.push({ part: "query-missing", names: missing.map(decode) });
  if (changed.length) differences.push({ part: "query-changed", names: changed.map(decode) });
  if (added.length) differences.push({ part: "query-added", names: added.map(decode) });
  return differences;
}
function unique(names) {
  return names.filter((name, index) => names.indexOf(name) === index);
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    return text.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex2) => parseInt(hex2, 16) < 128 ? String.fromCharCode(parseInt(hex2, 16)) : escape);
  }
}

// src/diagnose/explainCredentials.ts
function explainInvalidToken(context) {
  const key = context.accessKeyId || "";
  if (context.fetchedFrom) {
    const stsHint = context.fetchedFrom === "aws_role_arn" ? "; a token from STS's global endpoint (aws_sts_endpoint https://sts.amazonaws.com) is not valid in opt-in Regions: leave aws_sts_endpoint empty to use the API region's STS" : "";
    const kind = /^AKIA/.test(key) ? "the long-term key" : /^ASIA/.test(key) ? "the temporary credentials" : "the credentials";
    return `AWS does not recognize ${kind}${key ? ` ${key}` : ""} fetched through ${context.fetchedFrom}: check that ${context.fetchedFrom} gives credentials of the API's partition and account${stsHint}.`;
  }
  if (/^ASIA/.test(key) && !context.sessionToken) {
    return `aws_access_key_id ${key} is a temporary key (ASIA...), which needs its session token: set aws_session_token.`;
  }
  if (/^AKIA/.test(key) && context.sessionToken) {
    return `aws_access_key_id ${key} is a long-term key (AKIA...), but aws_session_token is set: clear aws_session_token.`;
  }
  if (context.sessionToken) return `AWS does not recognize aws_access_key_id${key ? ` ${key}` : ""} with this aws_session_token: check that both come from the same, current credentials.`;
  const longTerm = /^AKIA/.test(key) ? ", a long-term key (AKIA...)" : "";
  return `AWS does not recognize aws_access_key_id${key ? ` ${key}` : ""}${longTerm}: check that it was copied whole, that it is still active in IAM, and that it belongs to the API's account and partition.`;
}
function explainExpiredToken(context) {
  if (context.fetchedFrom) {
    return `The session token fetched through ${context.fetchedFrom} has expired by AWS's clock, although the script fetches new credentials 5 minutes before their Expiration: this computer's clock is behind AWS's (turn on NTP time sync), or ${context.fetchedFrom} reports an Expiration later than the credentials' own.`;
  }
  return "The session token has expired: get new temporary credentials and update aws_access_key_id, aws_secret_access_key and aws_session_token together.";
}
function explainWrongSecret(context, verifier) {
  const key = context.accessKeyId ? ` ${context.accessKeyId}` : "";
  if (context.fetchedFrom) {
    return `Everything ${verifier} verified matches what was signed, so the secret key is wrong: the secret fetched through ${context.fetchedFrom} does not belong to its access key${key}. Check what serves ${context.fetchedFrom}.`;
  }
  return `Everything ${verifier} verified matches what was signed, so the secret key is wrong: aws_secret_access_key does not belong to aws_access_key_id${key}. Copy the secret again from the same credentials.`;
}
function explainUnknownAccessKey(accessKeyId, context) {
  const key = accessKeyId || context.accessKeyId;
  const named = key ? ` ${key}` : "";
  if (context.fetchedFrom) {
    return `S3 does not know the access key id${named} fetched through ${context.fetchedFrom}: check that ${context.fetchedFrom} gives credentials of the bucket's account and partition.`;
  }
  return `S3 does not know the access key id${named}: check aws_access_key_id (and that it belongs to the account and partition of the bucket), or get new credentials.`;
}

// src/diagnose/explainMismatch.ts
function explainMismatch(seenText, seenStringToSign, context, verifier = "API Gateway") {
  var _a, _b;
  const seen = seenText === void 0 ? void 0 : parseCanonicalRequest(context.sessionToken ? seenText.split(uriEncode(context.sessionToken)).join(context.redactedToken) : seenText);
  const signed = context.signedCanonicalRequest === void 0 ? void 0 : parseCanonicalRequest(context.signedCanonicalRequest);
  if (!seen) return explainWithoutCanonical(seenStringToSign, context, verifier);
  if (!signed) return explainWithoutScript(seen.path, (_b = (_a = seen.headers.find(([name]) => name === "host")) == null ? void 0 : _a[1]) != null ? _b : "", context, verifier);
  const differences = compareCanonical(seen, signed, { value: context.sessionToken, redacted: context.redactedToken });
  if (differences.length === 0) return explainSameCanonical(seenStringToSign, context, verifier);
  return `The signature does not match: ${differences.map((difference) => clause(difference, context, verifier)).join("; ")}.`;
}
function clause(difference, context, verifier) {
  switch (difference.part) {
    case "host":
      return `${verifier} saw host ${difference.seen}, the script signed ${difference.signed}: set sigv4_signing_host to ${difference.seen}`;
    case "path-prefix": {
      const prefix = decode(difference.seenPrefix);
      if (prefix === "") {
        return `${verifier} saw path ${decode(difference.seen)}, without the ${decode(difference.signedPrefix)} the script signed: clear sigv4_origin_path (CloudFront adds no origin path)`;
      }
      return `${verifier} saw path ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: set sigv4_origin_path to ${prefix} (CloudFront's origin path)`;
    }
    case "path-encoding":
      return `${verifier} read the path as ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: the path was re-encoded on the way; write it in the URL exactly as it should arrive (percent-encode reserved characters yourself)`;
    case "path":
      return `${verifier} saw path ${decode(difference.seen)}, the script signed ${decode(difference.signed)}: check the request URL's path and sigv4_origin_path`;
    case "query-missing":
      return `query parameter${plural(difference.names)} ${difference.names.join(", ")} did not reach ${verifier}: CloudFront forwards only the query strings its origin request policy names; forward all of them (e.g. the managed policy AllViewerExceptHostHeader)`;
    case "query-changed":
      return `query parameter${plural(difference.names)} ${difference.names.join(", ")} changed on the way to ${verifier} (re-encoded or rewritten by a proxy); percent-encode them in the URL as they should arrive`;
    case "query-added":
      return `${verifier} saw query parameter${plural(difference.names)} ${difference.names.join(", ")}, which were not signed: something on the way adds ${difference.names.length > 1 ? "them" : "it"}`;
    case "header-changed":
      return headerClause(difference.name, difference.seen, context, verifier);
    case "payload":
      return `the body ${verifier} received is not the one signed (SHA-256 ${difference.seen.slice(0, 12)}\u2026 instead of ${difference.signed.slice(0, 12)}\u2026)${difference.signed === EMPTY_SHA256 && METHODS_WITHOUT_BODY.indexOf(context.method) >= 0 ? `: Postman sent a ${context.method} body although it prunes them by default (disableBodyPruning is on); send the body with POST, or turn disableBodyPruning off` : ": a proxy changed the body, or Postman sent a body the script could not see"}`;
    case "method":
      return `${verifier} saw method ${difference.seen}, the script signed ${difference.signed}: something on the way changed the method`;
  }
}
function headerClause(name, seen, context, verifier) {
  const change = seen === "" ? `header ${name} did not reach ${verifier}` : `header ${name} was changed on the way`;
  if (context.signedHeaders.indexOf(name) >= 0) return `${change}: stop signing it, remove ${name} from sigv4_signed_headers`;
  return `${change}: every x-amz-* header must be signed, so make sure nothing on the way changes or drops it`;
}
function plural(names) {
  return names.length > 1 ? "s" : "";
}
function explainSameCanonical(seenStringToSign, context, verifier) {
  var _a;
  const seenScope = seenStringToSign == null ? void 0 : seenStringToSign.split("\n")[2];
  const signedScope = (_a = context.signedStringToSign) == null ? void 0 : _a.split("\n")[2];
  if (seenScope && signedScope && seenScope !== signedScope) {
    return `The canonical request matches, but ${verifier} used the credential scope ${seenScope} where the script signed ${signedScope}: set aws_region and aws_service to match.`;
  }
  return explainWrongSecret(context, verifier);
}
function explainWithoutScript(seenPath, seenHost, context, verifier) {
  const fixes = [];
  if (seenHost && seenHost !== context.sentHost) fixes.push(`the request went to ${context.sentHost}, so sign for ${seenHost} (postman-sigv4: set sigv4_signing_host to ${seenHost})`);
  const wirePath = decode(seenPath);
  if (wirePath !== context.sentPath && wirePath.endsWith(context.sentPath) && context.sentPath !== "/") {
    const prefix = wirePath.slice(0, wirePath.length - context.sentPath.length);
    fixes.push(`the path gains ${prefix} on the way (postman-sigv4: set sigv4_origin_path to ${prefix})`);
  }
  return `The signature does not match. ${verifier} verified it for host ${seenHost} and path ${wirePath}` + (fixes.length ? `: ${fixes.join("; ")}.` : "; sign for exactly that host and path.") + " (postman-sigv4 did not sign this request, so nothing more can be compared.)";
}
function explainWithoutCanonical(seenStringToSign, context, verifier) {
  const signed = context.signedStringToSign;
  if (seenStringToSign && signed && seenStringToSign.split("\n")[3] === signed.split("\n")[3]) return explainSameCanonical(seenStringToSign, context, verifier);
  const hint = seenStringToSign && signed ? `${verifier} computed another canonical request than the script (its string to sign hashes another one)` : `${verifier} says the signature does not match`;
  return `${hint}, but its answer holds no canonical string to compare with. Set sigv4_debug to true and compare the canonical request in the console with the one ${verifier} expects.`;
}

// src/diagnose/explainPresign.ts
function explainPresignExpired(verifier, context, serverTime) {
  const signed = context.sentAmzDate ? `it was signed at ${context.sentAmzDate}` : "it was signed";
  const validity = context.presignExpiresSeconds !== void 0 ? ` for ${context.presignExpiresSeconds} seconds` : "";
  const clock = serverTime ? `, and ${verifier}'s clock says ${serverTime}` : "";
  return `The presigned URL expired: ${signed}${validity}${clock}. Send the request again (the pre-request script presigns it anew), or set sigv4_presign_expires to a longer time (at most 604800 seconds); a copied presigned URL works only within that time. If the URL was fresh, this computer's clock is behind ${verifier}'s: turn on NTP time sync.`;
}

// src/diagnose/explain.ts
function explain(rejection, context) {
  switch (rejection.kind) {
    case "mismatch":
      return explainMismatch(rejection.canonicalRequest, rejection.stringToSign, context, rejection.verifier);
    case "missing-token":
      return explainMissingToken(context);
    case "expired":
      if (context.presignExpiresSeconds !== void 0) return explainPresignExpired("API Gateway", context, rejection.serverTime);
      return explainClock(rejection.signedAt, rejection.serverTime, context);
    case "not-yet-current":
      return explainClock(rejection.signedAt, rejection.serverTime, context);
    case "token-invalid":
      return explainInvalidToken(context);
    case "token-expired":
      return explainExpiredToken(context);
    case "wrong-region": {
      const hostRegion = context.signingHost ? inferScope(context.signingHost).region : void 0;
      const hint = hostRegion && hostRegion !== rejection.region ? `, here ${hostRegion} as the signing host says` : "";
      return `The credential scope names region ${rejection.region}, which is not the API's region: set aws_region to the region the API runs in${hint}.`;
    }
    case "wrong-service":
      return `The credential scope names the wrong service; API Gateway expects '${rejection.service}': set aws_service to ${rejection.service}, or leave it empty.`;
    case "incomplete":
      return `API Gateway could not read the signature (${rejection.message}): something changed Authorization or X-Amz-Date after the pre-request script signed. Leave the request's auth at "No Auth" or inherited, and keep the signer the last pre-request script.`;
    case "http-api-forbidden":
      return explainForbidden(context);
    case "not-authorized":
      return `The signature is valid, but IAM denies the call: ${rejection.message}. Allow execute-api:Invoke on that resource in the caller's IAM policy or the API's resource policy.`;
    case "presign-expired":
      return explainPresignExpired("S3", context, rejection.serverTime);
    case "unknown-access-key":
      return explainUnknownAccessKey(rejection.accessKeyId, context);
  }
}
function explainMissingToken(context) {
  if (!context.viaCloudFront) return explainMissingTokenDirect(context);
  const route = `API Gateway has no route for ${context.method} ${(context.originPath || "") + context.sentPath}; check the path, the stage${context.originPath ? "" : " and sigv4_origin_path"}`;
  if (!context.sentAuthorization) return `The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or ${route}.`;
  if (context.signingHost && context.signingHost !== context.sentHost) {
    return `API Gateway received no signature: CloudFront removes the Authorization header unless the origin request policy forwards all viewer headers; use the managed policy AllViewerExceptHostHeader. If it does, ${route}.`;
  }
  return `API Gateway found no signature or no route: ${route}. Behind a proxy, make sure it forwards the Authorization header.`;
}
function explainMissingTokenDirect(context) {
  const route = `API Gateway has no route for ${context.method} ${context.sentPath}, the path called`;
  if (!context.sentAuthorization) return `The request carried no signature (sigv4_skip is set, or the pre-request script did not run), or ${route}.`;
  const originPath = context.originPath ? ` ${VARIABLE.originPath} is ${context.originPath}, which only CloudFront prepends: calling API Gateway directly, it was probably left set by mistake; clear it, and put the stage in the URL (${context.method} ${context.originPath}${context.sentPath}).` : "";
  return `${route}; the response came straight from API Gateway (no Via, X-Amz-Cf-Id or X-Cache header from CloudFront), so CloudFront did not change it: check the path and the stage.${originPath} Behind another proxy, make sure it forwards the Authorization header.`;
}
function explainClock(signedAt, serverTime, context) {
  const fromHeader = context.responseDate ? Date.parse(context.responseDate) : NaN;
  const server = isNaN(fromHeader) ? parseAmzDate(serverTime) : fromHeader;
  const minutes = Math.round((parseAmzDate(signedAt) - server) / 6e4);
  const skew = minutes < 0 ? `${-minutes} minutes behind` : `${minutes} minutes ahead of`;
  return `The request was signed at ${signedAt}, more than 5 minutes off API Gateway's clock (${amzDate(new Date(server))}${isNaN(fromHeader) ? "" : ", from the response Date header"}): this computer's clock is ${skew} API Gateway's. Set the system clock right (turn on NTP time sync) and send again.`;
}
function explainForbidden(context) {
  const base = 'The HTTP API rejected the request with a bare "Forbidden", without saying what differed.';
  if (!context.signingHost && !/\.execute-api\./.test(context.sentHost)) {
    return `${base} The request went to ${context.sentHost}, but API Gateway checks the signature for its own host: set sigv4_signing_host to the API's execute-api host, and sigv4_origin_path to CloudFront's origin path if it has one.`;
  }
  return `${base} Check sigv4_origin_path, headers changed on the way (sigv4_signed_headers) and the secret key; with sigv4_debug set to true the console shows what was signed.`;
}
function parseAmzDate(text) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

// src/diagnose/explainOriginAccessControl.ts
function explainFunctionUrlMismatch(sent) {
  const refused = "Through CloudFront, the Lambda function URL refused the signature without saying what differed (InvalidSignatureException, no canonical string)";
  if (!sent.oacSetting) {
    if (!sent.hadBody) return void 0;
    return `${refused}. When the distribution signs for the function URL with origin access control (OAC), CloudFront cannot hash the body, and Lambda refuses unsigned payloads: set ${VARIABLE.cloudfrontOac} to true, and the script sends x-amz-content-sha256 with the body's SHA-256 (needed on PUT and POST, sent on every method) and no signature of its own. Without OAC, the script's signature reaches the function only if CloudFront forwards the Authorization header (origin request policy AllViewerExceptHostHeader) and it is signed for the function URL's host (sigv4_signing_host).`;
  }
  const hash = sent.contentSha256;
  if (hash === void 0) {
    return `${refused}, and the request sent no x-amz-content-sha256 although ${VARIABLE.cloudfrontOac} is true: a later folder or request script removed it, or the script did not run last. Keep the signer the last pre-request script.`;
  }
  if (hash === UNSIGNED_PAYLOAD) {
    return `${refused}. ${VARIABLE.cloudfrontOac} is true and the request sent x-amz-content-sha256: UNSIGNED-PAYLOAD, which Lambda refuses: remove the request's own X-Amz-Content-Sha256 header and clear ${VARIABLE.unsignedPayload}, so that the script sends the body's SHA-256.`;
  }
  return `${refused}. ${VARIABLE.cloudfrontOac} is true and the request sent x-amz-content-sha256: ${hash}, the SHA-256 of the body the script saw. So the body changed after the script (a later folder or request script, or a CloudFront Function or Lambda@Edge on the way), or the origin access control's signing behavior is no-override and an Authorization header reached CloudFront (then CloudFront does not sign), or the function's resource policy does not allow the distribution (lambda:InvokeFunctionUrl for cloudfront.amazonaws.com with its ARN).`;
}

// src/credentials/xml.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 1114111 ? String.fromCodePoint(code) : reference;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : reference;
  });
}

// src/diagnose/s3Rejection.ts
function readS3Rejection(body) {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?<Error>/.test(body)) return void 0;
  const element = (name) => {
    const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body);
    return match ? unescapeXml(match[1]) : void 0;
  };
  switch (element("Code")) {
    case "SignatureDoesNotMatch":
      return { kind: "mismatch", verifier: "S3", canonicalRequest: element("CanonicalRequest"), stringToSign: element("StringToSign") };
    case "AccessDenied":
      if (element("Message") !== "Request has expired") return void 0;
      return { kind: "presign-expired", expires: element("Expires"), serverTime: element("ServerTime") };
    case "InvalidAccessKeyId":
      return { kind: "unknown-access-key", accessKeyId: element("AWSAccessKeyId") };
    default:
      return void 0;
  }
}

// src/diagnose/rejection.ts
var MISMATCH = "The request signature we calculated does not match the signature you provided";
var CANONICAL_HEADING = "The Canonical String for this request should have been";
var STRING_TO_SIGN_HEADING = "The String-to-Sign should have been";
var AMZ_DATE = "(\\d{8}T\\d{6}Z)";
function readRejection(status, body) {
  if (status !== 403) return void 0;
  const message = jsonMessage(body);
  if (message === void 0) return readS3Rejection(body);
  if (message.indexOf(MISMATCH) === 0) {
    return {
      kind: "mismatch",
      canonicalRequest: between(message, `${CANONICAL_HEADING}
'`, `'

${STRING_TO_SIGN_HEADING}`),
      stringToSign: between(message, `${STRING_TO_SIGN_HEADING}
'`, "'\n")
    };
  }
  if (message === "Missing Authentication Token") return { kind: "missing-token" };
  let match = new RegExp(`^Signature expired: ${AMZ_DATE} is now earlier than ${AMZ_DATE} \\(${AMZ_DATE} - `).exec(message);
  if (match) return { kind: "expired", signedAt: match[1], serverTime: match[3] };
  match = new RegExp(`^Signature not yet current: ${AMZ_DATE} is still later than ${AMZ_DATE} \\(${AMZ_DATE} \\+ `).exec(message);
  if (match) return { kind: "not-yet-current", signedAt: match[1], serverTime: match[3] };
  if (/^The security token included in the request is invalid/.test(message)) return { kind: "token-invalid" };
  if (/^The security token included in the request is expired/.test(message)) return { kind: "token-expired" };
  match = /^Credential should be scoped to a valid region, not '([^']*)'/.exec(message);
  if (match) return { kind: "wrong-region", region: match[1] };
  match = /^Credential should be scoped to correct service: '([^']*)'/.exec(message);
  if (match) return { kind: "wrong-service", service: match[1] };
  if (/^(Authorization header requires|'.*' not a valid key=value pair|Credential must have exactly 5|Date must be in ISO-8601|'Host' must be a 'SignedHeader'|Date in Credential scope does not match)/.test(message)) {
    return { kind: "incomplete", message: message.replace(/ ?Authorization=.*$|in Authorization header: '.*$/, "").trim() };
  }
  if (message === "Forbidden") return { kind: "http-api-forbidden" };
  if (/^User: \S+ is not authorized to perform: execute-api:Invoke/.test(message)) return { kind: "not-authorized", message };
  return void 0;
}
function jsonMessage(body) {
  var _a;
  try {
    const parsed = JSON.parse(body);
    const message = parsed && ((_a = parsed.message) != null ? _a : parsed.Message);
    return typeof message === "string" ? message : void 0;
  } catch (error) {
    return void 0;
  }
}
function between(message, open, close) {
  const start = message.indexOf(open);
  const end = message.lastIndexOf(close);
  return start < 0 || end < start + open.length ? void 0 : message.slice(start + open.length, end);
}

// src/diagnose/responseHeaders.ts
function cameThroughCloudFront(headers) {
  return /\(CloudFront\)/i.test(headers.get("Via") || "") || !!headers.get("X-Amz-Cf-Id") || /cloudfront/i.test(headers.get("X-Cache") || "");
}
function functionUrlRefusedSignature(headers) {
  return /^InvalidSignatureException\b/.test(headers.get("x-amzn-ErrorType") || "") && !headers.get("x-amz-apigw-id");
}

// src/diagnose/sentQueryAuth.ts
function sentQueryAuth(url) {
  const values = {};
  for (const item of url.getQueryString().split("&")) {
    const eq = item.indexOf("=");
    if (eq > 0) values[item.slice(0, eq)] = item.slice(eq + 1);
  }
  const expires = values[QUERY.expires];
  const credential = decodeQueryValue(values[QUERY.credential]);
  return {
    amzDate: values[QUERY.date],
    expiresSeconds: expires !== void 0 && /^\d+$/.test(expires) ? Number(expires) : void 0,
    signed: values[QUERY.signature] !== void 0,
    accessKeyId: (credential == null ? void 0 : credential.split("/")[0]) || void 0,
    sessionToken: decodeQueryValue(values[QUERY.securityToken])
  };
}
function decodeQueryValue(value) {
  if (value === void 0) return void 0;
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch (error) {
    return value;
  }
}

// src/diagnose/diagnoseResponse.ts
function diagnoseResponse(pm) {
  const response = pm.response;
  if (!response) return void 0;
  const xCache = response.headers.get("X-Cache");
  const cloudFrontError = !!xCache && /error from cloudfront/i.test(xCache);
  if (response.code < 400 && !cloudFrontError) return void 0;
  const body = response.text();
  const rejection = readRejection(response.code, body);
  if (rejection) {
    const fromFunctionUrl = rejection.kind === "mismatch" && rejection.canonicalRequest === void 0 && !rejection.verifier && functionUrlRefusedSignature(response.headers);
    const behindOac = fromFunctionUrl && cameThroughCloudFront(response.headers) ? explainFunctionUrlMismatch(sentWithOac(pm)) : void 0;
    return behindOac || explain(rejection, readContext(pm));
  }
  const page = readCloudFrontPage(response.code, body, xCache);
  if (page) return explainCloudFrontPage(page, sentToCloudFront(pm));
  const replaced = cloudFrontError ? readReplacedAnswer(response.code, body, response.headers.get("Content-Type"), pm.request.method, signedByScript(pm)) : void 0;
  return replaced && explainReplacedAnswer(replaced);
}
function sentWithOac(pm) {
  var _a;
  const { request, variables } = pm;
  const body = request.body;
  return {
    oacSetting: parseBoolean(readVariable(variables, VARIABLE.cloudfrontOac) || "") === true,
    contentSha256: (_a = sentHeader(request, "x-amz-content-sha256")) == null ? void 0 : _a.value,
    hadBody: METHODS_WITHOUT_BODY.indexOf(request.method) < 0 && !!body && !body.disabled && !body.isEmpty()
  };
}
function signedByScript(pm) {
  var _a;
  const { request } = pm;
  if (/^AWS4-HMAC-SHA256 /.test(((_a = sentHeader(request, "authorization")) == null ? void 0 : _a.value) || "")) return true;
  try {
    if (sentQueryAuth(request.url).signed) return true;
  } catch (error) {
  }
  const oac = sentWithOac(pm);
  return oac.oacSetting && oac.contentSha256 !== void 0;
}
function sentHeader(request, name) {
  return request.headers.all().filter((header) => !header.disabled && header.key.toLowerCase() === name).pop();
}
function sentToCloudFront(pm) {
  try {
    const hostHeader = sentHeader(pm.request, "host");
    return { urlHost: wireTarget(pm.request.url).host, hostHeader: hostHeader && hostHeader.value };
  } catch (error) {
    return void 0;
  }
}
function readContext(pm) {
  var _a, _b, _c, _d, _e, _f, _g;
  const { request, variables } = pm;
  const read = (name) => readVariable(variables, name) || void 0;
  const sent = (name) => sentHeader(request, name);
  const query = sentQueryAuth(request.url);
  const amzDate2 = (_b = (_a = sent("x-amz-date")) == null ? void 0 : _a.value) != null ? _b : query.amzDate;
  let canonicalRequest2 = read(VARIABLE.canonicalRequest);
  let stringToSign2 = read(VARIABLE.stringToSign);
  if (!amzDate2 || !stringToSign2 || stringToSign2.split("\n")[1] !== amzDate2) canonicalRequest2 = stringToSign2 = void 0;
  const authorization = (_c = sent("authorization")) == null ? void 0 : _c.value;
  let target = { host: "", path: "" };
  try {
    target = wireTarget(request.url);
  } catch (error) {
  }
  return {
    signedCanonicalRequest: canonicalRequest2,
    signedStringToSign: stringToSign2,
    redactedToken: REDACTED_TOKEN,
    // What was sent: with a credential source the keys never reach a variable.
    sessionToken: ((_d = sent("x-amz-security-token")) == null ? void 0 : _d.value) || query.sessionToken || read(VARIABLE.sessionToken),
    accessKeyId: authorization && ((_e = /Credential=([^/,\s]+)\//.exec(authorization)) == null ? void 0 : _e[1]) || query.accessKeyId || read(VARIABLE.accessKeyId),
    fetchedFrom: [VARIABLE.roleArn, VARIABLE.credentialsUrl, VARIABLE.cognitoIdentityPoolId].find((name) => read(name) !== void 0),
    signingHost: withoutDefaultPort(((_f = read(VARIABLE.signingHost)) == null ? void 0 : _f.toLowerCase()) || "") || void 0,
    originPath: read(VARIABLE.originPath),
    signedHeaders: (read(VARIABLE.signedHeaders) || "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean),
    region: read(VARIABLE.region),
    method: request.method,
    sentHost: target.host,
    sentPath: target.path,
    sentAuthorization: !!authorization || query.signed,
    sentAmzDate: amzDate2,
    presignExpiresSeconds: query.expiresSeconds,
    responseDate: (_g = pm.response) == null ? void 0 : _g.headers.get("Date"),
    viaCloudFront: !!pm.response && cameThroughCloudFront(pm.response.headers)
  };
}

// src/entries/diagnose.ts
function run(pm, console) {
  let diagnosis;
  try {
    diagnosis = diagnoseResponse(pm);
  } catch (error) {
    console.warn(`SigV4 diagnosis could not read this response (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (diagnosis) {
    const message = `SigV4: ${diagnosis}`;
    pm.test("SigV4 diagnosis", () => {
      throw new Error(message);
    });
  }
}
return { run };
})();
    try {
      Object.defineProperty(sandboxCryptoJs, key, { value: entry });
    } catch (error) {
      // Nothing to keep it on: the next request evaluates the script again.
    }
  }
  entry.run(pm, console);
})(require("crypto-js"), "postman-sigv4 diagnose 0.1.0 25e062983434");
