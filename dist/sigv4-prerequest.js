// postman-sigv4 0.1.0: pre-request script. Paste at collection level (Scripts > Pre-request).
// https://github.com/postman-sigv4/postman-sigv4 - generated from src/ by `npm run build`; do not edit.
// Signs every request with AWS Signature V4 for the host and path the AWS service sees.
// Reads these variables (environment, collection or globals):
//   aws_access_key_id, aws_secret_access_key, aws_session_token (optional)
//   aws_region, aws_service (inferred from the signing host when empty)
//   sigv4_signing_host, sigv4_origin_path, sigv4_signed_headers
//   sigv4_unsigned_payload, sigv4_debug, sigv4_skip
// Sets the local variables sigv4_canonical_request and sigv4_string_to_sign (token redacted).
(function (store, key) {
  "use strict";
  var entry = store && store[key];
  if (!entry) {
    entry = (() => {
  var __create = Object.create;
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __getProtoOf = Object.getPrototypeOf;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
    get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
  }) : x)(function(x) {
    if (typeof require !== "undefined") return require.apply(this, arguments);
    throw Error('Dynamic require of "' + x + '" is not supported');
  });
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
    mod
  ));
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // src/entries/prerequest.ts
  var prerequest_exports = {};
  __export(prerequest_exports, {
    run: () => run
  });

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
  function toBytes(data) {
    return typeof data === "string" ? utf8Bytes(data) : data;
  }
  function isAscii(text) {
    return /^[\x00-\x7f]*$/.test(text);
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
  function hexValue(code) {
    if (code >= 48 && code <= 57) return code - 48;
    if (code >= 65 && code <= 70) return code - 55;
    if (code >= 97 && code <= 102) return code - 87;
    return -1;
  }
  function percentDecodeBytes(text, plusIsSpace) {
    const raw = utf8Bytes(text);
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
  function reencode(text, options) {
    return uriEncodeBytes(percentDecodeBytes(text, options.plusIsSpace), options.keepSlash);
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
  function canonicalComponent(text) {
    return reencode(text, { plusIsSpace: true, keepSlash: false });
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
  var SIGNER_OWNED_HEADERS = ["host", "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"];
  var S3_SERVICE = "s3";

  // src/sigv4/crypto.ts
  var import_crypto_js = __toESM(__require("crypto-js"));
  var WordArrayInit = import_crypto_js.default.lib.WordArray.init;
  function wordArray(data) {
    if (typeof data === "string" && isAscii(data)) return asciiWordArray(data);
    const bytes = toBytes(data);
    const words = new Array(bytes.length + 3 >>> 2);
    for (let w = 0, i = 0; w < words.length; w++, i += 4) {
      words[w] = bytes[i] << 24 | bytes[i + 1] << 16 | bytes[i + 2] << 8 | bytes[i + 3];
    }
    return new WordArrayInit(words, bytes.length);
  }
  function asciiWordArray(text) {
    const words = new Array(text.length + 3 >>> 2);
    for (let w = 0, i = 0; w < words.length; w++, i += 4) {
      words[w] = text.charCodeAt(i) << 24 | text.charCodeAt(i + 1) << 16 | text.charCodeAt(i + 2) << 8 | text.charCodeAt(i + 3);
    }
    return new WordArrayInit(words, text.length);
  }
  var sha256;
  function digest(...parts) {
    sha256 = sha256 || import_crypto_js.default.algo.SHA256.create();
    sha256.reset();
    for (let i = 0; i < parts.length - 1; i++) sha256.update(parts[i]);
    return sha256.finalize(parts[parts.length - 1]);
  }
  function sha256Hex(data) {
    return hex(digest(wordArray(data)));
  }
  var BLOCK_BYTES = 64;
  function keyedHmac(key) {
    const block = key.sigBytes > BLOCK_BYTES ? digest(key) : key;
    const keyWords = block.words;
    const keyBytes = block.sigBytes;
    const innerPad = [];
    const outerPad = [];
    for (let i = 0; i < BLOCK_BYTES / 4; i++) {
      const bytesInWord = Math.max(0, Math.min(4, keyBytes - i * 4));
      const word = bytesInWord === 0 ? 0 : keyWords[i] & 4294967295 << 32 - bytesInWord * 8;
      innerPad.push(word ^ 909522486);
      outerPad.push(word ^ 1549556828);
    }
    const inner = new WordArrayInit(innerPad, BLOCK_BYTES);
    const outer = new WordArrayInit(outerPad, BLOCK_BYTES);
    return (message) => digest(outer, digest(inner, wordArray(message)));
  }
  function hmac(key, message) {
    return keyedHmac(key)(message);
  }
  function hex(data) {
    let out = "";
    for (let i = 0; i < data.sigBytes; i += 4) out += ("0000000" + (data.words[i >>> 2] >>> 0).toString(16)).slice(-8);
    return out.slice(0, data.sigBytes * 2);
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

  // src/sigv4/amzDate.ts
  function amzDate(date) {
    if (!(date instanceof Date) || isNaN(date.getTime())) {
      throw new SigningInputError("date", "is not a valid date");
    }
    const text = date.toISOString().replace(/[-:]|\.\d{3}/g, "");
    if (!/^\d{8}T\d{6}Z$/.test(text)) throw new SigningInputError("date", `${text} is outside years 0000-9999`);
    return text;
  }

  // src/sigv4/signingKey.ts
  var last;
  function signerFor(secret, shortDate, region, service) {
    const scope = `${shortDate}/${region}/${service}`;
    if (last && last.secret === secret && last.scope === scope) return last.sign;
    let key = wordArray("AWS4" + secret);
    for (const part of [shortDate, region, service, KEY_TYPE]) key = hmac(key, part);
    const mac = keyedHmac(key);
    last = { secret, scope, sign: (message) => hex(mac(message)) };
    return last.sign;
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
    if (!/^[a-z0-9-]+$/.test(input.region)) {
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
    var _a;
    const { amzDate: amzDate2, scope, s3PathRule } = signingContext(input);
    const { credentials } = input;
    const hash = payloadHash(input.body, !!input.unsignedPayload);
    const added = [[HEADER.amzDate, amzDate2]];
    if (credentials.sessionToken) added.push([HEADER.securityToken, credentials.sessionToken]);
    if ((_a = input.contentSha256Header) != null ? _a : s3PathRule || input.unsignedPayload) added.push([HEADER.contentSha256, hash]);
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

  // src/sigv4/inferScope.ts
  var REGION = "(?<region>[a-z]{2}(?:-[a-z]+)+-\\d+)";
  var AWS_DOMAIN = "\\.amazonaws\\.com(?:\\.cn)?";
  var PATTERNS = [
    // {api-id}.execute-api.{region}.amazonaws.com, also {api-id}-{vpce-id}.execute-api...
    { pattern: new RegExp(`^[^.]+\\.execute-api\\.${REGION}${AWS_DOMAIN}$`), service: "execute-api" },
    // {url-id}.lambda-url.{region}.on.aws
    { pattern: new RegExp(`^[^.]+\\.lambda-url\\.${REGION}\\.on\\.aws$`), service: "lambda" },
    // s3.{region}, s3-{region}, s3.dualstack.{region}, s3-accesspoint.{region}, each with an optional bucket in front
    { pattern: new RegExp(`^(?:.+\\.)?s3(?:-accesspoint)?(?:\\.dualstack)?[.-]${REGION}${AWS_DOMAIN}$`), service: "s3" },
    // s3.amazonaws.com and {bucket}.s3.amazonaws.com: the global endpoint, in us-east-1
    { pattern: new RegExp(`^(?:.+\\.)?s3${AWS_DOMAIN}$`), service: "s3", region: "us-east-1" },
    // {domain}.{region}.es.amazonaws.com (OpenSearch) and {collection}.{region}.aoss.amazonaws.com
    { pattern: new RegExp(`^.+\\.${REGION}\\.(?<prefix>es|aoss)${AWS_DOMAIN}$`) },
    // {prefix}.{region}.amazonaws.com, {prefix}-fips.{region}..., {prefix}.{region}.api.aws
    { pattern: new RegExp(`^(?<prefix>.+?)(?:-fips)?\\.${REGION}(?:${AWS_DOMAIN}|\\.api\\.aws)$`) },
    // global endpoints: iam.amazonaws.com, sts.amazonaws.com, route53.amazonaws.com ...
    { pattern: new RegExp(`^(?<prefix>[a-z0-9-]+)${AWS_DOMAIN}$`), region: "us-east-1" }
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
    region: "aws_region",
    service: "aws_service",
    signingHost: "sigv4_signing_host",
    originPath: "sigv4_origin_path",
    signedHeaders: "sigv4_signed_headers",
    unsignedPayload: "sigv4_unsigned_payload",
    debug: "sigv4_debug",
    skip: "sigv4_skip",
    /** Set by the pre-request script for the diagnosis script, with the session token redacted. */
    canonicalRequest: "sigv4_canonical_request",
    stringToSign: "sigv4_string_to_sign"
  };
  function variableReferences(text) {
    const names = [];
    const pattern = /\{\{([^{}]+)\}\}/g;
    let match;
    while (match = pattern.exec(text)) if (names.indexOf(match[1]) < 0) names.push(match[1]);
    return names;
  }
  var REDACTED_TOKEN = "<aws_session_token>";

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
  var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
  function wireBody(request, random) {
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
        return formdata(enabled((_d = body.formdata) == null ? void 0 : _d.all()), request.headers.all(), random);
      case "file":
        throw unreadable("a file body");
      default:
        return EMPTY;
    }
  }
  function enabled(items) {
    return (items || []).filter((item) => item && !item.disabled);
  }
  function unreadable(what) {
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
    const text = Object.keys(form).map(
      (name) => [].concat(form[name]).map((value) => uriEncode(name) + "=" + uriEncode(value === void 0 || value === null ? "" : String(value))).join("&")
    ).join("&");
    return { text, defaultContentType: "application/x-www-form-urlencoded" };
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
  function formdata(params, headers, random) {
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
    const text = parts.map((part) => `--${boundary}\r
${part.head}${part.value}\r
`).join("") + `--${boundary}--\r
`;
    return { text, multipartContentType: `multipart/form-data; boundary=${boundary}` };
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

  // src/postman/freeze.ts
  function freezeRequest(request, variables) {
    const unresolved = [];
    const resolve = (text) => {
      if (text.indexOf("{{") < 0) return text;
      const value = variables.replaceIn(text);
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
    const headers = all.map(
      (header) => {
        var _a;
        return header.disabled ? { key: header.key, value: header.value, disabled: true } : { key: resolve(header.key), value: resolve(String((_a = header.value) != null ? _a : "")) };
      }
    );
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
  var SIGNATURE_HEADERS = [HEADER.authorization, HEADER.amzDate, HEADER.securityToken, HEADER.contentSha256].map((name) => name.toLowerCase());
  function removeSignatureHeaders(request) {
    request.headers.remove((header) => SIGNATURE_HEADERS.indexOf(header.key.toLowerCase()) >= 0);
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
    for (const [key, value] of signed) request.headers.add({ key, value });
    request.authorizeUsing("noauth");
  }

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
      throw new SigningProblem(`The request URL host "${hostname}" is not plain ASCII. Use its punycode (xn--) form in the URL.`);
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
    const text = String(raw);
    return (text.indexOf("{{") >= 0 ? variables.replaceIn(text) : text).trim();
  }
  function readText(variables, name) {
    const value = readVariable(variables, name);
    if (value === void 0) return void 0;
    const unresolved = variableReferences(value)[0];
    if (unresolved !== void 0) {
      throw new SigningProblem(`${name} refers to {{${unresolved}}}, which is not defined. Define ${unresolved} in the environment or the collection variables.`);
    }
    return value;
  }
  function readBoolean(variables, name) {
    const value = readText(variables, name);
    if (value === void 0 || value === "") return false;
    if (/^(true|1|yes|on)$/i.test(value)) return true;
    if (/^(false|0|no|off)$/i.test(value)) return false;
    throw new SigningProblem(`${name} is "${value}", which is not a boolean. Set it to true or false.`);
  }
  function readCredential(variables, name) {
    const value = readText(variables, name);
    if (value === void 0) {
      throw new SigningProblem(`${name} is not set. Set it in the active environment (as a secret) or as a collection variable.`);
    }
    if (value === "") throw new SigningProblem(`${name} is empty. Set it in the active environment (as a secret) or as a collection variable.`);
    return value;
  }
  function skipRequested(variables) {
    return readBoolean(variables, VARIABLE.skip);
  }
  function readSettings(variables) {
    const accessKeyId = readCredential(variables, VARIABLE.accessKeyId);
    const secretAccessKey = readCredential(variables, VARIABLE.secretAccessKey);
    const sessionToken = readText(variables, VARIABLE.sessionToken) || void 0;
    const adjustments = [];
    return {
      credentials: { accessKeyId, secretAccessKey, sessionToken },
      region: (readText(variables, VARIABLE.region) || "").toLowerCase() || void 0,
      service: (readText(variables, VARIABLE.service) || "").toLowerCase() || void 0,
      signingHost: readSigningHost(variables, adjustments),
      originPath: readOriginPath(variables),
      signedHeaders: readSignedHeaders(variables),
      unsignedPayload: readBoolean(variables, VARIABLE.unsignedPayload),
      debug: readBoolean(variables, VARIABLE.debug),
      adjustments
    };
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
    if (value === "/") throw new SigningProblem(`${VARIABLE.originPath} "/" is not an origin path. Leave it empty, or ${fix.toLowerCase()}.`);
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

  // src/postman/signWire.ts
  function signWire(settings, request, date) {
    const host = settings.signingHost || request.target.host;
    const signed = withFieldNames(settings, host, () => {
      const { region, service } = resolveScope(host, { region: settings.region, service: settings.service });
      return signRequest({
        method: request.method,
        path: encodeWirePath(settings.originPath) + request.target.path,
        query: request.target.query,
        headers: request.headers,
        body: request.body,
        host,
        credentials: settings.credentials,
        region,
        service,
        date,
        unsignedPayload: settings.unsignedPayload
      });
    });
    const token = settings.credentials.sessionToken;
    const redactedCanonicalRequest = token ? signed.canonicalRequest.split(token).join(REDACTED_TOKEN) : signed.canonicalRequest;
    return { host, signed, redactedCanonicalRequest };
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

  // src/postman/signPostmanRequest.ts
  function signPostmanRequest(pm, effects, log) {
    const { request, variables } = pm;
    if (skipRequested(variables)) {
      variables.unset(VARIABLE.canonicalRequest);
      variables.unset(VARIABLE.stringToSign);
      if (hasSigV4Authorization(request)) {
        removeSignatureHeaders(request);
        log(`SigV4: ${VARIABLE.skip} is true: removed the SigV4 headers the request still carried, and sent it unsigned.`);
      }
      return;
    }
    const settings = readSettings(variables);
    const unresolved = freezeRequest(request, variables);
    if (unresolved.length) {
      log(`SigV4: {{${unresolved.join("}}, {{")}}} ${unresolved.length > 1 ? "are" : "is"} not defined when the signer runs, so sent literally. If a folder or request script sets it, run the signer after that script.`);
    }
    const target = wireTarget(request.url);
    const body = settings.unsignedPayload ? { text: "" } : wireBody(request, effects.random);
    if (body.prunedBody) {
      log(`SigV4: Postman does not send a ${request.method} body unless the request's disableBodyPruning setting is on, which a script cannot see, so it was signed as empty. Send the body with POST, or the signature fails when that setting is on.`);
    }
    prepareHeaders(request, body);
    const headers = headersToSign(request, settings.signedHeaders, body);
    const { host, signed, redactedCanonicalRequest } = signWire(settings, { method: request.method, target, headers, body: body.text }, effects.now());
    applySignature(request, signed.headers);
    variables.set(VARIABLE.canonicalRequest, redactedCanonicalRequest);
    variables.set(VARIABLE.stringToSign, signed.stringToSign);
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
    try {
      signPostmanRequest(pm, { now: () => /* @__PURE__ */ new Date(), random: Math.random }, (message) => console.log(message));
    } catch (error) {
      failRequest(pm, "SigV4 signing", error);
    }
  }
  return __toCommonJS(prerequest_exports);
})();
    try {
      Object.defineProperty(store, key, { value: entry });
    } catch (error) {
      // Nothing to keep it on: the next request evaluates the script again.
    }
  }
  entry.run(pm, console);
})(require("crypto-js"), "postman-sigv4 prerequest 0.1.0 712f51e12cdf");
