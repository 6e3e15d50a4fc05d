// The benchmark's yardstick, never shipped: the cheapest SigV4 pre-request script worth the name.
// It signs host, x-amz-date and the session token only, canonicalizes naively (the path and query
// as typed, the query sorted as text), and makes the pm calls any signer makes: it reads its
// variables, resolves the URL, hashes with the sandbox's crypto-js and upserts its three headers.
var CryptoJS = require('crypto-js');
var url = pm.request.url;
url.update(pm.variables.replaceIn(url.toString()));
var secret = pm.variables.get('aws_secret_access_key');
var token = pm.variables.get('aws_session_token');
var region = pm.variables.get('aws_region');
var service = 'execute-api';
var amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
var day = amzDate.slice(0, 8);
var scope = [day, region, service, 'aws4_request'].join('/');
var host = url.getHost() + (url.port ? ':' + url.port : '');
var query = url.getQueryString().split('&').filter(Boolean).sort().join('&');
var body = pm.request.body && pm.request.body.raw ? pm.request.body.raw : '';
var signedHeaders = 'host;x-amz-date;x-amz-security-token';
var canonicalHeaders = 'host:' + host + '\nx-amz-date:' + amzDate + '\nx-amz-security-token:' + token + '\n';
var canonical = [pm.request.method, url.getPath(), query, canonicalHeaders, signedHeaders, CryptoJS.SHA256(body).toString()].join('\n');
var stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, CryptoJS.SHA256(canonical).toString()].join('\n');
var key = CryptoJS.HmacSHA256('aws4_request', CryptoJS.HmacSHA256(service, CryptoJS.HmacSHA256(region, CryptoJS.HmacSHA256(day, 'AWS4' + secret))));
var signature = CryptoJS.HmacSHA256(stringToSign, key).toString();
pm.request.headers.upsert({ key: 'X-Amz-Date', value: amzDate });
pm.request.headers.upsert({ key: 'X-Amz-Security-Token', value: token });
pm.request.headers.upsert({
  key: 'Authorization',
  value: 'AWS4-HMAC-SHA256 Credential=' + pm.variables.get('aws_access_key_id') + '/' + scope + ', SignedHeaders=' + signedHeaders + ', Signature=' + signature,
});
