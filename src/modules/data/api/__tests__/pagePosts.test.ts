import { ApiRequestError, activatePage, savePage } from 'data/api';

const DEFINITION = {
  label: 'Asset Record Page',
  template: 'oneColumn',
  regions: { main: [{ component: 'calm/assetDashboard', properties: {} }] },
};

function answer(status: number, body: unknown) {
  const fetchMock = jest.fn().mockResolvedValue({
    ok: status < 400,
    status,
    statusText: 'Bad Request',
    json: () => Promise.resolve(body),
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe('savePage and activatePage', () => {
  it('POSTs a definition as JSON to the object’s record pages', async () => {
    const fetchMock = answer(201, { version: 3 });

    await expect(savePage('Asset', DEFINITION)).resolves.toEqual({
      version: 3,
    });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/services/data/v68.0/ui-pages/Asset');
    expect(init.method).toBe('POST');
    expect(init.headers['content-type']).toBe('application/json');
    expect(JSON.parse(init.body)).toEqual(DEFINITION);
  });

  it('activates a version by number', async () => {
    const fetchMock = answer(200, { version: 2, isActive: true });

    await activatePage('Account', 2);

    expect(fetchMock.mock.calls[0][0]).toBe(
      '/services/data/v68.0/ui-pages/Account/versions/2/activate',
    );
  });

  it('throws the platform’s error array with its field paths', async () => {
    const errors = [
      {
        errorCode: 'INVALID_INPUT',
        message: 'Unknown component calm/nope.',
        fields: ['regions.main[0].component'],
      },
    ];
    answer(400, errors);

    const failure = await savePage('Asset', DEFINITION).catch((e) => e);

    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure.status).toBe(400);
    expect(failure.errors).toEqual(errors);
  });

  it('says the server could not be reached when the request fails', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('offline'));

    const failure = await activatePage('Asset', 1).catch((e) => e);

    expect(failure.status).toBe(0);
    expect(failure.errors[0].errorCode).toBe('NETWORK_ERROR');
  });
});
