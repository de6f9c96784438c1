import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';

import {
  cancelAsset,
  changeAsset,
  generateAsset,
  type LifecycleResult,
} from '../domain/lifecycle';
import type { Db } from '../db/database';
import { toConnectRecord } from '../records/serialize';
import { errorResponses } from '../schemas/common';
import {
  AssetParams,
  CancelInput,
  ChangeInput,
  GenerateInput,
  LifecycleOutput,
} from '../schemas/asset-management';

const responses = { 201: LifecycleOutput, ...errorResponses };

const assetManagement: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/asset-management/assets/actions/generate',
    {
      schema: {
        summary: 'Generate a lifecycle-managed asset',
        tags: ['Asset management'],
        body: GenerateInput,
        response: responses,
      },
    },
    async (request, reply) => {
      const result = await generateAsset(app.db, request.body);
      return reply.status(201).send(await readResult(app.db, result));
    },
  );

  app.post(
    '/asset-management/assets/:assetId/actions/change',
    {
      schema: {
        summary: 'Change a lifecycle-managed asset',
        tags: ['Asset management'],
        params: AssetParams,
        body: ChangeInput,
        response: responses,
      },
    },
    async (request, reply) => {
      const { assetId } = request.params;
      const result = await changeAsset(app.db, assetId, request.body);
      return reply.status(201).send(await readResult(app.db, result));
    },
  );

  app.post(
    '/asset-management/assets/:assetId/actions/cancel',
    {
      schema: {
        summary: 'Cancel a lifecycle-managed asset',
        tags: ['Asset management'],
        params: AssetParams,
        body: CancelInput,
        response: responses,
      },
    },
    async (request, reply) => {
      const { assetId } = request.params;
      const result = await cancelAsset(app.db, assetId, request.body);
      return reply.status(201).send(await readResult(app.db, result));
    },
  );
};

/** The records a lifecycle call wrote, as stored, for its 201 response. */
async function readResult(db: Db, result: LifecycleResult) {
  const [asset, assetAction, sources, periods] = await Promise.all([
    db
      .selectFrom('asset')
      .selectAll()
      .where('id', '=', result.assetId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('assetAction')
      .selectAll()
      .where('id', '=', result.assetActionId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('assetActionSource')
      .selectAll()
      .where('assetActionId', '=', result.assetActionId)
      .orderBy(sql`id collate "C"`)
      .execute(),
    db
      .selectFrom('assetStatePeriod')
      .selectAll()
      .where('assetId', '=', result.assetId)
      .orderBy('startDate')
      .execute(),
  ]);

  return {
    asset: toConnectRecord(asset),
    assetAction: toConnectRecord(assetAction),
    assetActionSources: sources.map(toConnectRecord),
    assetStatePeriods: periods.map(toConnectRecord),
  };
}

export default assetManagement;
