import type { FastifyRequest } from 'fastify';

import { canEditPages } from '../access';
import { ApiError, notFound } from '../domain/errors';
import { isPageObject } from './types';

/** Unknown objects are not found, whatever else is wrong with the request. */
export async function checkPageObject(request: FastifyRequest) {
  const { objectApiName } = request.params as { objectApiName?: string };
  if (objectApiName !== undefined && !isPageObject(objectApiName)) {
    throw notFound(`${objectApiName} has no record page.`);
  }
}

export async function requirePageEditor(request: FastifyRequest) {
  if (canEditPages(request)) return;

  throw new ApiError(403, [
    {
      errorCode: 'INSUFFICIENT_ACCESS',
      message: 'Only an administrator can change record pages.',
      fields: [],
    },
  ]);
}
