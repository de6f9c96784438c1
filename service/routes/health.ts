import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';

const Health = Type.Object({
  status: Type.Literal('ok'),
  database: Type.String(),
});

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Service health',
        tags: ['Operations'],
        response: { 200: Health },
      },
    },
    async () => {
      await sql`select 1`.execute(app.db);
      return { status: 'ok' as const, database: 'up' };
    },
  );
};

export default health;
