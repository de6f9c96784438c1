/** One entry of the platform's error array. */
export interface PlatformError {
  errorCode: string;
  message: string;
  fields: string[];
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errors: PlatformError[],
  ) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ApiError';
  }
}

export function invalidInput(field: string | null, message: string): ApiError {
  return new ApiError(400, [
    { errorCode: 'INVALID_INPUT', message, fields: field ? [field] : [] },
  ]);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, [{ errorCode: 'NOT_FOUND', message, fields: [] }]);
}

/**
 * Collects every problem found in a request so the caller hears about all of
 * them at once, then throws a single 400.
 */
export class Problems {
  private readonly errors: PlatformError[] = [];

  add(field: string | null, message: string): void {
    this.errors.push({
      errorCode: 'INVALID_INPUT',
      message,
      fields: field ? [field] : [],
    });
  }

  get count(): number {
    return this.errors.length;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new ApiError(400, this.errors);
  }
}
