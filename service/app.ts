import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';

import type { DatabaseHandle } from './db/database';
import database from './plugins/database';
import errors from './plugins/errors';
import ui from './plugins/ui';
import { checkApiVersion } from './routes/api-version';
import assetManagement from './routes/asset-management';
import health from './routes/health';
import settings from './routes/settings';
import summaries from './routes/summaries';
import sobjects from './routes/sobjects';
import uiPages from './routes/ui-pages';

export interface AppOptions {
  database: DatabaseHandle;
  logger?: FastifyBaseLogger;
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/** The whole service, ready to listen or to be called through `inject`. */
export async function buildApp({ database: handle, logger }: AppOptions) {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT_BYTES,
    ajv: {
      customOptions: {
        allErrors: true,
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: false,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Bodies are JSON only: anything else is answered 415.
  app.removeContentTypeParser('text/plain');
  await app.register(errors);
  await app.register(database, { database: handle });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Open CALM',
        description:
          'Lifecycle-managed assets: generate, change and cancel them, and read their records.',
        version: '0.1.0',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(health);
  await app.register(ui);
  await app.register(
    async (data) => {
      data.addHook('onRequest', checkApiVersion);
      await data.register(assetManagement);
      await data.register(sobjects);
      await data.register(settings);
      await data.register(summaries);
      await data.register(uiPages);
    },
    { prefix: '/services/data/:version' },
  );

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
