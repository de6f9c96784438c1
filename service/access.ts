import type { FastifyRequest } from 'fastify';

/**
 * Whether the request may change record page definitions: the one place
 * that decides. Open CALM has no users yet, so everyone may.
 */
// TODO(users): allow administrators only once requests carry a user.
export function canEditPages(_request: FastifyRequest): boolean {
  return true;
}
