import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

import type { ObjectType } from '../domain/ids';
import {
  readRelatedList,
  RELATED_LISTS,
  type RelatedList,
} from '../records/related-lists';
import { findRow, readSObject, searchByName } from '../records/sobject-reads';
import { SOBJECT_NAMES, SOBJECT_TYPES } from '../records/sobject-types';
import {
  createRecord,
  lifecycleWriteRefused,
  updateRecord,
} from '../records/sobject-writes';
import { errorResponses } from '../schemas/common';
import {
  AnyBody,
  createBody,
  NoContent,
  QueryResult,
  RecordParams,
  SaveResult,
  SearchQuery,
  SObject,
  updateBody,
  VersionParams,
} from '../schemas/sobjects';
import { apiBasePath } from './api-version';

type App = Parameters<FastifyPluginAsyncTypebox>[0];

const SEARCHABLE: ObjectType[] = ['Account', 'Product2', 'Asset'];
const tags = ['sObjects'];

const sobjects: FastifyPluginAsyncTypebox = async (app) => {
  for (const type of SOBJECT_NAMES) {
    createRoute(app, type);
    readRoute(app, type);
    updateRoute(app, type);
    if (!SOBJECT_TYPES[type].fields) deleteRoute(app, type);
  }
  for (const list of RELATED_LISTS) relatedListRoute(app, list);
  for (const type of SEARCHABLE) searchRoute(app, type);
};

function createRoute(app: App, type: ObjectType) {
  const { fields } = SOBJECT_TYPES[type];
  const schema = {
    summary: `Create ${type} records`,
    tags,
    params: VersionParams,
    body: fields ? createBody(fields) : AnyBody,
    response: { 201: SaveResult, ...errorResponses },
  };

  app.post(`/sobjects/${type}`, { schema }, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    const id = await createRecord(app.db, type, body);
    return reply.status(201).send({ id, success: true, errors: [] });
  });
}

function readRoute(app: App, type: ObjectType) {
  const schema = {
    summary: `Read one ${type}`,
    tags,
    params: RecordParams,
    response: { 200: SObject, ...errorResponses },
  };

  app.get(`/sobjects/${type}/:id`, { schema }, async (request) =>
    readSObject(app.db, type, request.params.id, apiBasePath(request)),
  );
}

function updateRoute(app: App, type: ObjectType) {
  const { fields } = SOBJECT_TYPES[type];
  const schema = {
    summary: `Update one ${type}`,
    tags,
    params: RecordParams,
    body: fields ? updateBody(fields) : AnyBody,
    response: { 204: NoContent, ...errorResponses },
  };

  app.patch(`/sobjects/${type}/:id`, { schema }, async (request, reply) => {
    const body = request.body as Record<string, unknown>;
    await updateOrRefuse(app, type, request.params.id, body);
    return reply.status(204).send(null);
  });
}

async function updateOrRefuse(
  app: App,
  type: ObjectType,
  id: string,
  body: Record<string, unknown>,
) {
  if (SOBJECT_TYPES[type].fields) return updateRecord(app.db, type, id, body);

  await findRow(app.db, type, id);
  throw lifecycleWriteRefused(type);
}

function deleteRoute(app: App, type: ObjectType) {
  const schema = {
    summary: `Delete one ${type} (refused: lifecycle records are kept)`,
    tags,
    params: RecordParams,
    response: { 204: NoContent, ...errorResponses },
  };

  app.delete(`/sobjects/${type}/:id`, { schema }, async (request) => {
    await findRow(app.db, type, request.params.id);
    throw lifecycleWriteRefused(type);
  });
}

function relatedListRoute(app: App, list: RelatedList) {
  const schema = {
    summary: `List a ${list.parent}'s ${list.name}`,
    tags,
    params: RecordParams,
    response: { 200: QueryResult, ...errorResponses },
  };
  const url = `/sobjects/${list.parent}/:id/${list.name}`;

  app.get(url, { schema }, async (request) =>
    readRelatedList(app.db, list, request.params.id, apiBasePath(request)),
  );
}

function searchRoute(app: App, type: ObjectType) {
  const schema = {
    summary: `Find ${type} records by name`,
    tags,
    params: VersionParams,
    querystring: SearchQuery,
    response: { 200: QueryResult, ...errorResponses },
  };

  app.get(`/sobjects/${type}`, { schema }, async (request) =>
    searchByName(app.db, type, request.query, apiBasePath(request)),
  );
}

export default sobjects;
