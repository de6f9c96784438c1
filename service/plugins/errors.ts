import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

import { ApiError, type PlatformError } from '../domain/errors';

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** `/assetStatePeriods/1/startDate` → `assetStatePeriods[1].startDate`. */
export function fieldPath(pointer: string, child?: unknown): string {
  const parts = pointer.split('/').slice(1);
  if (typeof child === 'string') parts.push(child);

  return parts
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}

const FORMAT_HINTS: Record<string, string> = {
  'date-time':
    'an ISO 8601 date and time with an offset, such as 2020-01-01T09:00:00+08:00',
  date: 'a calendar date such as 2020-01-31',
};

function describe(issue: ValidationIssue): PlatformError {
  const { params } = issue;
  const child = params.missingProperty ?? params.additionalProperty;
  const field = fieldPath(issue.instancePath, child);
  const name = field || 'The request body';
  let message = `${name} ${issue.message ?? 'is invalid'}.`;

  if (issue.keyword === 'required') message = `${field} is required.`;
  if (issue.keyword === 'additionalProperties') {
    message = `${field} is not a recognized property.`;
  }
  if (issue.keyword === 'enum') {
    const allowed = (params.allowedValues as string[]).join(', ');
    message = `${name} must be one of: ${allowed}.`;
  }
  if (issue.keyword === 'format') {
    message = `${name} must be ${FORMAT_HINTS[String(params.format)] ?? `a ${String(params.format)}`}.`;
  }
  return { errorCode: 'INVALID_INPUT', message, fields: field ? [field] : [] };
}

const BODY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'JSON_PARSER_ERROR', ''],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'JSON_PARSER_ERROR',
    'The request body is empty.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'REQUEST_LIMIT_EXCEEDED',
    'The request body is too large.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Send the request body as application/json.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'JSON_PARSER_ERROR',
    'The request body does not match its Content-Length.',
  ],
};

/** A request with thousands of bad items hears about the first few. */
const MAX_ERRORS = 25;

function firstErrors(errors: PlatformError[]): PlatformError[] {
  if (errors.length <= MAX_ERRORS) return errors;

  const more = errors.length - MAX_ERRORS;
  return errors.slice(0, MAX_ERRORS).concat({
    errorCode: 'INVALID_INPUT',
    message: `${more} more problems are not listed; fix these first.`,
    fields: [],
  });
}

/** PostgreSQL codes that mean "another write got there first: retry". */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

/** PostgreSQL's data exceptions (class 22): a value the column cannot hold. */
const isDataException = (code: unknown) => /^22[0-9A-Z]{3}$/.test(String(code));

function toPlatform(error: FastifyError): [number, PlatformError[]] {
  if (error instanceof ApiError) return [error.statusCode, error.errors];

  if (error.validation) {
    return [
      400,
      firstErrors((error.validation as ValidationIssue[]).map(describe)),
    ];
  }
  const known = error.code ? BODY_ERRORS[error.code] : undefined;
  if (known) {
    const [status, errorCode, message] = known;
    return [
      status,
      [{ errorCode, message: message || error.message, fields: [] }],
    ];
  }
  if (RETRYABLE.has(String(error.code))) {
    const message =
      'Another request changed this record at the same time. Retry the request.';
    return [409, [{ errorCode: 'UNABLE_TO_LOCK_ROW', message, fields: [] }]];
  }
  if (isDataException(error.code)) {
    const message =
      'A value in the request cannot be stored: check text for NUL characters and figures for their size.';
    return [400, [{ errorCode: 'INVALID_INPUT', message, fields: [] }]];
  }
  if (error.statusCode && error.statusCode < 500) {
    const errorCode = error.statusCode === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
    return [
      error.statusCode,
      [{ errorCode, message: error.message, fields: [] }],
    ];
  }
  const message = 'An unexpected error occurred. It has been logged.';
  return [500, [{ errorCode: 'UNKNOWN_EXCEPTION', message, fields: [] }]];
}

async function errors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const [status, body] = toPlatform(error);

    if (status >= 500) {
      request.log.error(
        { err: error, method: request.method, url: request.url },
        'request failed',
      );
    }
    return reply.status(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    request.log.warn(
      { method: request.method, url: request.url },
      'no such resource',
    );
    return reply.status(404).send([
      {
        errorCode: 'NOT_FOUND',
        message: 'The requested resource does not exist.',
        fields: [],
      },
    ]);
  });
}

export default fp(errors, { name: 'errors' });
