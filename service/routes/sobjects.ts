import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const sobjects: FastifyPluginAsyncTypebox = async () => {};

export default sobjects;
