// postman-sigv4 0.1.0: the package for pm.require('npm:postman-sigv4@0.1.0') in the Postman app and the Postman CLI.
// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.
// prerequest(pm[, console]) does what dist/sigv4-prerequest.js does.
// diagnose(pm[, console]) does what dist/sigv4-diagnose.js does.
"use strict";

var SILENT = { log: function () {}, warn: function () {} };

/** The console to log to: the one given, else the sandbox's (packages see it in postman-sandbox 6.7.4), else none. */
function consoleOf(log) {
  if (log) return log;
  return typeof console !== "undefined" ? console : SILENT;
}

function requirePm(pm, name) {
  if (!pm || typeof pm !== "object" || !pm.request || !pm.variables) {
    throw new TypeError("postman-sigv4: " + name + "(pm) needs the Postman script's pm object; in a collection script write pm.require('npm:postman-sigv4@0.1.0')." + name + "(pm)");
  }
}

exports.prerequest = function prerequest(pm, log) {
  requirePm(pm, "prerequest");
  var console = consoleOf(log);
  return (function (sandboxCryptoJs, key) {
    "use strict";
    var entry = sandboxCryptoJs[key];
    if (!entry) {
    entry = (() => {
// src/postman/problem.ts
var SigningProblem = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SigningProblem";
  }
};

// src/postman/fail.ts
var NOWHERE = "https://sigv4-signing-failed.invalid/";
function failRequest(pm, testName, error) {
  const message = error instanceof SigningProblem ? `SigV4: ${error.message}` : `SigV4: internal error (${error instanceof Error ? error.message : String(error)}). The request was not sent; please report this with the request's method, URL shape and body mode.`;
  pm.test(testName, () => {
    throw new Error(message);
  });
  if (pm.execution && typeof pm.execution.skipRequest === "function") pm.execution.skipRequest();
  else pm.request.url.update(NOWHERE);
}

// src/sigv4/errors.ts
var SigningInputError = class extends Error {
  constructor(field, problem) {
    super(`${field}: ${problem}`);
    this.name = "SigningInputError";
    this.field = field;
    this.problem = problem;
  }
};

// src/sigv4/canonicalHeaders.ts
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isHeaderName(name) {
  return TOKEN.test(name);
}
function canonicalHeaders(headers) {
  const values = /* @__PURE__ */ new Map();
  for (const [name, value] of headers) {
    if (!isHeaderName(name)) throw new SigningInputError("header", `"${name}" is not a valid header name`);
    const key = name.toLowerCase();
    const list = values.get(key) || [];
    list.push(canonicalHeaderValue(value));
    values.set(key, list);
  }
  const names = Array.from(values.keys()).sort();
  return {
    canonical: names.map((name) => name + ":" + values.get(name).join(",") + "\n").join(""),
    signedHeaders: names.join(";")
  };
}
function canonicalHeaderValue(value) {
  return value.replace(/[ \t\r\n]+/g, " ").replace(/^ | $/g, "");
}

// src/sigv4/bytes.ts
function utf8Bytes(text2) {
  const out = new Uint8Array(text2.length * 3);
  let n = 0;
  for (let i = 0; i < text2.length; i++) {
    let c = text2.charCodeAt(i);
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
      const next = text2.charCodeAt(i + 1);
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
function toBytes(data) {
  return typeof data === "string" ? utf8Bytes(data) : data;
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
function uriEncode(text2, keepSlash = false) {
  return uriEncodeBytes(utf8Bytes(text2), keepSlash);
}
function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
function percentDecodeBytes(text2, plusIsSpace) {
  const raw = utf8Bytes(text2);
  const out = new Uint8Array(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 37 && i + 2 < raw.length) {
      const hi = hexValue(raw[i + 1]);
      const lo = hexValue(raw[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi << 4 | lo;
        i += 2;
        continue;
      }
    }
    out[n++] = plusIsSpace && b === 43 ? 32 : b;
  }
  return out.subarray(0, n);
}
function reencode(text2, options) {
  return uriEncodeBytes(percentDecodeBytes(text2, options.plusIsSpace), options.keepSlash);
}

// src/sigv4/canonicalQuery.ts
function parseWireQuery(wireQuery) {
  const pairs = [];
  for (const item of wireQuery.split("&")) {
    if (item === "") continue;
    const eq = item.indexOf("=");
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? "" : item.slice(eq + 1);
    pairs.push([canonicalComponent(key), canonicalComponent(value)]);
  }
  return pairs;
}
function canonicalComponent(text2) {
  return reencode(text2, { plusIsSpace: true, keepSlash: false });
}
function queryPair(key, value) {
  return [uriEncode(key), uriEncode(value)];
}
function canonicalQueryString(pairs) {
  return pairs.slice().sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1])).map(([key, value]) => key + "=" + value).join("&");
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/sigv4/constants.ts
var ALGORITHM = "AWS4-HMAC-SHA256";
var KEY_TYPE = "aws4_request";
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
var MAX_PRESIGN_EXPIRES_SECONDS = 7 * 24 * 60 * 60;
var HEADER = {
  authorization: "Authorization",
  amzDate: "X-Amz-Date",
  securityToken: "X-Amz-Security-Token",
  contentSha256: "X-Amz-Content-Sha256"
};
var QUERY = {
  algorithm: "X-Amz-Algorithm",
  credential: "X-Amz-Credential",
  date: "X-Amz-Date",
  expires: "X-Amz-Expires",
  securityToken: "X-Amz-Security-Token",
  signedHeaders: "X-Amz-SignedHeaders",
  signature: "X-Amz-Signature"
};
var SIGNER_OWNED_HEADERS = ["host", "authorization", "x-amz-date", "x-amz-security-token"];
var S3_SERVICE = "s3";

// sandbox:crypto-js
var crypto_js_default = sandboxCryptoJs;

// src/sigv4/sha256Bytes.ts
var PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311];
var fractionBits = (x) => (x - Math.floor(x)) * 4294967296 | 0;
var K = new Int32Array(PRIMES.map((p) => fractionBits(Math.cbrt(p))));
var INITIAL_STATE = PRIMES.slice(0, 8).map((p) => fractionBits(Math.sqrt(p)));
var BLOCK_BYTES = 64;
var schedule = new Int32Array(64);
function compress(state, bytes, offset) {
  const w = schedule;
  for (let t = 0; t < 16; t++, offset += 4) w[t] = bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3];
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15];
    const y = w[t - 2];
    const sigma0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
    const sigma1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
    w[t] = w[t - 16] + sigma0 + w[t - 7] + sigma1 | 0;
  }
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  for (let t = 0; t < 64; t++) {
    const sum1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
    const t1 = h + sum1 + (e & f ^ ~e & g) + K[t] + w[t] | 0;
    const sum0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
    const t2 = sum0 + (a & b ^ a & c ^ b & c) | 0;
    h = g, g = f, f = e, e = d + t1 | 0, d = c, c = b, b = a, a = t1 + t2 | 0;
  }
  state[0] += a, state[1] += b, state[2] += c, state[3] += d, state[4] += e, state[5] += f, state[6] += g, state[7] += h;
}
var BEGINNING = { state: INITIAL_STATE, length: 0 };
function afterBlock(block) {
  const state = new Int32Array(INITIAL_STATE);
  compress(state, block, 0);
  return { state, length: BLOCK_BYTES };
}
function sha256Words(bytes, start = BEGINNING) {
  const state = new Int32Array(start.state);
  const length = bytes.length;
  const whole = length - length % BLOCK_BYTES;
  for (let offset = 0; offset < whole; offset += BLOCK_BYTES) compress(state, bytes, offset);
  const tail = new Uint8Array(length - whole < BLOCK_BYTES - 8 ? BLOCK_BYTES : 2 * BLOCK_BYTES);
  tail.set(bytes.subarray(whole));
  tail[length - whole] = 128;
  const view = new DataView(tail.buffer);
  const total = start.length + length;
  view.setUint32(tail.length - 8, Math.floor(total / 536870912));
  view.setUint32(tail.length - 4, total << 3 >>> 0);
  for (let offset = 0; offset < tail.length; offset += BLOCK_BYTES) compress(state, tail, offset);
  return state;
}
function wordsBytes(words) {
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < words.length; i++) view.setInt32(i * 4, words[i]);
  return bytes;
}

// src/sigv4/crypto.ts
function sha256Hex(data) {
  return hex(wordsBytes(sha256Words(toBytes(data))));
}
var BLOCK_BYTES2 = 64;
function keyedHmac(key) {
  const block = new Uint8Array(BLOCK_BYTES2);
  block.set(key.length > BLOCK_BYTES2 ? wordsBytes(sha256Words(key)) : key);
  const inner = afterBlock(block.map((byte) => byte ^ 54));
  const outer = afterBlock(block.map((byte) => byte ^ 92));
  return (message) => wordsBytes(sha256Words(wordsBytes(sha256Words(toBytes(message), inner)), outer));
}
function hmac(key, message) {
  return keyedHmac(key)(message);
}
function hex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return out;
}
function base64(bytes) {
  return crypto_js_default.enc.Base64.stringify(crypto_js_default.enc.Hex.parse(hex(bytes)));
}

// src/sigv4/canonicalRequest.ts
function credentialScope(amzDate2, region, service) {
  return `${amzDate2.slice(0, 8)}/${region}/${service}/${KEY_TYPE}`;
}
function canonicalRequest(parts) {
  return [parts.method, parts.uri, parts.query, parts.headers.canonical, parts.headers.signedHeaders, parts.payloadHash].join("\n");
}
function stringToSign(amzDate2, scope, canonical) {
  return [ALGORITHM, amzDate2, scope, sha256Hex(canonical)].join("\n");
}

// src/sigv4/canonicalUri.ts
function normalizePath(path) {
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const trailingSlash = segments.length > 0 && path.endsWith("/") ? "/" : "";
  return "/" + segments.join("/") + trailingSlash;
}
function canonicalUri(wirePath, s3PathRule) {
  const path = wirePath === "" ? "/" : wirePath;
  if (s3PathRule) return reencode(path, { plusIsSpace: false, keepSlash: true });
  return uriEncode(normalizePath(path), true);
}

// src/sigv4/payloadHash.ts
function payloadHash(body, unsigned) {
  if (unsigned) return UNSIGNED_PAYLOAD;
  return body === void 0 || body.length === 0 ? EMPTY_SHA256 : sha256Hex(body);
}

// src/sigv4/contentSha256.ts
var RULES = {
  s3: "body",
  aoss: "body",
  "vpc-lattice-svcs": "unsigned"
};
function contentSha256Rule(service) {
  return Object.prototype.hasOwnProperty.call(RULES, service) ? RULES[service] : void 0;
}
function acceptsContentSha256(value, bodyHash) {
  return value === UNSIGNED_PAYLOAD || value === bodyHash();
}
var CONTENT_SHA256 = "x-amz-content-sha256";
function callerContentSha256(input) {
  let value;
  for (const [name, headerValue] of input.headers) {
    if (name.toLowerCase() === CONTENT_SHA256) value = value === void 0 ? headerValue : `${value},${headerValue}`;
  }
  if (value === void 0) return void 0;
  const given = value.trim();
  let bodyHash = "";
  if (!acceptsContentSha256(given, () => bodyHash = payloadHash(input.body, false))) {
    throw new SigningInputError("contentSha256", `is "${given}", which is neither the SHA-256 of the body as sent (${bodyHash}) nor UNSIGNED-PAYLOAD`);
  }
  return given;
}

// src/sigv4/amzDate.ts
function amzDate(date) {
  if (!(date instanceof Date) || isNaN(date.getTime())) {
    throw new SigningInputError("date", "is not a valid date");
  }
  const text2 = date.toISOString().replace(/[-:]|\.\d{3}/g, "");
  if (!/^\d{8}T\d{6}Z$/.test(text2)) throw new SigningInputError("date", `${text2} is outside years 0000-9999`);
  return text2;
}

// src/sigv4/signingKey.ts
var last;
function signerFor(secret, shortDate, region, service) {
  const scope = `${shortDate}/${region}/${service}`;
  if (last && last.secret === secret && last.scope === scope) return last.sign;
  let key = toBytes("AWS4" + secret);
  for (const part of [shortDate, region, service, KEY_TYPE]) key = hmac(key, part);
  const mac = keyedHmac(key);
  last = { secret, scope, sign: (message) => hex(mac(message)) };
  return last.sign;
}

// src/sigv4/regionName.ts
var REGION_NAME = "[a-z]{2,4}(?:-[a-z]+)+-\\d+";
var WHOLE_REGION_NAME = new RegExp(`^${REGION_NAME}$`);
function isRegionName(text2) {
  return WHOLE_REGION_NAME.test(text2);
}

// src/sigv4/validate.ts
var WHITESPACE = /\s/;
var URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function validateSigningInput(input) {
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  requireCredential("accessKeyId", accessKeyId);
  if (/[/,=]/.test(accessKeyId)) {
    throw new SigningInputError("accessKeyId", 'contains "/", "," or "=", which an access key id never does');
  }
  requireCredential("secretAccessKey", secretAccessKey);
  if (sessionToken !== void 0 && sessionToken !== "") requireCredential("sessionToken", sessionToken);
  if (!isRegionName(input.region)) {
    throw new SigningInputError("region", input.region === "" ? "is empty" : `"${input.region}" is not a region name like us-east-1`);
  }
  if (!/^[a-z0-9-]+$/.test(input.service)) {
    throw new SigningInputError("service", input.service === "" ? "is empty" : `"${input.service}" is not a service signing name like execute-api`);
  }
  validateHost(input.host);
  if (!/^[A-Za-z]+$/.test(input.method)) throw new SigningInputError("method", `"${input.method}" is not an HTTP method`);
  if (input.path !== "" && (input.path[0] !== "/" || /[?#]/.test(input.path))) {
    throw new SigningInputError("path", `"${input.path}" is not a path: it must start with "/" and hold no "?" or "#"`);
  }
  for (const [name] of input.headers) {
    if (SIGNER_OWNED_HEADERS.indexOf(name.toLowerCase()) >= 0) {
      throw new SigningInputError("header", `${name} is set by the signer; remove it from the headers to sign`);
    }
  }
}
function requireCredential(field, value) {
  if (typeof value !== "string" || value === "") throw new SigningInputError(field, "is empty");
  if (WHITESPACE.test(value)) {
    throw new SigningInputError(field, "contains a space or line break; copy it again without surrounding whitespace");
  }
}
function validateHost(host) {
  if (host === "") throw new SigningInputError("signingHost", "is empty");
  if (URL_SCHEME.test(host)) {
    throw new SigningInputError("signingHost", `"${host}" has a scheme; give the host only, e.g. ${host.replace(URL_SCHEME, "").split("/")[0]}`);
  }
  if (/[/?#]/.test(host)) {
    throw new SigningInputError("signingHost", `"${host}" has a path; give the host only, e.g. ${host.split(/[/?#]/)[0]}`);
  }
  if (!/^([a-z0-9_-]+(\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])(:\d{1,5})?$/i.test(host)) {
    throw new SigningInputError("signingHost", `"${host}" is not a host name with an optional :port`);
  }
}

// src/sigv4/signingContext.ts
function signingContext(input) {
  var _a;
  validateSigningInput(input);
  const amzDate2 = amzDate(input.date);
  return {
    amzDate: amzDate2,
    scope: credentialScope(amzDate2, input.region, input.service),
    s3PathRule: (_a = input.s3PathRule) != null ? _a : input.service === S3_SERVICE
  };
}
function signCanonicalRequest(input, amzDate2, scope, canonical) {
  const toSign = stringToSign(amzDate2, scope, canonical);
  const sign = signerFor(input.credentials.secretAccessKey, amzDate2.slice(0, 8), input.region, input.service);
  return { stringToSign: toSign, signature: sign(toSign) };
}

// src/sigv4/sign.ts
function signRequest(input) {
  var _a, _b;
  const { amzDate: amzDate2, scope, s3PathRule } = signingContext(input);
  const { credentials } = input;
  const rule = contentSha256Rule(input.service);
  const unsigned = (_a = input.unsignedPayload) != null ? _a : rule === "unsigned";
  const given = callerContentSha256(input);
  const hash = given != null ? given : payloadHash(input.body, unsigned);
  const added = [[HEADER.amzDate, amzDate2]];
  if (credentials.sessionToken) added.push([HEADER.securityToken, credentials.sessionToken]);
  if (given === void 0 && ((_b = input.contentSha256Header) != null ? _b : s3PathRule || unsigned || rule !== void 0)) added.push([HEADER.contentSha256, hash]);
  const headers = canonicalHeaders([["host", input.host], ...added, ...input.headers]);
  const canonical = canonicalRequest({
    method: input.method,
    uri: canonicalUri(input.path, s3PathRule),
    query: canonicalQueryString(parseWireQuery(input.query)),
    headers,
    payloadHash: hash
  });
  const { stringToSign: stringToSign2, signature } = signCanonicalRequest(input, amzDate2, scope, canonical);
  const authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${headers.signedHeaders}, Signature=${signature}`;
  return {
    canonicalRequest: canonical,
    stringToSign: stringToSign2,
    signature,
    signedHeaders: headers.signedHeaders,
    scope,
    amzDate: amzDate2,
    headers: [[HEADER.authorization, authorization], ...added]
  };
}

// src/sigv4/presign.ts
function presignRequest(input) {
  var _a;
  const { amzDate: amzDate2, scope, s3PathRule } = signingContext(input);
  const expires = input.expiresInSeconds;
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_EXPIRES_SECONDS) {
    throw new SigningInputError("expires", `${expires} is not a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_SECONDS} (7 days)`);
  }
  const { credentials } = input;
  const hash = (_a = callerContentSha256(input)) != null ? _a : payloadHash(input.body, !!input.unsignedPayload || input.service === S3_SERVICE);
  const headers = canonicalHeaders([["host", input.host], ...input.headers]);
  const added = [
    queryPair(QUERY.algorithm, ALGORITHM),
    queryPair(QUERY.credential, `${credentials.accessKeyId}/${scope}`),
    queryPair(QUERY.date, amzDate2),
    queryPair(QUERY.expires, String(expires))
  ];
  if (credentials.sessionToken) added.push(queryPair(QUERY.securityToken, credentials.sessionToken));
  added.push(queryPair(QUERY.signedHeaders, headers.signedHeaders));
  const canonical = canonicalRequest({
    method: input.method,
    uri: canonicalUri(input.path, s3PathRule),
    query: canonicalQueryString(parseWireQuery(input.query).concat(added)),
    headers,
    payloadHash: hash
  });
  const { stringToSign: stringToSign2, signature } = signCanonicalRequest(input, amzDate2, scope, canonical);
  const query = (input.query === "" ? [] : [input.query]).concat(added.map(([key, value]) => key + "=" + value), [QUERY.signature + "=" + signature]).join("&");
  return { canonicalRequest: canonical, stringToSign: stringToSign2, signature, signedHeaders: headers.signedHeaders, scope, amzDate: amzDate2, query };
}

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
function dnsSuffix(region) {
  for (const [pattern, suffix] of PARTITION_SUFFIXES) if (pattern.test(region)) return suffix;
  return "amazonaws.com";
}

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
  const last2 = labels[labels.length - 1];
  return known(endpointPrefix) || known(last2) || (labels.length > 1 && last2 === "iot" ? "iotdata" : last2);
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
function resolveScope(host, explicit) {
  const inferred = inferScope(host);
  const region = explicit.region || inferred.region;
  const service = explicit.service || inferred.service || "execute-api";
  if (!region) {
    throw new SigningInputError("region", `cannot be inferred from the host ${host}; set it, e.g. us-east-1`);
  }
  return { region, service };
}

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
function variableReferences(text2) {
  const names = [];
  const pattern = /\{\{([^{}]+)\}\}/g;
  let match;
  while (match = pattern.exec(text2)) if (names.indexOf(match[1]) < 0) names.push(match[1]);
  return names;
}
var REDACTED_TOKEN = "<aws_session_token>";

// src/postman/wire.ts
var PATH_EXTRA = ' "#<>?`{}';
var QUERY_EXTRA = ` "#'<>`;
function postmanEncode(text2, extra) {
  return percentEncodeBytes(utf8Bytes(text2), (b) => b >= 32 && b < 127 && extra.indexOf(String.fromCharCode(b)) < 0);
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
var NEVER_SIGNED = /^(user-agent|postman-token|accept-encoding|connection|keep-alive|via|x-forwarded-.*|cache-control|authorization|expect|te|trailer|transfer-encoding|upgrade|proxy-.*|x-amz-cf-id|x-amzn-trace-id)$/;
var SIGNED_BY_DEFAULT = /^(host|x-amz-.*)$/;
function readVariable(variables, name) {
  const raw = variables.get(name);
  if (raw === void 0 || raw === null) return void 0;
  const text2 = String(raw);
  return (text2.indexOf("{{") >= 0 ? variables.replaceIn(text2) : text2).trim();
}
function readText(variables, name) {
  const value = readVariable(variables, name);
  if (value !== void 0) refuseUnresolved(name, value);
  return value;
}
function refuseUnresolved(name, value) {
  const unresolved = variableReferences(value)[0];
  if (unresolved !== void 0) {
    throw new SigningProblem(`${name} refers to {{${unresolved}}}, which is not defined. Define ${unresolved} in the environment or the collection variables.`);
  }
}
function parseBoolean(value) {
  if (value === "" || /^(false|0|no|off)$/i.test(value)) return false;
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  return void 0;
}
function readBoolean(variables, name) {
  const value = readText(variables, name);
  const parsed = value === void 0 ? false : parseBoolean(value);
  if (parsed === void 0) throw new SigningProblem(`${name} is "${value}", which is not a boolean. Set it to true or false.`);
  return parsed;
}
function skipRequested(variables) {
  return readBoolean(variables, VARIABLE.skip);
}
function readSettings(variables) {
  const adjustments = [];
  return {
    region: readRegion(variables),
    service: (readText(variables, VARIABLE.service) || "").toLowerCase() || void 0,
    signingHost: readSigningHost(variables, adjustments),
    originPath: readOriginPath(variables),
    signedHeaders: readSignedHeaders(variables),
    unsignedPayload: readBoolean(variables, VARIABLE.unsignedPayload),
    cloudfrontOac: readBoolean(variables, VARIABLE.cloudfrontOac),
    debug: readBoolean(variables, VARIABLE.debug),
    adjustments
  };
}
function readRegion(variables) {
  const region = (readText(variables, VARIABLE.region) || "").toLowerCase();
  if (!region) return void 0;
  if (!isRegionName(region)) throw new SigningProblem(`${VARIABLE.region} "${region}" is not a region name like us-east-1. Set it to the API's region, e.g. us-east-1.`);
  return region;
}
function readSigningHost(variables, adjustments) {
  const value = readText(variables, VARIABLE.signingHost);
  if (!value) return void 0;
  const withoutScheme = value.replace(URL_SCHEME, "");
  const slash = withoutScheme.search(/[/?#]/);
  const host = slash < 0 ? withoutScheme : withoutScheme.slice(0, slash);
  const path = slash < 0 ? "" : withoutScheme.slice(slash).replace(/[?#].*$/, "").replace(/\/+$/, "");
  if (host !== value) {
    const pathHint = path ? `, and ${VARIABLE.originPath} to ${path} if CloudFront's origin path is ${path}` : "";
    throw new SigningProblem(`${VARIABLE.signingHost} must be a host name only, without a scheme or path: set it to ${host}${pathHint}.`);
  }
  try {
    validateHost(host);
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    throw new SigningProblem(`${VARIABLE.signingHost} ${error.problem}. Set it to the host API Gateway sees, e.g. abc123.execute-api.us-east-1.amazonaws.com.`);
  }
  const signed = withoutDefaultPort(host.toLowerCase());
  if (signed !== host.toLowerCase()) {
    adjustments.push(`${VARIABLE.signingHost} ${host} names a default port, which the Host header API Gateway sees never carries: signed for ${signed}.`);
  }
  return signed;
}
function readOriginPath(variables) {
  const value = readText(variables, VARIABLE.originPath);
  if (!value) return "";
  const fix = `Set it to CloudFront's origin path as shown in the distribution's origin settings, e.g. /prod`;
  if (value[0] !== "/") throw new SigningProblem(`${VARIABLE.originPath} "${value}" must start with "/". ${fix}.`);
  if (value.length > 1 && value[value.length - 1] === "/") {
    throw new SigningProblem(`${VARIABLE.originPath} "${value}" must not end with "/" (CloudFront refuses such an origin path). ${fix}.`);
  }
  if (value === "/") throw new SigningProblem(`${VARIABLE.originPath} "/" is not an origin path. Leave it empty, or ${fix[0].toLowerCase()}${fix.slice(1)}.`);
  if (/[?#]/.test(value)) throw new SigningProblem(`${VARIABLE.originPath} "${value}" must be a path only, without "?" or "#". ${fix}.`);
  const unsafe = /[^A-Za-z0-9\-._~!()*'/%]/.exec(value);
  if (unsafe) {
    throw new SigningProblem(`${VARIABLE.originPath} "${value}" contains "${unsafe[0]}", which CloudFront may re-encode before API Gateway sees it. Use letters, digits and - . _ ~ ! ( ) * ' in the origin path, or percent-encode the character.`);
  }
  return value;
}
function readSignedHeaders(variables) {
  const value = readText(variables, VARIABLE.signedHeaders);
  if (!value) return [];
  const names = [];
  for (const item of value.split(",")) {
    const name = item.trim().toLowerCase();
    if (name === "" || SIGNED_BY_DEFAULT.test(name)) continue;
    if (!isHeaderName(name)) {
      throw new SigningProblem(`${VARIABLE.signedHeaders} names "${item.trim()}", which is not a header name. List header names separated by commas, e.g. content-type,x-api-key.`);
    }
    if (NEVER_SIGNED.test(name)) {
      throw new SigningProblem(`${VARIABLE.signedHeaders} names ${name}, which Postman, CloudFront or API Gateway change on the way, so its signature can never match. Remove ${name} from ${VARIABLE.signedHeaders}.`);
    }
    if (names.indexOf(name) < 0) names.push(name);
  }
  return names;
}

// src/postman/authLocation.ts
var HEADER2 = { kind: "header" };
var DEFAULT_EXPIRES_SECONDS = 900;
function readAuthLocation(variables) {
  const value = (readText(variables, VARIABLE.authLocation) || "").toLowerCase();
  if (value === "" || value === "header") return HEADER2;
  if (value !== "query") {
    throw new SigningProblem(`${VARIABLE.authLocation} is "${value}", which is neither header nor query. Set it to query for a presigned URL, or to header (or leave it empty) for the Authorization header.`);
  }
  return { kind: "query", expiresInSeconds: readExpires(variables) };
}
function readExpires(variables) {
  const value = readText(variables, VARIABLE.presignExpires);
  if (value === void 0 || value === "") return DEFAULT_EXPIRES_SECONDS;
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_PRESIGN_EXPIRES_SECONDS)) {
    throw new SigningProblem(
      `${VARIABLE.presignExpires} is "${value}", which is not a whole number of seconds from 1 to ${MAX_PRESIGN_EXPIRES_SECONDS} (7 days, the most AWS accepts). Set it to how long the URL should stay valid, e.g. 900.`
    );
  }
  return seconds;
}

// src/postman/body.ts
var METHODS_WITHOUT_BODY = ["GET", "COPY", "HEAD", "PURGE", "UNLOCK"];
var RAW_CONTENT_TYPE = {
  html: "text/html",
  text: "text/plain",
  json: "application/json",
  javascript: "application/javascript",
  xml: "application/xml"
};
var EMPTY = { text: "" };
function prunedBodyNote(method) {
  return `SigV4: Postman does not send a ${method} body unless the request's disableBodyPruning setting is on, which a script cannot see, so it was signed as empty. Send the body with POST, or the signature fails when that setting is on.`;
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
function wireBody(request, random, unreadable = unreadableForSigning) {
  var _a, _b, _c, _d;
  const body = request.body;
  if (!body || body.disabled || body.isEmpty()) return EMPTY;
  if (METHODS_WITHOUT_BODY.indexOf(request.method) >= 0) return { text: "", prunedBody: true };
  switch (body.mode) {
    case "raw":
      return { text: typeof body.raw === "string" ? body.raw : JSON.stringify(body.raw), defaultContentType: RAW_CONTENT_TYPE[((_b = (_a = body.options) == null ? void 0 : _a.raw) == null ? void 0 : _b.language) || "text"] || RAW_CONTENT_TYPE.text };
    case "urlencoded":
      return urlencoded(enabled((_c = body.urlencoded) == null ? void 0 : _c.all()));
    case "graphql":
      return { text: graphql(body.graphql || {}), defaultContentType: "application/json" };
    case "formdata":
      return formdata(enabled((_d = body.formdata) == null ? void 0 : _d.all()), request.headers.all(), random, unreadable);
    case "file":
      throw unreadable("a file body");
    default:
      return EMPTY;
  }
}
function enabled(items) {
  return (items || []).filter((item) => item && !item.disabled);
}
function unreadableForSigning(what) {
  return new SigningProblem(
    `The request has ${what}, which a Postman script cannot read, so its hash cannot be signed. Send the content as a raw body, or set ${VARIABLE.unsignedPayload} to true if the service accepts UNSIGNED-PAYLOAD (S3 does; API Gateway does not).`
  );
}
function urlencoded(params) {
  if (params.length === 0) return EMPTY;
  const broken = params.find(({ key, value }) => LONE_SURROGATE.test(String(key)) || LONE_SURROGATE.test(String(value != null ? value : "")));
  if (broken) throw new SigningProblem(`The urlencoded field "${String(broken.key).replace(LONE_SURROGATE, "?")}" holds a broken character (half of a UTF-16 pair). Retype the text.`);
  const form = {};
  for (const { key, value } of params) {
    const name = String(key);
    if (!Object.prototype.hasOwnProperty.call(form, name)) form[name] = value;
    else form[name] = [].concat(form[name], value);
  }
  const text2 = Object.keys(form).map(
    (name) => [].concat(form[name]).map((value) => uriEncode(name) + "=" + uriEncode(value === void 0 || value === null ? "" : String(value))).join("&")
  ).join("&");
  return { text: text2, defaultContentType: "application/x-www-form-urlencoded" };
}
function graphql(content) {
  if (typeof content.variables !== "string") {
    return JSON.stringify({ query: content.query, operationName: content.operationName, variables: content.variables });
  }
  const parts = [];
  if (typeof content.query === "string") parts.push('"query":' + JSON.stringify(content.query));
  if (typeof content.operationName === "string") parts.push('"operationName":' + JSON.stringify(content.operationName));
  if (content.variables !== "") parts.push('"variables":' + content.variables);
  return "{" + parts.join(",") + "}";
}
var BOUNDARY_IN_CONTENT_TYPE = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/;
function formdata(params, headers, random, unreadable) {
  if (params.length === 0) return EMPTY;
  if (params.some((param) => param.type === "file")) throw unreadable("a formdata file field");
  const contentType = headers.filter((h) => !h.disabled && h.key.toLowerCase() === "content-type").pop();
  const named = contentType && BOUNDARY_IN_CONTENT_TYPE.exec(String(contentType.value));
  let boundary = named ? named[1] || named[2] : "";
  const parts = params.map((param) => {
    const value = typeof param.value === "string" ? param.value : safeJson(param.value);
    const type = param.contentType && typeof param.contentType === "string" ? `Content-Type: ${param.contentType}\r
` : "";
    return { head: `Content-Disposition: form-data; name="${param.key}"\r
${type}\r
`, value: value || "" };
  });
  for (let attempt = 0; !boundary || parts.some((part) => part.value.indexOf(boundary) >= 0); attempt++) {
    if (attempt === 10) throw new SigningProblem("The formdata fields keep containing the multipart boundary. Send the content as a raw body.");
    boundary = randomBoundary(random);
  }
  const text2 = parts.map((part) => `--${boundary}\r
${part.head}${part.value}\r
`).join("") + `--${boundary}--\r
`;
  return { text: text2, multipartContentType: `multipart/form-data; boundary=${boundary}` };
}
function safeJson(value) {
  var _a;
  try {
    return (_a = JSON.stringify(value)) != null ? _a : "";
  } catch (error) {
    return "";
  }
}
function randomBoundary(random) {
  let boundary = "--------------------------";
  for (let i = 0; i < 24; i++) boundary += Math.floor(random() * 10);
  return boundary;
}

// src/credentials/cache.ts
var REFRESH_WINDOW_MS = 5 * 60 * 1e3;
var CredentialCache = class {
  constructor() {
    this.entries = /* @__PURE__ */ Object.create(null);
  }
  /** Credentials for the key that stay valid beyond the refresh window, else undefined. */
  get(key, nowMs) {
    const entry = this.entries[key];
    if (!entry) return void 0;
    if (entry.expiration && entry.expiration.getTime() - nowMs < REFRESH_WINDOW_MS) {
      delete this.entries[key];
      return void 0;
    }
    return entry;
  }
  set(key, credentials) {
    this.entries[key] = credentials;
  }
};

// src/credentials/types.ts
var ServiceError = class extends Error {
  constructor(code, message, status) {
    super(message);
    this.name = "ServiceError";
    this.code = code;
    this.status = status;
  }
};
var MalformedAnswer = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MalformedAnswer";
  }
};
var ChallengeRequired = class extends Error {
  constructor(challenge) {
    super(`Cognito asks for the ${challenge} challenge`);
    this.name = "ChallengeRequired";
    this.challenge = challenge;
  }
};

// src/credentials/awsJson.ts
function readJsonAnswer(answer, what) {
  var _a, _b;
  const body = parseObject(answer.body);
  if (answer.status >= 200 && answer.status < 300) {
    if (!body) throw new MalformedAnswer(`${what} answered HTTP ${answer.status} with a body that is not a JSON object`);
    return body;
  }
  const type = body && typeof body.__type === "string" ? body.__type : void 0;
  if (!type) throw new MalformedAnswer(`${what} answered HTTP ${answer.status} without an AWS error code`);
  const code = type.replace(/^.*#/, "").replace(/:.*$/, "");
  const message = body && typeof ((_a = body.message) != null ? _a : body.Message) === "string" ? String((_b = body.message) != null ? _b : body.Message) : "";
  throw new ServiceError(code, message, answer.status);
}
function parseObject(text2) {
  try {
    const value = JSON.parse(text2);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function requireString(object, field, what) {
  const value = object ? object[field] : void 0;
  if (typeof value !== "string" || value === "") throw new MalformedAnswer(`${what} has no ${field}`);
  return value;
}

// src/credentials/expiration.ts
var RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
function parseTimestamp(value, field) {
  const date = typeof value === "string" && RFC3339.test(value) ? new Date(value) : void 0;
  if (!date || isNaN(date.getTime())) throw new MalformedAnswer(`its ${field} is not an RFC 3339 timestamp`);
  return date;
}
function parseEpochSeconds(value, field) {
  if (typeof value !== "number" || !isFinite(value) || value <= 0) throw new MalformedAnswer(`its ${field} is not a time in epoch seconds`);
  return new Date(Math.round(value * 1e3));
}

// src/credentials/containerCredentials.ts
var WHAT = "The credentials endpoint";
function parseContainerCredentials(answer) {
  const body = parseObject(answer.body);
  if (answer.status !== 200) {
    const code = body && typeof body.Code === "string" ? body.Code : `HTTP ${answer.status}`;
    const message = body && typeof body.Message === "string" ? body.Message : "no error message";
    throw new ServiceError(code, message, answer.status);
  }
  if (!body) throw new MalformedAnswer(`${WHAT} answered with a body that is not a JSON object`);
  return {
    accessKeyId: requireString(body, "AccessKeyId", `${WHAT}'s answer`),
    secretAccessKey: requireString(body, "SecretAccessKey", `${WHAT}'s answer`),
    // A string, as the SDK requires; empty for long-term keys (what `credentials serve` sends for a static profile).
    sessionToken: readToken(body),
    expiration: parseTimestamp(body.Expiration, "Expiration")
  };
}
function readToken(body) {
  if (typeof body.Token !== "string") throw new MalformedAnswer(`${WHAT}'s answer has no Token`);
  return body.Token || void 0;
}

// src/credentials/xml.ts
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(text2) {
  return text2.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 1114111 ? String.fromCodePoint(code) : reference;
    }
    return Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : reference;
  });
}
function elementText(scope, name) {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(scope);
  return match ? unescapeXml(match[1].trim()) : void 0;
}
function requireElement(scope, name, what) {
  const text2 = elementText(scope, name);
  if (!text2) throw new MalformedAnswer(`${what} has no ${name}`);
  return text2;
}

// src/credentials/stsAssumeRole.ts
function assumeRoleForm(parameters) {
  const fields = [
    ["Action", "AssumeRole"],
    ["Version", "2011-06-15"],
    ["RoleArn", parameters.roleArn],
    ["RoleSessionName", parameters.roleSessionName]
  ];
  if (parameters.durationSeconds !== void 0) fields.push(["DurationSeconds", String(parameters.durationSeconds)]);
  if (parameters.externalId !== void 0) fields.push(["ExternalId", parameters.externalId]);
  return fields.map(([key, value]) => `${key}=${uriEncode(value)}`).join("&");
}
var WHAT2 = "STS's AssumeRole answer";
function parseAssumeRoleResponse(answer) {
  const errorXml = /<Error>([\s\S]*?)<\/Error>/.exec(answer.body);
  if (answer.status < 200 || answer.status >= 300 || errorXml) {
    const code = errorXml ? elementText(errorXml[1], "Code") : void 0;
    if (!errorXml || !code) throw new MalformedAnswer(`STS answered HTTP ${answer.status} without an error code`);
    throw new ServiceError(code, elementText(errorXml[1], "Message") || "", answer.status);
  }
  const credentials = /<Credentials>([\s\S]*?)<\/Credentials>/.exec(answer.body);
  if (!/<AssumeRoleResult>/.test(answer.body) || !credentials) throw new MalformedAnswer(`${WHAT2} has no AssumeRoleResult with Credentials`);
  const xml = credentials[1];
  return {
    accessKeyId: requireElement(xml, "AccessKeyId", WHAT2),
    secretAccessKey: requireElement(xml, "SecretAccessKey", WHAT2),
    sessionToken: requireElement(xml, "SessionToken", WHAT2),
    expiration: parseTimestamp(elementText(xml, "Expiration"), "Expiration")
  };
}

// src/credentials/cognitoUserPool.ts
var USER_POOL_ID = new RegExp(`^(${REGION_NAME})_[0-9A-Za-z]+$`);
function userPoolRegion(userPoolId) {
  const match = USER_POOL_ID.exec(userPoolId);
  return match ? match[1] : void 0;
}
var INITIATE_AUTH_TARGET = "AWSCognitoIdentityProviderService.InitiateAuth";
function secretHash(clientSecret, username, clientId) {
  return base64(hmac(toBytes(clientSecret), username + clientId));
}
function initiateAuthBody(signIn) {
  const parameters = { USERNAME: signIn.username, PASSWORD: signIn.password };
  if (signIn.clientSecret) parameters.SECRET_HASH = secretHash(signIn.clientSecret, signIn.username, signIn.clientId);
  return JSON.stringify({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: signIn.clientId, AuthParameters: parameters });
}
function parseInitiateAuth(answer) {
  const body = readJsonAnswer(answer, "Cognito InitiateAuth");
  if (typeof body.ChallengeName === "string" && body.ChallengeName) throw new ChallengeRequired(body.ChallengeName);
  const result = body.AuthenticationResult;
  if (!result || typeof result !== "object") throw new MalformedAnswer("Cognito InitiateAuth answered with neither AuthenticationResult nor ChallengeName");
  return requireString(result, "IdToken", "Cognito InitiateAuth's AuthenticationResult");
}

// src/credentials/cognitoIdentity.ts
var IDENTITY_POOL_ID = new RegExp(`^(${REGION_NAME}):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);
function identityPoolRegion(identityPoolId) {
  const match = IDENTITY_POOL_ID.exec(identityPoolId);
  return match ? match[1] : void 0;
}
var GET_ID_TARGET = "AWSCognitoIdentityService.GetId";
var GET_CREDENTIALS_TARGET = "AWSCognitoIdentityService.GetCredentialsForIdentity";
function userPoolLoginsKey(region, userPoolId) {
  return `cognito-idp.${region}.${dnsSuffix(region)}/${userPoolId}`;
}
function getIdBody(identityPoolId, logins) {
  return JSON.stringify(logins ? { IdentityPoolId: identityPoolId, Logins: logins } : { IdentityPoolId: identityPoolId });
}
function parseGetId(answer) {
  return requireString(readJsonAnswer(answer, "Cognito GetId"), "IdentityId", "Cognito GetId's answer");
}
function getCredentialsBody(identityId, logins) {
  return JSON.stringify(logins ? { IdentityId: identityId, Logins: logins } : { IdentityId: identityId });
}
function parseGetCredentials(answer) {
  const body = readJsonAnswer(answer, "Cognito GetCredentialsForIdentity");
  const credentials = body.Credentials;
  const what = "Cognito GetCredentialsForIdentity's Credentials";
  if (!credentials || typeof credentials !== "object") throw new MalformedAnswer("Cognito GetCredentialsForIdentity answered without Credentials");
  const fields = credentials;
  return {
    accessKeyId: requireString(fields, "AccessKeyId", what),
    secretAccessKey: requireString(fields, "SecretKey", what),
    sessionToken: requireString(fields, "SessionToken", what),
    expiration: parseEpochSeconds(fields.Expiration, "Expiration")
  };
}

// src/postman/credentials/vault.ts
var VAULT_REFERENCE = /^\{\{vault:([^{}]+)\}\}$/;
function vaultName(variable, value) {
  const match = VAULT_REFERENCE.exec(value.trim());
  if (match) return match[1];
  if (value.indexOf("{{vault:") >= 0) {
    throw new SigningProblem(`${variable} mixes a {{vault:...}} reference with other text. A Vault secret can only be the whole value: set ${variable} to exactly {{vault:NAME}} and keep the whole secret in Vault.`);
  }
  return void 0;
}
function readVault(pm, secret, done) {
  const name = secret.vaultName;
  const vault = pm.vault;
  if (!vault || typeof vault.get !== "function") {
    done(
      new SigningProblem(
        `${secret.variable} is {{vault:${name}}}, but this runner cannot read Postman Vault (newman has no Vault). Pass the value instead: --env-var "${secret.variable}=..." from your CI's secret store, or run with \`postman-sigv4 run --profile NAME\`.`
      )
    );
    return;
  }
  let reported = false;
  const guarded2 = (handler) => {
    try {
      handler();
    } catch (failure) {
      if (reported) return;
      reported = true;
      done(failure);
    }
  };
  vault.get(name).then(
    (value) => guarded2(() => {
      if (value === void 0 || value === null || String(value).trim() === "") {
        done(new SigningProblem(`${secret.variable} is {{vault:${name}}}, but Postman Vault has no secret named ${name}. Add it in Vault (the key icon in the footer), or fix the name.`));
      } else done(null, String(value).trim());
    }),
    (error) => guarded2(() => {
      const reason = error instanceof Error ? error.message : String(error);
      done(
        new SigningProblem(
          `${secret.variable} is {{vault:${name}}}, and reading it from Postman Vault failed: ${reason}. In the Postman app, allow scripts to read Vault: turn on "Enable support in scripts" in the Vault settings and allow this collection. The Postman CLI cannot read Vault: pass the value with --env-var "${secret.variable}=..." from your CI's secret store instead.`
        )
      );
    })
  );
}

// src/postman/credentials/credentialSource.ts
var SET_IT = "Set it in the active environment (as a secret) or as a collection variable";
function readSecret(variables, variable) {
  const raw = variables.get(variable);
  if (raw === void 0 || raw === null) return void 0;
  const text2 = String(raw);
  if (text2.indexOf("{{") < 0) return text2.trim() ? { variable, text: text2.trim() } : void 0;
  const direct = vaultName(variable, text2);
  if (direct) return { variable, vaultName: direct };
  const resolved = variables.replaceIn(text2).trim();
  const indirect = vaultName(variable, resolved);
  if (indirect) return { variable, vaultName: indirect };
  refuseUnresolved(variable, resolved);
  return resolved ? { variable, text: resolved } : void 0;
}
function requireSecret(variables, variable, why) {
  const secret = readSecret(variables, variable);
  if (!secret) throw new SigningProblem(`${variable} is not set${why}. ${SET_IT}.`);
  return secret;
}
function readPlain(variables, variable) {
  return readText(variables, variable) || void 0;
}
function readCredentialSource(variables) {
  const keys = [VARIABLE.accessKeyId, VARIABLE.secretAccessKey, VARIABLE.sessionToken].map((name) => readSecret(variables, name));
  const keysSet = keys.filter((secret) => secret !== void 0).map((secret) => secret.variable);
  const url = readPlain(variables, VARIABLE.credentialsUrl);
  const identityPoolId = readPlain(variables, VARIABLE.cognitoIdentityPoolId);
  const sources = [keysSet.length ? keysSet[0] : void 0, url && VARIABLE.credentialsUrl, identityPoolId && VARIABLE.cognitoIdentityPoolId].filter(Boolean);
  if (sources.length > 1) {
    throw new SigningProblem(`${sources[0]} and ${sources[1]} are both set, but a request takes its credentials from one source. Clear one of them (an environment can set it to an empty value to override a collection variable).`);
  }
  const base = url ? { kind: "endpoint", url, token: readSecret(variables, VARIABLE.credentialsToken) } : identityPoolId ? readCognito(variables, identityPoolId) : readKeys(keys[0], keys[1], keys[2]);
  const role = readRole(variables);
  if (role && base.kind === "cognito") {
    throw new SigningProblem(`${VARIABLE.roleArn} is set together with ${VARIABLE.cognitoIdentityPoolId}: the identity pool already chooses the role. Clear ${VARIABLE.roleArn}, or change the role in the identity pool's settings.`);
  }
  return { base, role, secrets: secretsOf(base) };
}
function readKeys(accessKeyId, secretAccessKey, sessionToken) {
  if (!accessKeyId) {
    const alternatives = secretAccessKey ? "" : `, or set ${VARIABLE.credentialsUrl} or ${VARIABLE.cognitoIdentityPoolId} to fetch temporary credentials`;
    throw new SigningProblem(`${VARIABLE.accessKeyId} is not set. ${SET_IT}${alternatives}.`);
  }
  if (!secretAccessKey) throw new SigningProblem(`${VARIABLE.secretAccessKey} is not set. ${SET_IT}.`);
  return { kind: "keys", accessKeyId, secretAccessKey, sessionToken };
}
function readCognito(variables, identityPoolId) {
  const region = identityPoolRegion(identityPoolId);
  if (!region) {
    throw new SigningProblem(`${VARIABLE.cognitoIdentityPoolId} "${identityPoolId}" is not an identity pool id. Copy it from the identity pool's overview: REGION:GUID, e.g. us-east-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.`);
  }
  const userPoolId = readPlain(variables, VARIABLE.cognitoUserPoolId);
  const idToken = readSecret(variables, VARIABLE.cognitoIdToken);
  const username = readPlain(variables, VARIABLE.cognitoUsername);
  const password = readSecret(variables, VARIABLE.cognitoPassword);
  const clientId = readPlain(variables, VARIABLE.cognitoClientId);
  if (!userPoolId) {
    const stray = [idToken && VARIABLE.cognitoIdToken, username && VARIABLE.cognitoUsername, password && VARIABLE.cognitoPassword, clientId && VARIABLE.cognitoClientId].filter(Boolean)[0];
    if (stray) throw new SigningProblem(`${stray} is set, but ${VARIABLE.cognitoUserPoolId} is not. Set ${VARIABLE.cognitoUserPoolId} to the user pool that signs users in (e.g. us-east-1_AbCdEf123), or clear ${stray} for an unauthenticated identity.`);
    return { kind: "cognito", identityPoolId, region };
  }
  const userPoolRegionName = userPoolRegion(userPoolId);
  if (!userPoolRegionName) {
    throw new SigningProblem(`${VARIABLE.cognitoUserPoolId} "${userPoolId}" is not a user pool id. Copy it from the user pool's overview: REGION_ID, e.g. us-east-1_AbCdEf123.`);
  }
  if (idToken) {
    if (password) throw new SigningProblem(`${VARIABLE.cognitoIdToken} and ${VARIABLE.cognitoPassword} are both set. Sign in one way: clear ${VARIABLE.cognitoPassword} to use the ID token, or clear ${VARIABLE.cognitoIdToken} to sign in with the password.`);
    return { kind: "cognito", identityPoolId, region, signIn: { userPoolId, region: userPoolRegionName, idToken } };
  }
  const how = ` to sign in to ${VARIABLE.cognitoUserPoolId}; or set ${VARIABLE.cognitoIdToken} instead`;
  if (!username) throw new SigningProblem(`${VARIABLE.cognitoUsername} is not set${how}. ${SET_IT}.`);
  if (!clientId) throw new SigningProblem(`${VARIABLE.cognitoClientId} is not set${how}. Set it to the user pool app client's id.`);
  return {
    kind: "cognito",
    identityPoolId,
    region,
    signIn: {
      userPoolId,
      region: userPoolRegionName,
      clientId,
      username,
      password: requireSecret(variables, VARIABLE.cognitoPassword, how),
      clientSecret: readSecret(variables, VARIABLE.cognitoClientSecret)
    }
  };
}
var ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
var SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
var EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
function readRole(variables) {
  const roleArn = readPlain(variables, VARIABLE.roleArn);
  if (!roleArn) return void 0;
  if (!ROLE_ARN.test(roleArn)) throw new SigningProblem(`${VARIABLE.roleArn} "${roleArn}" is not a role ARN. Copy it from the role's summary, e.g. arn:aws:iam::123456789012:role/ApiCaller.`);
  const roleSessionName = readPlain(variables, VARIABLE.roleSessionName) || "postman-sigv4";
  if (!SESSION_NAME.test(roleSessionName)) {
    throw new SigningProblem(`${VARIABLE.roleSessionName} "${roleSessionName}" is not a role session name: use 2 to 64 letters, digits and + = , . @ _ -.`);
  }
  const duration = readPlain(variables, VARIABLE.roleDurationSeconds);
  const durationSeconds = duration === void 0 ? 3600 : Number(duration);
  if (!/^\d+$/.test(duration != null ? duration : "3600") || durationSeconds < 900 || durationSeconds > 43200) {
    throw new SigningProblem(`${VARIABLE.roleDurationSeconds} "${duration}" is not a number of seconds from 900 to 43200 (STS's limits; the role's maximum session duration may be lower). Leave it empty for 3600.`);
  }
  const externalId = readPlain(variables, VARIABLE.roleExternalId);
  if (externalId !== void 0 && !EXTERNAL_ID.test(externalId)) {
    throw new SigningProblem(`${VARIABLE.roleExternalId} is not an external id STS accepts: use 2 to 1224 letters, digits and + = , . @ : / - _ (copy it from the role's trust policy).`);
  }
  return { roleArn, roleSessionName, externalId, durationSeconds };
}
function secretsOf(base) {
  const all = base.kind === "keys" ? [base.accessKeyId, base.secretAccessKey, base.sessionToken] : base.kind === "endpoint" ? [base.token] : base.signIn ? "idToken" in base.signIn ? [base.signIn.idToken] : [base.signIn.password, base.signIn.clientSecret] : [];
  return all.filter((secret) => secret !== void 0);
}

// src/postman/freeze.ts
function freezeRequest(request, variables) {
  const unresolved = [];
  const resolve = (text2) => {
    if (text2.indexOf("{{") < 0) return text2;
    const value = variables.replaceIn(text2);
    for (const name of variableReferences(value)) if (unresolved.indexOf(name) < 0) unresolved.push(name);
    return value;
  };
  request.url.update(resolve(request.url.toString()));
  freezeHeaders(request, resolve);
  if (request.body) freezeBody(request.body, resolve);
  return unresolved;
}
function freezeHeaders(request, resolve) {
  const all = request.headers.all();
  if (!all.some((header) => {
    var _a;
    return !header.disabled && (header.key + String((_a = header.value) != null ? _a : "")).indexOf("{{") >= 0;
  })) return;
  const headers = all.map((header) => {
    var _a;
    const copy = header.disabled ? { key: header.key, value: header.value, disabled: true } : { key: resolve(header.key), value: resolve(String((_a = header.value) != null ? _a : "")) };
    if (header.system) copy.system = true;
    return copy;
  });
  request.headers.remove(() => true);
  for (const header of headers) request.headers.add(header);
}
function freezeBody(body, resolve) {
  var _a, _b;
  if (body.disabled) return;
  switch (body.mode) {
    case "raw":
      if (typeof body.raw === "string") body.raw = resolve(body.raw);
      return;
    case "urlencoded":
      (_a = body.urlencoded) == null ? void 0 : _a.each((param) => {
        if (param.disabled) return;
        if (typeof param.key === "string") param.key = resolve(param.key);
        if (typeof param.value === "string") param.value = resolve(param.value);
      });
      return;
    case "formdata":
      (_b = body.formdata) == null ? void 0 : _b.each((param) => {
        if (param.disabled) return;
        if (typeof param.key === "string") param.key = resolve(param.key);
        if (param.type !== "file" && typeof param.value === "string") param.value = resolve(param.value);
      });
      return;
    case "graphql": {
      const graphql2 = body.graphql;
      if (!graphql2) return;
      if (typeof graphql2.query === "string") graphql2.query = resolve(graphql2.query);
      if (typeof graphql2.variables === "string") graphql2.variables = resolve(graphql2.variables);
      if (typeof graphql2.operationName === "string") graphql2.operationName = resolve(graphql2.operationName);
      return;
    }
  }
}

// src/postman/headers.ts
var SIGNATURE_HEADERS = [HEADER.authorization, HEADER.amzDate, HEADER.securityToken].map((name) => name.toLowerCase());
function removeSignatureHeaders(request) {
  request.headers.remove((header) => {
    const name = header.key.toLowerCase();
    return SIGNATURE_HEADERS.indexOf(name) >= 0 || name === CONTENT_SHA256 && header.system === true;
  });
}
function ownContentSha256(request) {
  const own = request.headers.all().filter((header) => !header.disabled && header.system !== true && header.key.toLowerCase() === CONTENT_SHA256);
  return own.length ? own.map((header) => {
    var _a;
    return String((_a = header.value) != null ? _a : "");
  }).join(",").trim() : void 0;
}
function hasSigV4Authorization(request) {
  return request.headers.all().some((header) => header.key.toLowerCase() === "authorization" && /^AWS4-HMAC-SHA256 /.test(String(header.value)));
}
function prepareHeaders(request, body) {
  const headers = request.headers;
  removeSignatureHeaders(request);
  const host = headers.all().find((header) => !header.disabled && header.key.toLowerCase() === "host");
  if (host) {
    throw new SigningProblem(
      `The request sets a Host header (${host.value}). Postman sends it as is, so CloudFront cannot route the request. Remove the header and set ${VARIABLE.signingHost} to ${host.value} instead.`
    );
  }
  if (body.multipartContentType) {
    headers.remove((header) => header.key.toLowerCase() === "content-type");
    headers.add({ key: "Content-Type", value: body.multipartContentType });
  }
}
function headersToSign(request, named, body) {
  const sent = () => request.headers.all().filter((header) => !header.disabled);
  if (named.indexOf("content-type") >= 0 && !sent().some((header) => header.key.toLowerCase() === "content-type") && body.defaultContentType) {
    request.headers.add({ key: "Content-Type", value: body.defaultContentType });
  }
  const signed = sent().filter((header) => {
    const name = header.key.toLowerCase();
    return name.indexOf("x-amz-") === 0 || named.indexOf(name) >= 0;
  });
  for (const header of signed) refuseUnsignable(header, signed);
  return signed.map((header) => {
    var _a;
    return [header.key, String((_a = header.value) != null ? _a : "")];
  });
}
function refuseUnsignable(header, signed) {
  var _a;
  const other = signed.find((candidate) => candidate.key !== header.key && candidate.key.toLowerCase() === header.key.toLowerCase());
  if (other) {
    throw new SigningProblem(`The request sets the signed header ${header.key} twice, also as ${other.key}; Postman sends only one of them. Keep a single spelling.`);
  }
  if (/[^\t\x20-\x7e]/.test(String((_a = header.value) != null ? _a : ""))) {
    throw new SigningProblem(`The signed header ${header.key} holds characters outside printable ASCII, whose bytes on the wire vary. Percent-encode the value, or stop signing the header.`);
  }
}
function applySignature(request, signed) {
  for (const [key, value] of signed) request.headers.add({ key, value, system: true });
  request.authorizeUsing("noauth");
}

// src/postman/queryAuth.ts
var QUERY_AUTH_NAMES = Object.keys(QUERY).map((name) => QUERY[name].toLowerCase());
function splitUrl(url) {
  const text2 = url.toString();
  const hash = text2.indexOf("#");
  const beforeHash = hash < 0 ? text2 : text2.slice(0, hash);
  const fragment = hash < 0 ? "" : text2.slice(hash);
  const mark = beforeHash.indexOf("?");
  return mark < 0 ? { base: beforeHash, query: void 0, fragment } : { base: beforeHash.slice(0, mark), query: beforeHash.slice(mark + 1), fragment };
}
function removeQueryAuth(url) {
  const { base, query, fragment } = splitUrl(url);
  if (query === void 0) return false;
  const items = query.split("&");
  const kept = items.filter((item) => QUERY_AUTH_NAMES.indexOf(item.split("=")[0].toLowerCase()) < 0);
  if (kept.length === items.length) return false;
  const rest = kept.filter((item) => item !== "").join("&");
  url.update(base + (rest === "" ? "" : "?" + rest) + fragment);
  return true;
}
function setWireQuery(url, query) {
  const { base, fragment } = splitUrl(url);
  url.update(base + "?" + query + fragment);
  const target = wireTarget(url);
  if (target.query !== query) {
    throw new SigningProblem("The presigned query would not be sent as signed (the URL re-encodes it). Please report this with the request URL shape.");
  }
  return target;
}
function wireUrl(url, target) {
  return `${url.protocol || "http"}://${target.host}${target.path}?${target.query}`;
}

// src/postman/originAccessControl.ts
var CREDENTIAL_VARIABLES = [
  VARIABLE.accessKeyId,
  VARIABLE.secretAccessKey,
  VARIABLE.sessionToken,
  VARIABLE.credentialsUrl,
  VARIABLE.credentialsToken,
  VARIABLE.cognitoIdentityPoolId,
  VARIABLE.roleArn
];
function prepareForOriginAccessControl(pm, settings, location, effects, log) {
  const { request, variables } = pm;
  if (location.kind === "query") {
    throw new SigningProblem(
      `${VARIABLE.authLocation} is query, but ${VARIABLE.cloudfrontOac} is true: CloudFront's origin access control signs the origin request, so there is nothing to presign. Clear one of the two.`
    );
  }
  variables.unset(VARIABLE.canonicalRequest);
  variables.unset(VARIABLE.stringToSign);
  variables.unset(VARIABLE.presignedUrl);
  if (removeQueryAuth(request.url)) log(`SigV4: removed the X-Amz-* query parameters of a presigned URL: ${VARIABLE.cloudfrontOac} is true, so CloudFront signs.`);
  const own = ownContentSha256(request);
  const unsigned = own !== void 0 ? own === UNSIGNED_PAYLOAD : settings.unsignedPayload;
  const body = unsigned ? { text: "" } : wireBody(request, effects.random, unreadableWithOac);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const hash = payloadHash(body.text, unsigned);
  if (own === void 0) {
    request.headers.add({ key: HEADER.contentSha256, value: hash, system: true });
  } else if (!acceptsContentSha256(own, () => hash)) {
    throw new SigningProblem(
      `The request's own X-Amz-Content-Sha256 header is "${own}", which is neither the SHA-256 of the body as sent (${hash}) nor UNSIGNED-PAYLOAD, so the function URL would refuse CloudFront's signature. Remove the header (with ${VARIABLE.cloudfrontOac} true the script sends the body's hash), or correct it.`
    );
  }
  request.authorizeUsing("noauth");
  if (settings.debug) log(debugLine(variables, own === void 0 ? hash : own, own !== void 0));
}
function unreadableWithOac(what) {
  return new SigningProblem(
    `The request has ${what}, which a Postman script cannot read, so it cannot send the body's SHA-256 in x-amz-content-sha256 for CloudFront's origin access control to sign (${VARIABLE.cloudfrontOac} is true). Send the content as a raw body; a Lambda function URL refuses UNSIGNED-PAYLOAD (only for an origin that accepts it, such as S3, set ${VARIABLE.unsignedPayload} to true).`
  );
}
function debugLine(variables, sent, fromRequest) {
  const unused = CREDENTIAL_VARIABLES.filter((name) => {
    const value = variables.get(name);
    return value !== void 0 && value !== null && String(value).trim() !== "";
  });
  return `SigV4: ${VARIABLE.cloudfrontOac} is true: sent no signature, only x-amz-content-sha256: ${sent}${fromRequest ? " (the request's own header)" : ""}; CloudFront's origin access control signs the origin request.` + (unused.length ? ` Not used: ${unused.join(", ")} (CloudFront signs with its own credentials).` : "");
}

// src/postman/signWire.ts
function signWire(settings, credentials, request, date) {
  const host = settings.signingHost || request.target.host;
  const signed = withFieldNames(settings, host, () => signRequest(signingInput(settings, credentials, request, host, date)));
  const token = credentials.sessionToken;
  const redactedCanonicalRequest = token ? signed.canonicalRequest.split(token).join(REDACTED_TOKEN) : signed.canonicalRequest;
  return { host, signed, redactedCanonicalRequest };
}
function requestScope(settings, host) {
  return withFieldNames(settings, host, () => resolveScope(host, { region: settings.region, service: settings.service }));
}
function signingInput(settings, credentials, request, host, date) {
  var _a;
  const { region, service } = request.scope || resolveScope(host, { region: settings.region, service: settings.service });
  return {
    method: request.method,
    path: encodeWirePath(settings.originPath) + request.target.path,
    query: request.target.query,
    headers: request.headers,
    body: request.body,
    host,
    credentials,
    region,
    service,
    date,
    unsignedPayload: (_a = request.unsignedPayload) != null ? _a : settings.unsignedPayload
  };
}
function describe(error, settings, host) {
  switch (error.field) {
    case "accessKeyId":
      return `${VARIABLE.accessKeyId} ${error.problem}. Copy the access key id again.`;
    case "secretAccessKey":
      return `${VARIABLE.secretAccessKey} ${error.problem}. Copy the secret access key again.`;
    case "sessionToken":
      return `${VARIABLE.sessionToken} ${error.problem}. Copy the session token again, or leave it empty for long-term credentials.`;
    case "region":
      return settings.region ? `${VARIABLE.region} ${error.problem}. Set it to the API's region, e.g. us-east-1.` : `${VARIABLE.region} is not set, and the signing host ${host} names no region. Set ${VARIABLE.region} to the API's region, e.g. us-east-1, or set ${VARIABLE.signingHost} to the API Gateway host, which names it.`;
    case "service":
      return `${VARIABLE.service} ${error.problem}. Set it to the service's signing name, e.g. execute-api, or leave it empty.`;
    case "signingHost":
      return `The request URL host ${error.problem}. Fix the request URL, or set ${VARIABLE.signingHost}.`;
    case "header":
      return `A request header ${error.problem}. Fix or remove that header.`;
    case "contentSha256":
      return `The request's own X-Amz-Content-Sha256 header ${error.problem}, so AWS would refuse it. Remove the header (the script sets it where the service needs it), or set it to the body's SHA-256 in lowercase hex.`;
    case "method":
      return `The request method ${error.problem}.`;
    default:
      return `The request ${error.field} ${error.problem}.`;
  }
}
function withFieldNames(settings, host, sign) {
  try {
    return sign();
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    throw new SigningProblem(describe(error, settings, host));
  }
}

// src/postman/presignWire.ts
function presignsUnsignedPayload(settings, host) {
  return settings.unsignedPayload || (settings.service || inferScope(host).service) === S3_SERVICE;
}
function presignWire(settings, credentials, request, date, expiresInSeconds) {
  const host = settings.signingHost || request.target.host;
  const presigned = withFieldNames(settings, host, () => presignRequest({ ...signingInput(settings, credentials, request, host, date), expiresInSeconds }));
  return { host, presigned, redactedCanonicalRequest: redactQueryToken(presigned.canonicalRequest, credentials.sessionToken) };
}
function redactQueryToken(text2, token) {
  return token ? text2.split(uriEncode(token)).join(REDACTED_TOKEN) : text2;
}

// src/postman/presignPostmanRequest.ts
function presignPostmanRequest(pm, settings, credentials, expiresInSeconds, effects, log) {
  const { request, variables } = pm;
  removeQueryAuth(request.url);
  const target = wireTarget(request.url);
  const own = ownContentSha256(request);
  const unsigned = own !== void 0 ? own === UNSIGNED_PAYLOAD : presignsUnsignedPayload(settings, settings.signingHost || target.host);
  const body = unsigned ? { text: "" } : wireBody(request, effects.random);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);
  const { host, presigned, redactedCanonicalRequest } = presignWire(settings, credentials, { method: request.method, target, headers, body: body.text }, effects.now(), expiresInSeconds);
  const sent = setWireQuery(request.url, presigned.query);
  request.authorizeUsing("noauth");
  const redactedUrl = redactQueryToken(wireUrl(request.url, sent), credentials.sessionToken);
  variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
  variables.set(VARIABLE.stringToSign, presigned.stringToSign);
  variables.set(VARIABLE.presignedUrl, redactedUrl);
  if (settings.debug) {
    log(`SigV4: presigned for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ""}, valid ${expiresInSeconds} s; sent to ${target.host}.`);
    log(`SigV4 presigned URL (in ${VARIABLE.presignedUrl}):
${redactedUrl}`);
    log(`SigV4 canonical request:
${redactedCanonicalRequest}`);
    log(`SigV4 string to sign:
${presigned.stringToSign}`);
  }
}

// src/postman/credentials/send.ts
var CALL_TIMEOUT_MS = 1e4;
var CallFailed = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CallFailed";
  }
};
function send(pm, call, done) {
  let answered = false;
  const answer = (error, value) => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    done(error, value);
  };
  const timer = setTimeout(() => answer(new CallFailed(`${call.endpoint.host} did not answer within ${CALL_TIMEOUT_MS / 1e3} s`)), CALL_TIMEOUT_MS);
  const header = call.headers.map(([key, value]) => ({ key, value }));
  if (!pm.sendRequest) {
    answer(new CallFailed("this runner has no pm.sendRequest"));
    return;
  }
  try {
    sendOnce(pm, call, header, answer);
  } catch (failure) {
    answer(new CallFailed(`could not send to ${call.endpoint.host} (${failure instanceof Error ? failure.message : String(failure)})`));
  }
}
function sendAndRead(pm, call, read, failure, done) {
  send(pm, call, (error, answer) => {
    if (error) return done(failure(error));
    let value;
    try {
      value = read(answer);
    } catch (refused) {
      return done(failure(refused, answer));
    }
    done(null, value);
  });
}
function sendOnce(pm, call, header, answer) {
  pm.sendRequest({ url: call.endpoint.url, method: call.method, header, body: call.body === void 0 ? void 0 : { mode: "raw", raw: call.body } }, (error, response) => {
    if (error || !response) {
      const reason = error && (error.code || error.message) || "no response";
      return answer(new CallFailed(`could not reach ${call.endpoint.host} (${reason})`));
    }
    let text2;
    try {
      text2 = response.text();
    } catch (failure) {
      return answer(failure);
    }
    answer(null, { status: response.code, body: text2 });
  });
}

// src/postman/credentials/credentialFailure.ts
var has = (table, key) => !!table && Object.prototype.hasOwnProperty.call(table, key);
function callFailure(error, context) {
  if (error instanceof SigningProblem) return error;
  if (error instanceof ServiceError) {
    const variable = has(context.variableForCode, error.code) ? context.variableForCode[error.code] : context.variable;
    const fixText = has(context.fixForCode, error.code) ? context.fixForCode[error.code] : context.fixRefused;
    const fix = fixText ? ` ${fixText}` : "";
    const text2 = awsMessage(error.message);
    const message = text2 ? `: ${text2.replace(/\.?$/, ".")}` : ` (HTTP ${error.status}).`;
    return new SigningProblem(`${variable}: ${context.call} failed with ${error.code}${message}${fix}`);
  }
  if (error instanceof ChallengeRequired) {
    return new SigningProblem(
      `${VARIABLE.cognitoUsername}: Cognito answered the sign-in with the ${error.challenge} challenge, which a script cannot answer. Complete it once in your app's sign-in (or with the AWS CLI), or sign in elsewhere and set ${VARIABLE.cognitoIdToken} to the ID token instead of the password.`
    );
  }
  if (error instanceof MalformedAnswer) return new SigningProblem(`${context.variable}: ${error.message}, so no credentials could be read from ${context.call}.`);
  if (error instanceof CallFailed) return new SigningProblem(`${context.variable}: ${context.call} failed: ${error.message}. ${context.fixUnreachable}`);
  return error;
}
function awsMessage(message) {
  return message.split(/\n\s*\n|The Canonical String for this request/)[0].trim();
}

// src/postman/credentials/endpoint.ts
var URL_PARTS = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/?#:@[\]\s]+)(?::(\d{1,5}))?(\/[^?#]*)?$/i;
function isLoopback(hostname) {
  if (hostname === "localhost" || hostname === "[::1]") return true;
  const octets = hostname.split(".");
  return octets.length === 4 && octets[0] === "127" && octets.every((octet) => /^\d{1,3}$/.test(octet) && Number(octet) <= 255);
}
function quotable(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[\s\S]*@/i, "$1...@").replace(/([?#]).*$/, "$1...");
}
function parseEndpoint(variable, url) {
  const parts = URL_PARTS.exec(url);
  if (!parts) {
    throw new SigningProblem(`${variable} "${quotable(url)}" is not an http(s) URL without a query. Set it to the full URL, e.g. https://sts.us-east-1.amazonaws.com or http://127.0.0.1:9911/.`);
  }
  const scheme = parts[1].toLowerCase();
  const hostname = parts[2].toLowerCase();
  if (scheme === "http" && !isLoopback(hostname)) {
    throw new SigningProblem(`${variable} uses http to ${hostname}, which is not a loopback address: credentials would cross the network unencrypted. Use https, or http only to 127.0.0.1, localhost or [::1].`);
  }
  const host = hostname + (parts[3] !== void 0 ? ":" + parts[3] : "");
  return { url, host, path: encodeWirePath(parts[4] || "/"), region: inferScope(hostname).region };
}

// src/postman/credentials/assumeRole.ts
var FORM = "application/x-www-form-urlencoded; charset=utf-8";
function assumeRole(pm, base, role, endpointUrl, requestRegion, date, fetchedBase, done) {
  const endpoint = parseEndpoint(VARIABLE.stsEndpoint, endpointUrl || `https://sts.${requestRegion}.${dnsSuffix(requestRegion)}`);
  const body = assumeRoleForm({ roleArn: role.roleArn, roleSessionName: role.roleSessionName, externalId: role.externalId, durationSeconds: role.durationSeconds });
  const signed = signBaseCall({ fetchedBase, endpointVariable: endpointUrl ? VARIABLE.stsEndpoint : VARIABLE.region }, () => signRequest({
    method: "POST",
    path: endpoint.path,
    query: "",
    headers: [["Content-Type", FORM]],
    body,
    host: endpoint.host,
    credentials: base,
    region: endpoint.region || requestRegion,
    service: "sts",
    date
  }));
  const context = {
    variable: VARIABLE.roleArn,
    call: "STS AssumeRole",
    variableForCode: fetchedBase ? { SignatureDoesNotMatch: VARIABLE.credentialsUrl, InvalidClientTokenId: VARIABLE.credentialsUrl, ExpiredToken: VARIABLE.credentialsUrl } : { SignatureDoesNotMatch: VARIABLE.secretAccessKey, InvalidClientTokenId: VARIABLE.accessKeyId, ExpiredToken: VARIABLE.sessionToken },
    fixForCode: {
      AccessDenied: `Check that the role's trust policy lets these base credentials assume it, and set ${VARIABLE.roleExternalId} if the role requires an external id.`,
      SignatureDoesNotMatch: fetchedBase ? "STS did not accept the signature made with the credentials endpoint's credentials: check this computer's clock and the endpoint's profile." : `The base credentials' secret key is wrong (or this computer's clock is off): copy ${VARIABLE.secretAccessKey} again.`,
      InvalidClientTokenId: fetchedBase ? "STS does not know the credentials endpoint's access key: check the profile it serves." : `The base credentials' access key id is unknown to STS: copy ${VARIABLE.accessKeyId} again.`,
      ExpiredToken: fetchedBase ? "The credentials endpoint's credentials have expired: refresh its profile (aws sso login)." : `The base credentials have expired: refresh them (${VARIABLE.sessionToken}).`
    },
    fixUnreachable: endpointUrl ? `Fix ${VARIABLE.stsEndpoint}, or clear it to use STS in the request's region.` : "Check the network, or set aws_sts_endpoint to a reachable STS endpoint."
  };
  sendAndRead(pm, { endpoint, method: "POST", headers: [["Content-Type", FORM], ...signed.headers], body }, parseAssumeRoleResponse, (error) => callFailure(error, context), done);
}
function signBaseCall(source, sign) {
  try {
    return sign();
  } catch (error) {
    if (!(error instanceof SigningInputError)) throw error;
    const cannot = `so the call to STS AssumeRole for ${VARIABLE.roleArn} cannot be signed`;
    const answerField = ANSWER_FIELDS[error.field];
    if (source.fetchedBase && answerField) {
      throw new SigningProblem(`${VARIABLE.credentialsUrl}: the ${answerField} the credentials endpoint returned ${error.problem}, ${cannot}. Check the profile it serves.`);
    }
    const variable = error.field === "accessKeyId" ? VARIABLE.accessKeyId : error.field === "secretAccessKey" ? VARIABLE.secretAccessKey : error.field === "sessionToken" ? VARIABLE.sessionToken : source.endpointVariable;
    throw new SigningProblem(`${variable} ${error.problem}, ${cannot}. Fix ${variable}.`);
  }
}
var ANSWER_FIELDS = { accessKeyId: "AccessKeyId", secretAccessKey: "SecretAccessKey", sessionToken: "Token" };

// src/postman/credentials/cognitoCredentials.ts
function callJson(pm, endpoint, target, body, context, parse, done) {
  const headers = [
    ["Content-Type", "application/x-amz-json-1.1"],
    ["X-Amz-Target", target]
  ];
  sendAndRead(pm, { endpoint, method: "POST", headers, body }, parse, (error) => callFailure(error, context), done);
}
var unreachable = (variable) => `Check the network, or fix ${variable} if set.`;
function fetchFromCognito(pm, inputs, done) {
  const identity = parseEndpoint(VARIABLE.cognitoIdentityEndpoint, inputs.identityEndpoint || `https://cognito-identity.${inputs.region}.${dnsSuffix(inputs.region)}/`);
  const withToken = (idToken) => {
    const logins = idToken ? { [userPoolLoginsKey(inputs.userPoolRegion, inputs.userPoolId)]: idToken } : void 0;
    const context2 = {
      // An ID token the script got with the password is the user pool's doing, not a variable to fix.
      variable: inputs.password ? VARIABLE.cognitoUserPoolId : idToken ? VARIABLE.cognitoIdToken : VARIABLE.cognitoIdentityPoolId,
      call: "Cognito GetId",
      variableForCode: { ResourceNotFoundException: VARIABLE.cognitoIdentityPoolId },
      fixForCode: {
        ResourceNotFoundException: `Copy ${VARIABLE.cognitoIdentityPoolId} from the identity pool's overview, and check its region.`,
        NotAuthorizedException: idToken ? `Check that the identity pool lists the user pool ${inputs.userPoolId} and its app client as an identity provider${inputs.password ? "" : ", and that the ID token has not expired"}.` : `Turn on guest (unauthenticated) access in the identity pool, or set ${VARIABLE.cognitoUserPoolId} and sign in.`
      },
      fixUnreachable: unreachable(VARIABLE.cognitoIdentityEndpoint)
    };
    callJson(pm, identity, GET_ID_TARGET, getIdBody(inputs.identityPoolId, logins), context2, parseGetId, (error, identityId) => {
      if (error) return done(error);
      callJson(pm, identity, GET_CREDENTIALS_TARGET, getCredentialsBody(identityId, logins), { ...context2, call: "Cognito GetCredentialsForIdentity" }, parseGetCredentials, done);
    });
  };
  if (!inputs.password) return withToken(inputs.idToken);
  const idp = parseEndpoint(VARIABLE.cognitoIdpEndpoint, inputs.idpEndpoint || `https://cognito-idp.${inputs.userPoolRegion}.${dnsSuffix(inputs.userPoolRegion)}/`);
  const signIn = inputs.password;
  const context = {
    variable: VARIABLE.cognitoPassword,
    call: "Cognito InitiateAuth",
    variableForCode: { ResourceNotFoundException: VARIABLE.cognitoClientId, UserNotFoundException: VARIABLE.cognitoUsername, InvalidParameterException: VARIABLE.cognitoClientId },
    fixForCode: {
      NotAuthorizedException: `Check ${VARIABLE.cognitoUsername} and ${VARIABLE.cognitoPassword}; if the app client has a secret, set ${VARIABLE.cognitoClientSecret}.`,
      ResourceNotFoundException: `Check ${VARIABLE.cognitoClientId} and ${VARIABLE.cognitoUserPoolId}.`,
      InvalidParameterException: `Allow USER_PASSWORD_AUTH in the app client's authentication flows (ALLOW_USER_PASSWORD_AUTH).`
    },
    fixUnreachable: unreachable(VARIABLE.cognitoIdpEndpoint)
  };
  callJson(pm, idp, INITIATE_AUTH_TARGET, initiateAuthBody(signIn), context, parseInitiateAuth, (error, idToken) => {
    if (error) return done(error);
    withToken(idToken);
  });
}

// src/postman/credentials/credentialsEndpoint.ts
function fetchFromEndpoint(pm, url, token, done) {
  const endpoint = parseEndpoint(VARIABLE.credentialsUrl, url);
  const headers = [["Accept", "application/json"]];
  if (token) headers.push(["Authorization", token]);
  const context = {
    variable: VARIABLE.credentialsUrl,
    call: `the credentials endpoint ${endpoint.host}`,
    fixUnreachable: `Start it (\`postman-sigv4 credentials serve\`) or fix ${VARIABLE.credentialsUrl}.`
  };
  const refusedToken = {
    ...context,
    variable: VARIABLE.credentialsToken,
    variableForCode: { ForeignHost: VARIABLE.credentialsUrl },
    fixForCode: { ForeignHost: "", WrongToken: "", MissingToken: "" },
    fixRefused: `Set ${VARIABLE.credentialsToken} to the token the endpoint printed at start (the aws_credentials_token=... line).`
  };
  const failure = (error, answer) => callFailure(error, answer && (answer.status === 401 || answer.status === 403) ? refusedToken : context);
  sendAndRead(pm, { endpoint, method: "GET", headers }, parseContainerCredentials, failure, done);
}

// src/postman/credentials/resolveCredentials.ts
var cache = new CredentialCache();
function readSecrets(pm, secrets, done) {
  const next = (index) => {
    const secret = secrets[index];
    if (!secret) return done(null);
    if (secret.vaultName === void 0) return next(index + 1);
    readVault(pm, secret, (error, value) => {
      if (error) return done(error);
      secret.text = value;
      next(index + 1);
    });
  };
  next(0);
}
function cached(key, now, variable, what, refresh, fetch, done) {
  const kept = cache.get(key, now().getTime());
  if (kept) return done(null, { ...kept, fromCache: true });
  guarded(done, () => fetch((error, credentials) => {
    if (error) return done(error);
    const expiration = credentials.expiration;
    if (expiration && expiration.getTime() <= now().getTime()) {
      return done(new SigningProblem(`${variable}: ${what} returned credentials that expired at ${expiration.toISOString()}. ${refresh}, and check this computer's clock.`));
    }
    cache.set(key, credentials);
    done(null, { ...credentials, fromCache: false });
  }));
}
function guarded(done, start) {
  try {
    start();
  } catch (failure) {
    done(failure);
  }
}
var digest = (parts) => sha256Hex(JSON.stringify(parts));
var text = (secret) => secret && secret.text;
function describe2(what, credentials) {
  const until = credentials.expiration ? `, valid until ${credentials.expiration.toISOString()}` : "";
  return `${what}${credentials.fromCache ? " (kept from an earlier request)" : ""}${until}`;
}
var signingCredentials = ({ accessKeyId, secretAccessKey, sessionToken }) => ({ accessKeyId, secretAccessKey, sessionToken });
function resolveCredentials(pm, source, requestRegion, now, done) {
  const endpoints = {
    sts: readText(pm.variables, VARIABLE.stsEndpoint) || void 0,
    cognitoIdentity: readText(pm.variables, VARIABLE.cognitoIdentityEndpoint) || void 0,
    cognitoIdp: readText(pm.variables, VARIABLE.cognitoIdpEndpoint) || void 0
  };
  readSecrets(pm, source.secrets, (error) => error ? done(error) : guarded(done, () => {
    const base = source.base;
    const withBase = (credentials, what2, description, key2) => {
      if (!source.role) return done(null, { credentials: signingCredentials(credentials), description, expiration: credentials.expiration });
      const role = source.role;
      const roleKey = digest(["role", key2, role.roleArn, role.roleSessionName, role.externalId, role.durationSeconds, endpoints.sts, requestRegion]);
      cached(roleKey, now, VARIABLE.roleArn, "STS AssumeRole", "Check the STS endpoint", (fetched) => assumeRole(pm, credentials, role, endpoints.sts, requestRegion, now(), base.kind === "endpoint", fetched), (error2, assumed) => {
        if (error2) return done(error2);
        done(null, { credentials: signingCredentials(assumed), description: describe2(`role ${role.roleArn} assumed with ${what2}`, assumed), expiration: assumed.expiration });
      });
    };
    if (base.kind === "keys") {
      const credentials = { accessKeyId: text(base.accessKeyId), secretAccessKey: text(base.secretAccessKey), sessionToken: text(base.sessionToken) };
      return withBase(credentials, "static keys", "static keys", digest(["keys", credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]));
    }
    if (base.kind === "endpoint") {
      const token = text(base.token);
      const key2 = digest(["endpoint", base.url, token]);
      return cached(
        key2,
        now,
        VARIABLE.credentialsUrl,
        "the credentials endpoint",
        "Refresh the credentials it serves (for an SSO profile: aws sso login)",
        (fetched) => fetchFromEndpoint(pm, base.url, token, fetched),
        (error2, credentials) => error2 ? done(error2) : guarded(done, () => withBase(credentials, "the credentials endpoint", describe2("the credentials endpoint", credentials), key2))
      );
    }
    const signIn = base.signIn;
    const inputs = {
      identityPoolId: base.identityPoolId,
      region: base.region,
      userPoolId: signIn && signIn.userPoolId,
      userPoolRegion: signIn && signIn.region,
      idToken: signIn && "idToken" in signIn ? text(signIn.idToken) : void 0,
      password: signIn && "password" in signIn ? { clientId: signIn.clientId, username: signIn.username, password: text(signIn.password), clientSecret: text(signIn.clientSecret) } : void 0,
      identityEndpoint: endpoints.cognitoIdentity,
      idpEndpoint: endpoints.cognitoIdp
    };
    const key = digest(["cognito", JSON.stringify(inputs)]);
    const what = signIn ? `Cognito identity pool ${base.identityPoolId} (signed in to ${signIn.userPoolId})` : `Cognito identity pool ${base.identityPoolId} (unauthenticated identity)`;
    cached(
      key,
      now,
      VARIABLE.cognitoIdentityPoolId,
      "Cognito GetCredentialsForIdentity",
      "Check the identity pool endpoint",
      (fetched) => fetchFromCognito(pm, inputs, fetched),
      (error2, credentials) => error2 ? done(error2) : guarded(done, () => withBase(credentials, what, describe2(what, credentials), key))
    );
  }));
}

// src/postman/signPostmanRequest.ts
function signPostmanRequest(pm, effects, log, fail) {
  const { request, variables } = pm;
  if (skipRequested(variables)) {
    variables.unset(VARIABLE.canonicalRequest);
    variables.unset(VARIABLE.stringToSign);
    variables.unset(VARIABLE.presignedUrl);
    if (hasSigV4Authorization(request)) {
      removeSignatureHeaders(request);
      log(`SigV4: ${VARIABLE.skip} is true: removed the SigV4 headers the request still carried, and sent it unsigned.`);
    }
    return;
  }
  const settings = readSettings(variables);
  const location = readAuthLocation(variables);
  const source = settings.cloudfrontOac ? void 0 : readCredentialSource(variables);
  const unresolved = freezeRequest(request, variables);
  if (unresolved.length) {
    log(`SigV4: {{${unresolved.join("}}, {{")}}} ${unresolved.length > 1 ? "are" : "is"} not defined when the signer runs, so sent literally. If a folder or request script sets it, run the signer after that script.`);
  }
  if (!source) return prepareForOriginAccessControl(pm, settings, location, effects, log);
  const signWith = (credentials) => location.kind === "query" ? presignPostmanRequest(pm, settings, credentials, location.expiresInSeconds, effects, log) : signFrozenRequest(pm, settings, credentials, effects, log);
  const keys = staticKeys(source);
  if (keys) return signWith(keys);
  const { region } = requestScope(settings, settings.signingHost || wireTarget(request.url).host);
  const frozenUrl = request.url.toString();
  request.url.update(NOWHERE);
  resolveCredentials(pm, source, region, effects.now, (error, resolved) => {
    try {
      if (error) throw error;
      request.url.update(frozenUrl);
      if (settings.debug) log(`SigV4: credentials from ${resolved.description}.`);
      signWith(resolved.credentials);
      if (location.kind === "query") warnOfEarlierExpiry(resolved.expiration, location.expiresInSeconds, effects.now(), !!source.role, log);
    } catch (failure) {
      fail(failure);
    }
  });
}
function warnOfEarlierExpiry(expiration, expiresInSeconds, now, assumedRole, log) {
  if (!expiration || expiration.getTime() >= now.getTime() + expiresInSeconds * 1e3) return;
  log(
    `SigV4: the presigned URL says it is valid for ${expiresInSeconds} s, but the temporary credentials that signed it expire at ${expiration.toISOString()}, and AWS refuses it from then on. For a link that must last, lower ${VARIABLE.presignExpires}${assumedRole ? ` or raise ${VARIABLE.roleDurationSeconds}` : ""}, or sign it with long-term keys.`
  );
}
function staticKeys(source) {
  const base = source.base;
  if (source.role || base.kind !== "keys" || source.secrets.some((secret) => secret.vaultName !== void 0)) return void 0;
  return { accessKeyId: base.accessKeyId.text, secretAccessKey: base.secretAccessKey.text, sessionToken: base.sessionToken && base.sessionToken.text };
}
function signFrozenRequest(pm, settings, credentials, effects, log) {
  const { request, variables } = pm;
  if (removeQueryAuth(request.url)) log(`SigV4: removed the X-Amz-* query parameters of a presigned URL and signed in the Authorization header (${VARIABLE.authLocation} is header).`);
  const target = wireTarget(request.url);
  const scope = requestScope(settings, settings.signingHost || target.host);
  const own = ownContentSha256(request);
  const unsignedPayload = own !== void 0 ? own === UNSIGNED_PAYLOAD : settings.unsignedPayload || contentSha256Rule(scope.service) === "unsigned";
  const body = unsignedPayload ? { text: "" } : wireBody(request, effects.random);
  if (body.prunedBody) log(prunedBodyNote(request.method));
  prepareHeaders(request, body);
  const headers = headersToSign(request, settings.signedHeaders, body);
  const { host, signed, redactedCanonicalRequest } = signWire(settings, credentials, { method: request.method, target, headers, body: body.text, unsignedPayload, scope }, effects.now());
  applySignature(request, signed.headers);
  variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
  variables.set(VARIABLE.stringToSign, signed.stringToSign);
  variables.unset(VARIABLE.presignedUrl);
  if (settings.debug) {
    for (const adjustment of settings.adjustments) log(`SigV4: ${adjustment}`);
    log(`SigV4: signed for host ${host}${settings.originPath ? ` with origin path ${settings.originPath}` : ""}; sent to ${target.host}.`);
    log(`SigV4 canonical request:
${redactedCanonicalRequest}`);
    log(`SigV4 string to sign:
${signed.stringToSign}`);
  }
}

// src/entries/prerequest.ts
function run(pm, console) {
  const fail = (error) => failRequest(pm, "SigV4 signing", error);
  try {
    signPostmanRequest(pm, { now: () => /* @__PURE__ */ new Date(), random: Math.random }, (message) => console.log(message), fail);
  } catch (error) {
    fail(error);
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
    return entry.run(pm, console);
  })(require("crypto-js"), "postman-sigv4 prerequest 0.1.0 ffe941ac1b33");
};

exports.diagnose = function diagnose(pm, log) {
  requirePm(pm, "diagnose");
  var console = consoleOf(log);
  return (function (sandboxCryptoJs, key) {
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
    return entry.run(pm, console);
  })(require("crypto-js"), "postman-sigv4 diagnose 0.1.0 25e062983434");
};
