/** API version every page request uses. */
export const API_VERSION = 'v68.0';
export const DATA_PATH = `/services/data/${API_VERSION}`;

export interface PlatformError {
  errorCode: string;
  message: string;
  fields?: string[];
}

/** What a failed request leaves for the error panel. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: PlatformError[],
  ) {
    super(errors.map((e) => e.message).join(' ') || `HTTP ${status}`);
    this.name = 'ApiRequestError';
  }
}

const NETWORK_ERROR: PlatformError = {
  errorCode: 'NETWORK_ERROR',
  message: 'The server could not be reached.',
};

async function request<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${DATA_PATH}${path}`, {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, [NETWORK_ERROR]);
  }
  const body = await response.json().catch(() => null);

  if (!response.ok) {
    const errors = Array.isArray(body)
      ? (body as PlatformError[])
      : [{ errorCode: 'HTTP_ERROR', message: response.statusText }];
    throw new ApiRequestError(response.status, errors);
  }
  return body as T;
}

/** GETs a JSON resource under the data path, or throws ApiRequestError. */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal });
}

const inFlight = new Map<string, Promise<unknown>>();

/**
 * GETs a resource once for every component that asks for it at the same
 * time: a record page's components often read the same record and lists.
 */
export function getShared<T>(path: string): Promise<T> {
  let pending = inFlight.get(path);
  if (!pending) {
    pending = getJson(path).finally(() => inFlight.delete(path));
    inFlight.set(path, pending);
  }
  return pending as Promise<T>;
}

/** POSTs JSON under the data path and reads the answer, or throws. */
export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Saves a record page definition as the object's next version. */
export function savePage<T>(objectApiName: string, definition: unknown) {
  const type = encodeURIComponent(objectApiName);
  return postJson<T>(`/ui-pages/${type}`, definition);
}

/** Makes a saved version the object's record page. */
export function activatePage<T>(objectApiName: string, version: number) {
  const type = encodeURIComponent(objectApiName);
  return postJson<T>(`/ui-pages/${type}/versions/${version}/activate`, {});
}
