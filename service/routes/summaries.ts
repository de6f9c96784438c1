import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

import { resolveAsOf } from '../domain/as-of';
import { summarizeAssets } from '../records/summaries';
import { findRow } from '../records/sobject-reads';
import { CalendarDate, errorResponses } from '../schemas/common';

const SummaryParams = Type.Object({
  version: Type.String(),
  objectApiName: Type.Union([Type.Literal('Asset'), Type.Literal('Account')]),
  recordId: Type.String(),
});

const CurrencySummary = Type.Object({
  currencyIsoCode: Type.String(),
  assetCount: Type.Integer(),
  quantity: Type.Number(),
  amount: Type.Number(),
  mrr: Type.Number(),
  totalLifecycleAmount: Type.Number(),
  invoiceLineBalance: Type.Number(),
});

const Summary = Type.Object({
  recordId: Type.String(),
  objectApiName: Type.String(),
  asOf: CalendarDate,
  evaluatedAt: Type.String({ format: 'date-time' }),
  timeZone: Type.String(),
  currencies: Type.Array(CurrencySummary),
});

const summaries: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/asset-management/summaries/:objectApiName/:recordId',
    {
      schema: {
        summary: 'Quantity, amount, MRR and invoice line balance as of a date',
        description:
          'Sums lifecycle-managed assets per currency; an account sums all of its assets.',
        tags: ['Asset management'],
        params: SummaryParams,
        querystring: Type.Object({ asOf: Type.Optional(CalendarDate) }),
        response: { 200: Summary, ...errorResponses },
      },
    },
    async (request) => {
      const { objectApiName, recordId } = request.params;
      const record = await findRow(app.db, objectApiName, recordId);
      const id = String(record.id);
      const { timeZone } = await app.db
        .selectFrom('orgSetting')
        .select('timeZone')
        .executeTakeFirstOrThrow();
      const asOf = resolveAsOf(request.query.asOf, timeZone);
      const scope =
        objectApiName === 'Asset' ? { assetId: id } : { accountId: id };

      return {
        recordId: id,
        objectApiName,
        asOf: asOf.date,
        evaluatedAt: asOf.at.toISOString(),
        timeZone,
        currencies: await summarizeAssets(app.db, scope, asOf.at),
      };
    },
  );
};

export default summaries;
