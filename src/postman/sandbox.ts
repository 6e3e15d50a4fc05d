/**
 * The parts of the Postman sandbox (`pm`) the scripts use. Values are typed as loosely as the
 * sandbox delivers them: a variable can be a string, a number, a boolean or missing.
 */
export interface PmVariables {
  get(name: string): unknown;
  set(name: string, value: string): void;
  unset(name: string): void;
  replaceIn(template: string): string;
}

export interface PmHeader {
  key: string;
  value: string;
  disabled?: boolean;
  /** postman-collection's mark for a header an auth added (headers.ts: the signer's own copies). */
  system?: boolean;
}

export interface PmPropertyList<T> {
  all(): T[];
  each(iterator: (item: T) => void): void;
  remove(predicate: string | ((item: T) => boolean)): void;
  add(item: T): void;
}

export interface PmQueryParam {
  key: string | null;
  value: string | null;
  disabled?: boolean;
}

export interface PmUrl {
  toString(): string;
  update(url: string): void;
  getPath(): string;
  getQueryString(): string;
  getHost(): string;
  port?: string | number | null;
  protocol?: string;
}

export interface PmFormParam {
  key: string;
  value?: unknown;
  type?: string;
  contentType?: string;
  disabled?: boolean;
}

export interface PmGraphql {
  query?: string;
  variables?: unknown;
  operationName?: string;
}

export interface PmBody {
  mode?: string;
  disabled?: boolean;
  raw?: string;
  urlencoded?: PmPropertyList<PmQueryParam>;
  formdata?: PmPropertyList<PmFormParam>;
  graphql?: PmGraphql;
  options?: { raw?: { language?: string } };
  isEmpty(): boolean;
}

export interface PmRequest {
  url: PmUrl;
  method: string;
  headers: PmPropertyList<PmHeader>;
  body?: PmBody;
  authorizeUsing(type: string): void;
}

export interface Pm {
  request: PmRequest;
  variables: PmVariables;
  test(name: string, fn: () => void): void;
  execution?: { skipRequest?: () => void };
  response?: PmResponse;
  /** The callback form; newman 6.2's sandbox (4.7) has no promise form. */
  sendRequest?: (request: PmSendRequest, callback: (error: PmSendError | null, response?: PmResponse) => void) => unknown;
  /** Postman Vault, in the app only (postman-sandbox 6); values come as promises. */
  vault?: { get(name: string): PromiseLike<unknown> };
}

/** A request for pm.sendRequest, in postman-collection's Request definition form. */
export interface PmSendRequest {
  url: string;
  method: string;
  header: PmHeader[];
  body?: { mode: 'raw'; raw: string };
}

/** What pm.sendRequest reports for a request that got no response. */
export interface PmSendError {
  code?: string;
  message?: string;
}

export interface PmResponse {
  code: number;
  headers: { get(name: string): string | undefined };
  text(): string;
}
