import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';

import { isTimeZone } from '../config';
import { invalidInput } from '../domain/errors';
import { errorResponses, strictObject } from '../schemas/common';

const OrgSettings = Type.Object({
  timeZone: Type.String({ description: 'IANA time zone of the org' }),
  validateDeltas: Type.Boolean({
    description:
      'Whether asset action deltas are checked against the state periods',
  }),
});

const OrgSettingsPatch = strictObject({
  timeZone: Type.Optional(Type.String()),
  validateDeltas: Type.Optional(Type.Boolean()),
});

const tags = ['Org settings'];

const settings: FastifyPluginAsyncTypebox = async (app) => {
  const read = () =>
    app.db
      .selectFrom('orgSetting')
      .select(['timeZone', 'validateDeltas'])
      .executeTakeFirstOrThrow();

  app.get(
    '/asset-management/settings',
    {
      schema: {
        summary: 'Read the org settings',
        tags,
        response: { 200: OrgSettings },
      },
    },
    read,
  );

  app.patch(
    '/asset-management/settings',
    {
      schema: {
        summary: 'Change the org settings',
        tags,
        body: OrgSettingsPatch,
        response: { 200: OrgSettings, ...errorResponses },
      },
    },
    async (request) => {
      const { timeZone, validateDeltas } = request.body;
      if (timeZone !== undefined && !isTimeZone(timeZone)) {
        throw invalidInput('timeZone', `${timeZone} is not an IANA time zone.`);
      }
      if (timeZone !== undefined || validateDeltas !== undefined) {
        await app.db
          .updateTable('orgSetting')
          .set({ timeZone, validateDeltas })
          .execute();
      }
      return read();
    },
  );
};

export default settings;
