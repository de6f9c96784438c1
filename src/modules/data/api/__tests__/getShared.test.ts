import { getShared } from 'data/api';

describe('getShared', () => {
  const fetchMock = jest.fn();

  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () => ({
      ok: true,
      json: async () => ({ Id: '02i0C00000000KwQAI' }),
    }));
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('asks the server once for components reading the same record together', async () => {
    const answers = await Promise.all([
      getShared('/sobjects/Asset/02i0C00000000KwQAI'),
      getShared('/sobjects/Asset/02i0C00000000KwQAI'),
    ]);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(answers[0]).toEqual(answers[1]);
  });

  it('asks again once the earlier answer has arrived', async () => {
    await getShared('/sobjects/Asset/02i0C00000000KwQAI');
    await getShared('/sobjects/Asset/02i0C00000000KwQAI');

    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
