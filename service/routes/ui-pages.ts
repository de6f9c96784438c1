import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

import { checkPageObject, requirePageEditor } from '../pages/hooks';
import { loadManifest } from '../pages/manifest';
import {
  findVersionOrFail,
  readActivePage,
  saveRecordPage,
} from '../pages/record-pages';
import {
  activatePage,
  findActiveVersion,
  listVersions,
} from '../pages/repository';
import {
  ActivePage,
  Components,
  ObjectApiName,
  PageDefinition,
  PageParams,
  PageVersionParams,
  PageVersions,
  pageErrorResponses as errors,
  SavedPage,
  Templates,
} from '../pages/schemas';
import { TEMPLATES } from '../pages/templates';
import type { Manifest } from '../pages/types';

const tags = ['Record pages'];

const uiPages: FastifyPluginAsyncTypebox<{ manifest?: Manifest }> = async (
  app,
  { manifest = loadManifest() },
) => {
  app.addHook('preValidation', checkPageObject);

  app.get(
    '/ui-pages/components',
    {
      schema: {
        summary: 'The components a record page can hold',
        tags,
        querystring: Type.Object({
          objectApiName: Type.Optional(ObjectApiName),
        }),
        response: { 200: Components, ...errors },
      },
    },
    async (request) => {
      const { objectApiName } = request.query;
      const components = [...manifest.values()].filter(
        (c) => !objectApiName || c.objects.includes(objectApiName),
      );
      return { components };
    },
  );

  app.get(
    '/ui-pages/templates',
    {
      schema: {
        summary: 'The page templates and their regions',
        tags,
        response: { 200: Templates },
      },
    },
    async () => ({ templates: [...TEMPLATES] }),
  );

  app.post(
    '/ui-pages/:objectApiName',
    {
      preHandler: requirePageEditor,
      schema: {
        summary: "Save a new version of an object's record page",
        tags,
        params: PageParams,
        body: PageDefinition,
        response: { 201: SavedPage, ...errors },
      },
    },
    async (request, reply) => {
      const { objectApiName } = request.params;
      const saved = await saveRecordPage(
        app.db,
        objectApiName,
        request.body,
        manifest,
      );
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/ui-pages/:objectApiName',
    {
      schema: {
        summary: "Every version of an object's record page, newest first",
        tags,
        params: PageParams,
        response: { 200: PageVersions, ...errors },
      },
    },
    async (request) => {
      const { objectApiName } = request.params;
      return {
        objectApiName,
        activeVersion: await findActiveVersion(app.db, objectApiName),
        versions: await listVersions(app.db, objectApiName),
      };
    },
  );

  app.get(
    '/ui-pages/:objectApiName/versions/:pageVersion',
    {
      schema: {
        summary: 'One saved version of a record page',
        tags,
        params: PageVersionParams,
        response: { 200: SavedPage, ...errors },
      },
    },
    async (request) => {
      const { objectApiName, pageVersion } = request.params;
      return findVersionOrFail(app.db, objectApiName, pageVersion);
    },
  );

  app.post(
    '/ui-pages/:objectApiName/versions/:pageVersion/activate',
    {
      preHandler: requirePageEditor,
      schema: {
        summary: "Make a saved version the object's record page",
        tags,
        params: PageVersionParams,
        response: { 200: SavedPage, ...errors },
      },
    },
    async (request) => {
      const { objectApiName, pageVersion } = request.params;
      const page = await findVersionOrFail(app.db, objectApiName, pageVersion);
      await activatePage(app.db, objectApiName, page.version);

      return { ...page, isActive: true };
    },
  );

  app.get(
    '/ui-pages/:objectApiName/active',
    {
      schema: {
        summary: "The record page an object's records are shown with",
        description:
          'The active version, or the built-in page when none is active. A component that is gone or no longer fits is listed as missing.',
        tags,
        params: PageParams,
        response: { 200: ActivePage, ...errors },
      },
    },
    async (request) => {
      const { objectApiName } = request.params;
      return readActivePage(app.db, objectApiName, manifest);
    },
  );
};

export default uiPages;
