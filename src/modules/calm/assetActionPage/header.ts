import { formatCurrency, formatDateTime } from 'data/format';

import type { Context } from './actionFields';

type Record = { [field: string]: unknown };

/** The record header: the business category, then type, asset, date, amount. */
export function actionHeader(action: Record, asset: Record, context: Context) {
  return {
    title: String(action.CategoryEnum),
    fields: [
      { label: 'Type', value: String(action.Type) },
      {
        label: 'Asset',
        value: String(asset.Name),
        href: `/lightning/r/Asset/${asset.Id}/view`,
      },
      {
        label: 'Action Date',
        value: formatDateTime(String(action.ActionDate), context.timeZone),
      },
      {
        label: 'Amount',
        value: formatCurrency(Number(action.Amount), context.currencyIsoCode),
      },
    ],
  };
}
