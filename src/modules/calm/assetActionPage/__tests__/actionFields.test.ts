import { actionSections } from '../actionFields';
import ACTION from './data/assetAction.json';

const CONTEXT = { currencyIsoCode: 'USD', timeZone: 'UTC' };
const titles = (action: Record<string, unknown>) =>
  actionSections(action, CONTEXT).map((section) => section.title);

describe('actionSections', () => {
  it('groups the fields of an asset action in order', () => {
    expect(titles(ACTION)).toEqual([
      'Action',
      'Change',
      'Running Totals',
      'Running Totals by Business Category',
      'Source Rollups',
    ]);
  });

  it('leaves out the category totals when every one is zero', () => {
    const cancelled = Object.fromEntries(
      Object.entries(ACTION).map(([key, value]) =>
        /^Total\w+Amount$/.test(key) ? [key, 0] : [key, value],
      ),
    );

    expect(titles(cancelled)).not.toContain(
      'Running Totals by Business Category',
    );
  });

  it('shows a running total of a category it does not know under Other', () => {
    const [other] = actionSections(
      { ...ACTION, TotalRebatesAmount: 12.5 },
      CONTEXT,
    ).slice(-1);

    expect(other!.title).toBe('Other');
    expect(other!.rows[0]!.fields[0]).toMatchObject({
      label: 'Total Rebates Amount',
      value: '12.5',
    });
  });

  it('pads a lone last field so it keeps its column', () => {
    const change = actionSections(ACTION, CONTEXT)[1]!;

    expect(change.rows.map((row) => row.fields.length)).toEqual([2, 2]);
    expect(change.rows[1]!.fields[1]!.empty).toBe(true);
  });
});
