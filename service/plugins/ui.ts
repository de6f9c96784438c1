import fs from 'node:fs';
import path from 'node:path';

import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

const ROOT = path.resolve(__dirname, '../..');
const APP_DIR = path.join(ROOT, 'dist/app');
const SLDS_DIR = path.join(
  ROOT,
  'node_modules/@salesforce-ux/design-system/assets',
);

/**
 * Serves the built components: the page shell for `/` and every
 * `/lightning/...` address, the bundles under `/app/`, and the design
 * system's styles and icons under `/slds/`.
 */
async function ui(app: FastifyInstance) {
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(fastifyStatic, {
    root: APP_DIR,
    prefix: '/app/',
    maxAge: '1h',
  });
  await app.register(fastifyStatic, {
    root: SLDS_DIR,
    prefix: '/slds/',
    decorateReply: false,
    maxAge: '1d',
  });

  const shellBuilt = () => fs.existsSync(path.join(APP_DIR, 'index.html'));
  const sendShell = async (_request: unknown, reply: FastifyReply) => {
    if (!shellBuilt()) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The pages are not built yet: run npm run build:ui.');
    }
    return reply
      .type('text/html')
      .header('cache-control', 'no-cache')
      .sendFile('index.html');
  };

  app.get('/', { schema: { hide: true } }, sendShell);
  app.get('/lightning/*', { schema: { hide: true } }, sendShell);

  // A person who mistypes an address gets the app's own "not found" page;
  // programs asking for JSON keep the platform's error array.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const wantsPage = request.headers.accept?.includes('text/html');
    if (!wantsPage || !shellBuilt() || request.url.startsWith('/services/')) {
      return reply.callNotFound();
    }
    reply.status(404);
    return sendShell(request, reply);
  });
}

export default fp(ui, { name: 'ui' });
