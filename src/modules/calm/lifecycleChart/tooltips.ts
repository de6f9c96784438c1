import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatDelta,
  formatNumber,
} from 'data/format';

export interface StatePeriod {
  Id: string;
  StartDate: string;
  EndDate: string | null;
  Quantity: number;
  Mrr: number;
  Amount: number;
}

export interface AssetAction {
  Id: string;
  Type: string;
  CategoryEnum: string;
  ActionDate: string;
  QuantityChange: number;
  MrrChange: number;
  Amount: number;
  TotalQuantity: number;
  TotalMrr: number;
  TotalAmount: number;
}

export interface Tooltip {
  title: string;
  lines: string[];
}

export interface Formatting {
  timeZone: string;
  currencyIsoCode?: string;
}

export function formatMoney(value: number, { currencyIsoCode }: Formatting) {
  return currencyIsoCode
    ? formatCurrency(value, currencyIsoCode)
    : formatNumber(value);
}

export function periodTooltip(
  period: StatePeriod,
  formatting: Formatting,
): Tooltip {
  const { timeZone } = formatting;
  const end = period.EndDate
    ? formatDate(period.EndDate, timeZone)
    : 'no end date';

  return {
    title: `State period: ${formatDate(period.StartDate, timeZone)} – ${end}`,
    lines: [
      `Quantity: ${formatNumber(period.Quantity)}`,
      `MRR: ${formatMoney(period.Mrr, formatting)}`,
      `Amount: ${formatMoney(period.Amount, formatting)}`,
    ],
  };
}

/** `sequence` counts the asset's actions from 1 in the order they were made. */
export function actionTooltip(
  action: AssetAction,
  sequence: number,
  formatting: Formatting,
): Tooltip {
  return {
    title: `Action ${sequence}: ${action.Type}`,
    lines: [
      `Business category: ${action.CategoryEnum}`,
      `Action date: ${formatDateTime(action.ActionDate, formatting.timeZone)}`,
      `Quantity change: ${formatDelta(action.QuantityChange)}`,
      `MRR change: ${formatDelta(action.MrrChange)}`,
      `Amount change: ${formatDelta(action.Amount)}`,
      `Total quantity: ${formatNumber(action.TotalQuantity)}`,
      `Total MRR: ${formatMoney(action.TotalMrr, formatting)}`,
      `Total amount: ${formatMoney(action.TotalAmount, formatting)}`,
    ],
  };
}
