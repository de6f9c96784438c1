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
