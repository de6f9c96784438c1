import { formatDate } from 'data/format';
import type { SObject } from 'data/wire';

import type { HighlightField } from 'calm/recordHeader';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The asset page's highlight fields, lifecycle dates in the org's zone. */
export function assetHighlights(
  asset: SObject,
  names: { account?: string; product?: string },
  timeZone?: string,
): HighlightField[] {
  const accountId = text(asset.AccountId);
  const dateOf = (field: string) =>
    timeZone ? formatDate(text(asset[field]), timeZone) : '';
  const end = asset.LifecycleEndDate ? dateOf('LifecycleEndDate') : 'Evergreen';

  return [
    {
      label: 'Account',
      value: names.account,
      href: `/lightning/r/Account/${encodeURIComponent(accountId)}/view`,
    },
    { label: 'Product', value: names.product },
    { label: 'Lifecycle Start', value: dateOf('LifecycleStartDate') },
    { label: 'Lifecycle End', value: end },
    { label: 'Currency', value: text(asset.CurrencyIsoCode) },
  ];
}
