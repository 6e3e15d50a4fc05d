// The benchmark's floor (issue 25), never shipped: what any SigV4 pre-request script must do in
// pm, and nothing else. It reads the variables a signer for a host behind CloudFront reads,
// resolves the URL and the body once, and upserts the three headers with constant values of the
// real sizes. It hashes and signs nothing, so no signer can cost less.
var variables = pm.variables;
var accessKeyId = variables.get('aws_access_key_id');
var secretAccessKey = variables.get('aws_secret_access_key');
var sessionToken = variables.get('aws_session_token');
var region = variables.get('aws_region');
var service = variables.get('aws_service');
var signingHost = variables.get('sigv4_signing_host');
var originPath = variables.get('sigv4_origin_path');
var url = pm.request.url;
url.update(variables.replaceIn(url.toString()));
var body = pm.request.body && pm.request.body.raw ? variables.replaceIn(pm.request.body.raw) : '';
pm.request.headers.upsert({ key: 'X-Amz-Date', value: '20261204T000000Z' });
pm.request.headers.upsert({ key: 'X-Amz-Security-Token', value: sessionToken });
pm.request.headers.upsert({
  key: 'Authorization',
  value:
    'AWS4-HMAC-SHA256 Credential=' + accessKeyId + '/20261204/us-east-1/execute-api/aws4_request, ' +
    'SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, ' +
    'Signature=0000000000000000000000000000000000000000000000000000000000000000',
});
