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

/** GETs a JSON resource under the data path, or throws ApiRequestError. */
export async function getJson<T>(
  path: string,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${DATA_PATH}${path}`, {
      headers: { accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiRequestError(0, [
      {
        errorCode: 'NETWORK_ERROR',
        message: 'The server could not be reached.',
      },
    ]);
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

/** POSTs JSON under the data path and reads the answer, or throws. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${DATA_PATH}${path}`, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, [
      {
        errorCode: 'NETWORK_ERROR',
        message: 'The server could not be reached.',
      },
    ]);
  }
  const answer = await response.json().catch(() => null);

  if (!response.ok) {
    const errors = Array.isArray(answer)
      ? (answer as PlatformError[])
      : [{ errorCode: 'HTTP_ERROR', message: response.statusText }];
    throw new ApiRequestError(response.status, errors);
  }
  return answer as T;
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
