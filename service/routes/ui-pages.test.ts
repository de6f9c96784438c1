import { canEditPages } from '../access';
import { describeEachDatabase } from '../test/app';

jest.mock('../access', () => ({ canEditPages: jest.fn(() => true) }));

const PAGES = '/services/data/v68.0/ui-pages';

const chart = (metric: string) => ({
  component: 'calm/lifecycleChart',
  properties: { metric },
});

const assetPage = {
  label: 'Asset Page',
  template: 'headerAndRightSidebar',
  regions: {
    header: [{ component: 'calm/assetDashboard' }],
    main: [chart('MRR')],
    sidebar: [{ component: 'calm/invoiceLineList', properties: { limit: 10 } }],
  },
};

describeEachDatabase('/ui-pages', (t) => {
  const get = async (path: string) => {
    const response = await t.app.inject({ url: `${PAGES}${path}` });
    return { status: response.statusCode, body: response.json() };
  };
  const post = async (path: string, payload?: object) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `${PAGES}${path}`,
      payload,
    });
    return { status: response.statusCode, body: response.json() };
  };
  const fieldsOf = (errors: { fields: string[] }[]) =>
    errors.flatMap((error) => error.fields);

  describe('GET /ui-pages/components', () => {
    it('lists the placeable components with their properties', async () => {
      const { status, body } = await get('/components');

      expect(status).toBe(200);
      expect(body.components.map((c: { name: string }) => c.name)).toEqual([
        'calm/accountAssetList',
        'calm/assetDashboard',
        'calm/invoiceLineList',
        'calm/lifecycleChart',
      ]);
      expect(body.components[3]).toEqual({
        name: 'calm/lifecycleChart',
        tag: 'calm-lifecycle-chart',
        label: 'Lifecycle Chart',
        description: "Quantity or MRR over the asset's lifecycle.",
        objects: ['Asset'],
        properties: [
          expect.objectContaining({
            name: 'metric',
            type: 'String',
            default: 'Quantity',
            datasource: ['Quantity', 'MRR'],
            min: null,
            max: null,
            required: false,
          }),
          expect.objectContaining({
            name: 'showRangeControl',
            type: 'Boolean',
            default: true,
            datasource: null,
          }),
          expect.objectContaining({ name: 'startDate', type: 'String' }),
          expect.objectContaining({ name: 'endDate', type: 'String' }),
        ],
      });
      expect(body.components[2].properties).toEqual([
        expect.objectContaining({
          name: 'limit',
          type: 'Integer',
          default: 5,
          min: 1,
          max: 50,
        }),
      ]);
    });

    it('keeps the components an object page can hold', async () => {
      const { body } = await get('/components?objectApiName=Account');

      expect(body.components.map((c: { name: string }) => c.name)).toEqual([
        'calm/accountAssetList',
        'calm/assetDashboard',
      ]);
    });
  });

  it('GET /ui-pages/templates lists the templates and their regions', async () => {
    const { body } = await get('/templates');

    expect(body.templates).toEqual([
      expect.objectContaining({
        name: 'headerAndRightSidebar',
        regions: [
          { name: 'header', label: 'Header' },
          { name: 'main', label: 'Main' },
          { name: 'sidebar', label: 'Right Sidebar' },
        ],
      }),
      {
        name: 'oneColumn',
        label: 'One Column',
        regions: [{ name: 'main', label: 'Main' }],
      },
    ]);
  });

  describe('GET /ui-pages/:objectApiName/active without an active version', () => {
    it('serves the built-in asset page', async () => {
      const { body } = await get('/Asset/active');

      expect(body).toMatchObject({
        objectApiName: 'Asset',
        source: 'default',
        version: null,
        template: 'headerAndRightSidebar',
      });
      const entry = (component: string, properties: object) => ({
        component,
        tag: expect.any(String),
        label: expect.any(String),
        properties,
        status: 'ok',
      });
      expect(body.regions).toEqual({
        header: [entry('calm/assetDashboard', {})],
        main: [
          entry('calm/lifecycleChart', {
            metric: 'Quantity',
            showRangeControl: true,
          }),
          entry('calm/lifecycleChart', {
            metric: 'MRR',
            showRangeControl: true,
          }),
        ],
        sidebar: [entry('calm/invoiceLineList', { limit: 5 })],
      });
    });

    it('serves the built-in account page', async () => {
      const { body } = await get('/Account/active');

      expect(body).toMatchObject({ source: 'default', template: 'oneColumn' });
      expect(body.regions.main).toEqual([
        expect.objectContaining({
          component: 'calm/assetDashboard',
          tag: 'calm-asset-dashboard',
          status: 'ok',
        }),
        expect.objectContaining({
          component: 'calm/accountAssetList',
          status: 'ok',
        }),
      ]);
    });
  });

  describe('saving and activating', () => {
    it('saves each definition as the next version', async () => {
      const first = await post('/Asset', assetPage);
      const second = await post('/Asset', { ...assetPage, label: 'Second' });

      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        objectApiName: 'Asset',
        version: 1,
        label: 'Asset Page',
        template: 'headerAndRightSidebar',
        regions: {
          header: [{ component: 'calm/assetDashboard', properties: {} }],
          main: [chart('MRR')],
          sidebar: [
            { component: 'calm/invoiceLineList', properties: { limit: 10 } },
          ],
        },
        createdDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        isActive: false,
      });
      expect(second.body).toMatchObject({ version: 2, label: 'Second' });
    });

    it('lists the versions newest first', async () => {
      const { body } = await get('/Asset');

      expect(body).toMatchObject({
        objectApiName: 'Asset',
        activeVersion: null,
      });
      expect(body.versions).toEqual([
        expect.objectContaining({
          version: 2,
          label: 'Second',
          isActive: false,
        }),
        expect.objectContaining({ version: 1, label: 'Asset Page' }),
      ]);
    });

    it('reads one saved version, and not one that was never saved', async () => {
      const saved = await get('/Asset/versions/1');
      const never = await get('/Asset/versions/99');
      const nonsense = await get('/Asset/versions/first');

      expect(saved.body).toMatchObject({
        version: 1,
        regions: expect.any(Object),
      });
      expect(never.status).toBe(404);
      expect(nonsense.status).toBe(404);
    });

    it('activates a version and serves it with defaults filled in', async () => {
      const activated = await post('/Asset/versions/1/activate');
      const { body } = await get('/Asset/active');

      expect(activated.status).toBe(200);
      expect(activated.body).toMatchObject({ version: 1, isActive: true });
      expect((await get('/Asset')).body.activeVersion).toBe(1);
      expect(body).toMatchObject({
        source: 'saved',
        version: 1,
        label: 'Asset Page',
      });
      expect(body.regions.main).toEqual([
        {
          component: 'calm/lifecycleChart',
          tag: 'calm-lifecycle-chart',
          label: 'Lifecycle Chart',
          properties: { metric: 'MRR', showRangeControl: true },
          status: 'ok',
        },
      ]);
      expect(body.regions.sidebar[0].properties).toEqual({ limit: 10 });
    });

    it('answers 404 for activating a version that was never saved', async () => {
      const { status, body } = await post('/Asset/versions/42/activate');

      expect(status).toBe(404);
      expect(body[0].errorCode).toBe('NOT_FOUND');
    });

    it('gives concurrent saves different versions', async () => {
      const before = (await get('/Asset')).body.versions.length;
      const saves = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          post('/Asset', { ...assetPage, label: `Concurrent ${i}` }),
        ),
      );
      const versions = saves
        .map((save) => save.body.version as number)
        .sort((a, b) => a - b);

      expect(saves.map((save) => save.status)).toEqual(Array(6).fill(201));
      expect(versions).toEqual([1, 2, 3, 4, 5, 6].map((n) => before + n));
    });
  });

  describe('POST /ui-pages/:objectApiName rejects', () => {
    const rejected = async (object: string, page: object) => {
      const { status, body } = await post(`/${object}`, page);
      expect(status).toBe(400);
      return body as { errorCode: string; message: string; fields: string[] }[];
    };

    it('every problem of a definition at once, by field path', async () => {
      const errors = await rejected('Account', {
        label: ' ',
        template: 'oneColumn',
        regions: {
          main: [
            chart('Quantity'),
            { component: 'calm/nope' },
            {
              component: 'calm/assetDashboard',
              properties: { colour: 'red' },
            },
          ],
          sidebar: [{ component: 'calm/accountAssetList' }],
        },
      });

      expect(errors).toEqual([
        {
          errorCode: 'INVALID_INPUT',
          message: 'Give the page a label of 1 to 80 characters.',
          fields: ['label'],
        },
        expect.objectContaining({
          message: 'Lifecycle Chart cannot be placed on Account pages.',
          fields: ['regions.main[0].component'],
        }),
        expect.objectContaining({
          message: 'Unknown component calm/nope.',
          fields: ['regions.main[1].component'],
        }),
        expect.objectContaining({
          message: 'Asset Dashboard has no property colour.',
          fields: ['regions.main[2].properties.colour'],
        }),
        expect.objectContaining({
          message: 'The One Column template has no region sidebar.',
          fields: ['regions.sidebar'],
        }),
      ]);
    });

    it.each([
      [
        'a value outside the datasource',
        { metric: 'ARR' },
        'metric must be one of Quantity, MRR.',
      ],
      [
        'a string for a Boolean',
        { showRangeControl: 'yes' },
        'showRangeControl must be true or false.',
      ],
      ['a number for a String', { metric: 1 }, 'metric must be a string.'],
    ])('%s', async (_case, properties, message) => {
      const errors = await rejected('Asset', {
        ...assetPage,
        regions: { main: [{ component: 'calm/lifecycleChart', properties }] },
      });
      const [name] = Object.keys(properties);

      expect(errors).toEqual([
        expect.objectContaining({
          message,
          fields: [`regions.main[0].properties.${name}`],
        }),
      ]);
    });

    it.each([
      [0, 'limit must be between 1 and 50.'],
      [51, 'limit must be between 1 and 50.'],
      [2.5, 'limit must be a whole number.'],
      ['5', 'limit must be a whole number.'],
    ])('a limit of %j', async (limit, message) => {
      const errors = await rejected('Asset', {
        ...assetPage,
        regions: {
          sidebar: [
            { component: 'calm/invoiceLineList', properties: { limit } },
          ],
        },
      });

      expect(errors).toEqual([
        expect.objectContaining({
          message,
          fields: ['regions.sidebar[0].properties.limit'],
        }),
      ]);
    });

    it('an unknown template', async () => {
      const errors = await rejected('Asset', {
        ...assetPage,
        template: 'twoColumns',
      });

      expect(fieldsOf(errors)).toEqual(['template']);
      expect(errors[0]!.message).toMatch(/^Unknown template twoColumns/);
    });

    it('a label over 80 characters', async () => {
      const errors = await rejected('Asset', {
        ...assetPage,
        label: 'x'.repeat(81),
      });

      expect(fieldsOf(errors)).toEqual(['label']);
    });

    it('more than 25 components', async () => {
      const main = Array.from({ length: 26 }, () => chart('MRR'));
      const errors = await rejected('Asset', {
        ...assetPage,
        regions: { main },
      });

      expect(errors).toEqual([
        expect.objectContaining({
          message: 'A page holds at most 25 components; this one has 26.',
          fields: ['regions'],
        }),
      ]);
    });

    it('fields the definition does not have', async () => {
      const errors = await rejected('Asset', {
        ...assetPage,
        layout: 'wide',
        regions: { main: [{ component: 'calm/assetDashboard', props: {} }] },
      });

      expect(fieldsOf(errors).sort()).toEqual([
        'layout',
        'regions.main[0].props',
      ]);
    });

    it('a definition without a label', async () => {
      const unlabelled: Partial<typeof assetPage> = { ...assetPage };
      delete unlabelled.label;
      const errors = await rejected('Asset', unlabelled);

      expect(fieldsOf(errors)).toEqual(['label']);
    });
  });

  it('serves a saved page whose component is gone with that entry missing', async () => {
    const { versions } = (await get('/Account')).body;
    const version = versions.length + 1;
    await t.db
      .insertInto('recordPage')
      .values({
        objectApiName: 'Account',
        version,
        label: 'Retired parts',
        template: 'oneColumn',
        regions: JSON.stringify({
          main: [
            { component: 'calm/assetDashboard', properties: {} },
            { component: 'calm/retiredWidget', properties: { size: 3 } },
            chart('MRR'),
          ],
        }),
      })
      .execute();
    await post(`/Account/versions/${version}/activate`);

    const { body } = await get('/Account/active');

    expect(body).toMatchObject({ source: 'saved', version });
    expect(body.regions.main).toEqual([
      expect.objectContaining({
        component: 'calm/assetDashboard',
        status: 'ok',
      }),
      {
        component: 'calm/retiredWidget',
        tag: 'calm-retired-widget',
        label: 'calm/retiredWidget',
        properties: { size: 3 },
        status: 'missing',
        message: 'The component calm/retiredWidget is no longer available.',
      },
      expect.objectContaining({
        component: 'calm/lifecycleChart',
        status: 'missing',
        message: 'Lifecycle Chart can no longer be placed on Account pages.',
      }),
    ]);
  });

  it.each([
    ['GET', '/Opportunity'],
    ['GET', '/Opportunity/active'],
    ['GET', '/Opportunity/versions/1'],
    ['POST', '/Opportunity'],
  ])(
    '%s %s answers 404 for an object without record pages',
    async (method, path) => {
      const response = await t.app.inject({
        method: method as 'GET' | 'POST',
        url: `${PAGES}${path}`,
        payload: method === 'POST' ? { label: '' } : undefined,
      });

      expect(response.statusCode).toBe(404);
      expect(response.json()[0].errorCode).toBe('NOT_FOUND');
    },
  );

  it('refuses changes from a request that may not edit pages', async () => {
    jest.mocked(canEditPages).mockReturnValue(false);
    const saved = await post('/Asset', assetPage);
    const activated = await post('/Asset/versions/1/activate');
    jest.mocked(canEditPages).mockReturnValue(true);

    expect([saved.status, activated.status]).toEqual([403, 403]);
    expect(saved.body[0].errorCode).toBe('INSUFFICIENT_ACCESS');
    expect((await get('/Asset')).body.activeVersion).toBe(1);
  });
});
