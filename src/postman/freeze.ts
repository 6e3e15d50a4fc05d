import type { PmBody, PmHeader, PmRequest, PmVariables } from './sandbox';
import { variableReferences } from './variables';

/**
 * Resolves every `{{variable}}` of the request in place, once, so that what is signed is what is
 * sent: the runtime resolves variables only after pre-request scripts, and gives dynamic
 * variables such as {{$guid}} a fresh value when it does (postman-sandbox-facts §1).
 * Returns the names of references that stayed unresolved: they are sent literally.
 */
export function freezeRequest(request: PmRequest, variables: PmVariables): string[] {
  const unresolved: string[] = [];
  // replaceIn walks every variable scope: skip it for text that refers to none.
  const resolve = (text: string): string => {
    if (text.indexOf('{{') < 0) return text;
    const value = variables.replaceIn(text);
    for (const name of variableReferences(value)) if (unresolved.indexOf(name) < 0) unresolved.push(name);
    return value;
  };

  // Always re-parsed, as the runtime does before sending: a path variable or segment holding
  // `?` or `#` only then becomes the query or fragment it will be on the wire.
  request.url.update(resolve(request.url.toString()));
  freezeHeaders(request, resolve);
  if (request.body) freezeBody(request.body, resolve);
  return unresolved;
}

/** Rebuilt rather than edited, so that a header whose name was a variable is indexed by its real name. */
function freezeHeaders(request: PmRequest, resolve: (text: string) => string): void {
  const all = request.headers.all();
  if (!all.some((header) => !header.disabled && (header.key + String(header.value ?? '')).indexOf('{{') >= 0)) return;
  const headers: PmHeader[] = all.map((header) => {
    const copy: PmHeader = header.disabled ? { key: header.key, value: header.value, disabled: true } : { key: resolve(header.key), value: resolve(String(header.value ?? '')) };
    // The mark of the signer's own copies (headers.ts, removeSignatureHeaders) must outlive the rebuild.
    if (header.system) copy.system = true;
    return copy;
  });
  request.headers.remove(() => true);
  for (const header of headers) request.headers.add(header);
}

function freezeBody(body: PmBody, resolve: (text: string) => string): void {
  if (body.disabled) return;
  switch (body.mode) {
    case 'raw':
      if (typeof body.raw === 'string') body.raw = resolve(body.raw);
      return;
    case 'urlencoded':
      body.urlencoded?.each((param) => {
        if (param.disabled) return;
        if (typeof param.key === 'string') param.key = resolve(param.key);
        if (typeof param.value === 'string') param.value = resolve(param.value);
      });
      return;
    case 'formdata':
      body.formdata?.each((param) => {
        if (param.disabled) return;
        if (typeof param.key === 'string') param.key = resolve(param.key);
        if (param.type !== 'file' && typeof param.value === 'string') param.value = resolve(param.value);
      });
      return;
    case 'graphql': {
      const graphql = body.graphql;
      if (!graphql) return;
      if (typeof graphql.query === 'string') graphql.query = resolve(graphql.query);
      if (typeof graphql.variables === 'string') graphql.variables = resolve(graphql.variables);
      if (typeof graphql.operationName === 'string') graphql.operationName = resolve(graphql.operationName);
      return;
    }
  }
}
