import type { FastifyRequest } from 'fastify';

import { notFound } from '../domain/errors';

export const FIRST_API_VERSION = 50;
export const CURRENT_API_VERSION = 68;

/** Versions v50.0 up to the current one are served; any other is not found. */
export async function checkApiVersion(request: FastifyRequest) {
  const { version } = request.params as { version?: string };
  const match = /^v(\d+)\.0$/.exec(version ?? '');
  const major = match ? Number(match[1]) : NaN;

  if (!(major >= FIRST_API_VERSION && major <= CURRENT_API_VERSION)) {
    throw notFound(
      `API version ${version} is not served; use v${FIRST_API_VERSION}.0 to v${CURRENT_API_VERSION}.0.`,
    );
  }
}

export function apiBasePath(request: FastifyRequest): string {
  const { version } = request.params as { version: string };
  return `/services/data/${version}`;
}
