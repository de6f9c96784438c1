import { describeEachDatabase } from '../test/app';

describeEachDatabase('pages and unknown addresses', (t) => {
  it('answers a mistyped address in a browser with the page shell and 404', async () => {
    const response = await t.app.inject({
      url: '/this/does/not/exist',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });

    expect(response.statusCode).toBe(404);
  });

  it('keeps the platform error array for programs', async () => {
    const response = await t.app.inject({
      url: '/this/does/not/exist',
      headers: { accept: 'application/json' },
    });

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual([
      expect.objectContaining({ errorCode: 'NOT_FOUND' }),
    ]);
  });

  it('keeps the platform error array under the data path, even for browsers', async () => {
    const response = await t.app.inject({
      url: '/services/data/v60.0/nothing-here',
      headers: { accept: 'text/html' },
    });

    expect(response.json()[0].errorCode).toBe('NOT_FOUND');
  });
});
