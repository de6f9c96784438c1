import { describeEachDatabase } from '../test/app';
import {
  API,
  countLifecycleRows,
  createOrgFixture,
  generateBody,
  type OrgFixture,
} from '../test/fixtures';

describeEachDatabase('POST /asset-management: bad input', (t) => {
  let org: OrgFixture;
  let assetId: string;

  beforeAll(async () => {
    org = await createOrgFixture(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/actions/generate`,
      payload: generateBody(org),
    });
    assetId = response.json().asset.id;
  });

  async function send(url: string, payload: unknown, headers = {}) {
    const before = await countLifecycleRows(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url,
      payload: payload as string,
      headers: { 'content-type': 'application/json', ...headers },
    });
    expect(await countLifecycleRows(t.db)).toEqual(before);
    return { status: response.statusCode, errors: response.json() };
  }

  const generate = (
    patch: (body: ReturnType<typeof generateBody>) => unknown,
  ) => {
    const body = generateBody(org);
    return patch(body) ?? body;
  };

  it.each([
    ['malformed JSON', () => '{"assetName": ', 400, 'JSON_PARSER_ERROR', []],
    [
      'a number sent as a string',
      () =>
        generate((b) => {
          (b.assetStatePeriods[0] as any).quantity = '10';
        }),
      400,
      'INVALID_INPUT',
      ['assetStatePeriods[0].quantity'],
    ],
    [
      'an unknown property',
      () =>
        generate((b) => {
          (b.assetAction as any).reason = 'x';
        }),
      400,
      'INVALID_INPUT',
      ['assetAction.reason'],
    ],
    [
      'a missing required property',
      () =>
        generate((b) => {
          delete (b as any).productId;
        }),
      400,
      'INVALID_INPUT',
      ['productId'],
    ],
    [
      'a NUL character in the name',
      () =>
        generate((b) => {
          b.assetName = 'MDM\u0000';
        }),
      400,
      'INVALID_INPUT',
      ['assetName'],
    ],
    [
      'an unknown business category',
      () =>
        generate((b) => {
          b.assetAction.category = 'Term Extension';
        }),
      400,
      'INVALID_INPUT',
      ['assetAction.category'],
    ],
    [
      'a timestamp without an offset',
      () =>
        generate((b) => {
          b.assetAction.actionDate = '2023-12-15T10:00:00';
        }),
      400,
      'INVALID_INPUT',
      ['assetAction.actionDate'],
    ],
    [
      'a figure with three decimals',
      () =>
        generate((b) => {
          b.assetStatePeriods[0]!.amount = 1200.005;
        }),
      400,
      'INVALID_INPUT',
      ['assetStatePeriods[0].amount'],
    ],
    [
      'eleven state periods',
      () =>
        generate((b) => {
          b.assetStatePeriods = Array(11).fill(b.assetStatePeriods[0]);
        }),
      400,
      'INVALID_INPUT',
      ['assetStatePeriods'],
    ],
    [
      'an account id of another object',
      () =>
        generate((b) => {
          b.accountId = org.productId;
        }),
      400,
      'INVALID_INPUT',
      ['accountId'],
    ],
    [
      'an account that does not exist',
      () =>
        generate((b) => {
          b.accountId = '001000000000000';
        }),
      400,
      'INVALID_INPUT',
      ['accountId'],
    ],
    [
      'an unknown currency',
      () =>
        generate((b) => {
          b.currencyIsoCode = 'XYZ';
        }),
      400,
      'INVALID_INPUT',
      ['currencyIsoCode'],
    ],
    [
      'a source pointing at nothing',
      () =>
        generate((b) => {
          (b as any).assetActionSources = [
            { referenceEntityItem: '802000000000000', productAmount: 1 },
          ];
        }),
      400,
      'INVALID_INPUT',
      ['assetActionSources[0].referenceEntityItem'],
    ],
    [
      'a source with both references',
      () =>
        generate((b) => {
          (b as any).assetActionSources = [
            {
              referenceEntityItem: org.orderItemId,
              externalReference: 'X',
              externalReferenceDataSource: 'ERP',
            },
          ];
        }),
      400,
      'INVALID_INPUT',
      ['assetActionSources[0]'],
    ],
    [
      'deltas the periods contradict',
      () =>
        generate((b) => {
          b.assetAction.quantityChange = 12;
        }),
      400,
      'INVALID_INPUT',
      ['assetAction.quantityChange'],
    ],
  ])(
    'answers %s with the platform error',
    async (_name, body, status, errorCode, fields) => {
      const { status: actual, errors } = await send(
        `${API}/actions/generate`,
        typeof body() === 'string' ? body() : JSON.stringify(body()),
      );

      expect(actual).toBe(status);
      expect(errors).toContainEqual({
        errorCode,
        message: expect.any(String),
        fields,
      });
    },
  );

  it('reports every problem of a request at once', async () => {
    const body = generate((b) => {
      b.assetAction.category = 'Nope';
      (b.assetStatePeriods[0] as any).mrr = '100';
    });
    const { errors } = await send(
      `${API}/actions/generate`,
      JSON.stringify(body),
    );

    expect(errors.flatMap((e: { fields: string[] }) => e.fields)).toEqual(
      expect.arrayContaining([
        'assetAction.category',
        'assetStatePeriods[0].mrr',
      ]),
    );
  });

  it('refuses a body over the size limit', async () => {
    const huge = JSON.stringify({
      ...generateBody(org),
      assetName: 'x'.repeat(2_000_000),
    });
    const { status, errors } = await send(`${API}/actions/generate`, huge);

    expect(status).toBe(413);
    expect(errors[0].errorCode).toBe('REQUEST_LIMIT_EXCEEDED');
  });

  it.each(['application/x-www-form-urlencoded', 'text/plain'])(
    'refuses a %s body',
    async (contentType) => {
      const { status, errors } = await send(`${API}/actions/generate`, 'a=1', {
        'content-type': contentType,
      });

      expect(status).toBe(415);
      expect(errors[0].errorCode).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it.each(['v49.0', 'v69.0', 'latest'])(
    'answers version %s with 404',
    async (version) => {
      const url = `/services/data/${version}/asset-management/assets/actions/generate`;
      const { status, errors } = await send(
        url,
        JSON.stringify(generateBody(org)),
      );

      expect(status).toBe(404);
      expect(errors[0].errorCode).toBe('NOT_FOUND');
    },
  );

  it.each([
    ['an unknown asset', '02i0C0000000zzzAAA'],
    ['a malformed asset id', 'not-an-id'],
    ['the id of another object', () => org.accountId],
  ])('answers a change to %s with 404', async (_name, id) => {
    const target = typeof id === 'function' ? id() : id;
    const body = {
      assetAction: {
        ...generateBody(org).assetAction,
        category: 'Other',
        quantityChange: 0,
        mrrChange: 0,
        amount: 0,
      },
    };
    const { status, errors } = await send(
      `${API}/${target}/actions/change`,
      JSON.stringify(body),
    );

    expect(status).toBe(404);
    expect(errors[0].errorCode).toBe('NOT_FOUND');
  });

  it('accepts the asset id in its 15-character form', async () => {
    const body = {
      assetAction: {
        category: 'Terms And Conditions Changes',
        actionDate: '2024-03-01T00:00:00Z',
        quantityChange: 0,
        mrrChange: 0,
        amount: 0,
      },
    };
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/${assetId.slice(0, 15)}/actions/change`,
      payload: body,
    });

    expect(response.statusCode).toBe(201);
    expect(response.json().asset.id).toBe(assetId);
  });
});

describeEachDatabase('POST /asset-management: lifecycle limits', (t) => {
  let org: OrgFixture;

  beforeAll(async () => {
    org = await createOrgFixture(t.db);
  });

  const post = async (url: string, payload: object) => {
    const response = await t.app.inject({ method: 'POST', url, payload });
    return { status: response.statusCode, body: response.json() };
  };

  const setDeltaCheck = (validateDeltas: boolean) =>
    t.app.inject({
      method: 'PATCH',
      url: '/services/data/v60.0/asset-management/settings',
      payload: { validateDeltas },
    });

  const action = (
    category: string,
    quantityChange: number,
    mrrChange: number,
    amount: number,
  ) => ({
    category,
    actionDate: '2024-06-01T00:00:00Z',
    quantityChange,
    mrrChange,
    amount,
  });

  const halfYear = (amount: number) => ({
    startDate: '2024-01-01T00:00:00Z',
    endDate: '2024-06-30T23:59:59Z',
    quantity: 10,
    mrr: 100,
    amount,
  });

  it('refuses a second cancel, even after a terms change', async () => {
    const { body } = await post(`${API}/actions/generate`, generateBody(org));
    const assetId = body.asset.id;
    const cancel = (amount: number) =>
      post(`${API}/${assetId}/actions/cancel`, {
        assetStatePeriod: halfYear(amount),
        assetAction: action('Cancellations', -10, -100, amount - 1200),
      });

    expect((await cancel(600)).status).toBe(201);
    const terms = await post(`${API}/${assetId}/actions/change`, {
      assetAction: action('Terms And Conditions Changes', 0, 0, 0),
    });
    expect(terms.status).toBe(201);

    const again = await post(`${API}/${assetId}/actions/cancel`, {
      assetStatePeriod: halfYear(600),
      assetAction: action('Cancellations', 0, 0, 0),
    });
    expect(again.status).toBe(400);
    expect(again.body[0].message).toContain('already cancelled');
  });

  it('refuses a cancel that raises the period amount', async () => {
    const { body } = await post(`${API}/actions/generate`, generateBody(org));

    const { status, body: errors } = await post(
      `${API}/${body.asset.id}/actions/cancel`,
      {
        assetStatePeriod: halfYear(99_999),
        assetAction: action('Cancellations', -10, -100, 98_799),
      },
    );

    expect(status).toBe(400);
    expect(errors[0].fields).toEqual(['assetStatePeriod.amount']);
  });

  it('refuses a timestamp outside the years 1700 to 4000', async () => {
    const body = generateBody(org);
    body.assetStatePeriods[0]!.endDate = '9999-12-31T23:59:59Z';

    const { status, body: errors } = await post(
      `${API}/actions/generate`,
      body,
    );

    expect(status).toBe(400);
    expect(errors).toContainEqual(
      expect.objectContaining({ fields: ['assetStatePeriods[0].endDate'] }),
    );
  });

  it('refuses a change whose totals would overflow, naming the field', async () => {
    const { body } = await post(`${API}/actions/generate`, generateBody(org));
    await t.db
      .updateTable('assetAction')
      .set({ totalAmount: '9999999999999000' })
      .where('assetId', '=', body.asset.id)
      .execute();
    await setDeltaCheck(false);

    const { status, body: errors } = await post(
      `${API}/${body.asset.id}/actions/change`,
      { assetAction: action('Other', 0, 0, 9_000_000_000) },
    );
    await setDeltaCheck(true);

    expect(status).toBe(400);
    expect(errors[0].fields).toEqual(['assetAction.amount']);
  });

  it('lists the first problems of a request with thousands', async () => {
    const body = generateBody(org) as Record<string, unknown>;
    body.assetStatePeriods = Array(2000).fill({ startDate: 'x' });

    const { status, body: errors } = await post(
      `${API}/actions/generate`,
      body,
    );

    expect(status).toBe(400);
    expect(errors.length).toBeLessThanOrEqual(26);
    expect(errors.at(-1).message).toMatch(/more problems are not listed/);
  });
});
