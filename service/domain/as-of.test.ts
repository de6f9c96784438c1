import { resolveAsOf } from './as-of';

const NOW = new Date('2026-12-03T16:00:00Z');

describe('as of a date in the org time zone', () => {
  it('evaluates today at the present moment', () => {
    expect(resolveAsOf(undefined, 'UTC', NOW)).toEqual({
      date: '2026-12-03',
      at: NOW,
    });
  });

  it('knows that it is already tomorrow east of UTC', () => {
    expect(resolveAsOf(undefined, 'Pacific/Auckland', NOW).date).toBe(
      '2026-12-04',
    );
  });

  it('evaluates another day at its last second in the zone', () => {
    const { at } = resolveAsOf('2026-06-30', 'America/New_York', NOW);

    expect(at.toISOString()).toBe('2026-07-01T03:59:59.000Z');
  });

  it('rejects a date that does not exist', () => {
    expect(() => resolveAsOf('2026-02-30', 'UTC', NOW)).toThrow(
      '2026-02-30 is not a calendar date',
    );
  });
});
