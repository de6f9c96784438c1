import {
  formatCurrency,
  formatDate,
  formatDateTime,
  formatNumber,
} from 'data/format';

type Source = Record<string, unknown>;

export interface Context {
  currencyIsoCode: string;
  timeZone: string;
}

const MONEY = [
  ['ProductAmount', 'Product Amount'],
  ['AdjustmentAmount', 'Adjustment Amount'],
  ['Subtotal', 'Subtotal'],
  ['EstimatedTax', 'Estimated Tax'],
  ['ActualTax', 'Actual Tax'],
] as const;

const LABELS = [
  'Transaction Date',
  'Start Date',
  'End Date',
  'Quantity',
  ...MONEY.map(([, label]) => label),
];

const cellClass = (index: number) =>
  index >= 3 ? 'slds-text-align_right' : '';

export const COLUMNS = LABELS.map((label, index) => ({
  label,
  className: `slds-text-title_caps ${cellClass(index)}`.trim(),
}));

const text = (value: unknown) =>
  typeof value === 'string' && value ? value : null;

function money(value: unknown, context: Context) {
  return typeof value === 'number'
    ? formatCurrency(value, context.currencyIsoCode)
    : '';
}

/** One table row per source: what it refers to, its dates and amounts. */
export function sourceRows(sources: Source[], context: Context) {
  return sources.map((source) => ({
    id: String(source.Id),
    referenceId: text(source.ReferenceEntityItemId),
    externalReference: text(source.ExternalReference) ?? '',
    dataSource: text(source.ExternalReferenceDataSource) ?? '',
    cells: [
      formatDateTime(text(source.TransactionDate), context.timeZone),
      formatDate(text(source.StartDate), context.timeZone),
      formatDate(text(source.EndDate), context.timeZone),
      typeof source.Quantity === 'number' ? formatNumber(source.Quantity) : '',
      ...MONEY.map(([field]) => money(source[field], context)),
    ].map((value, index) => ({
      key: LABELS[index]!,
      value,
      className: cellClass(index),
    })),
  }));
}

type RelatedAction = {
  Id: string;
  AssetActionSources?: { records?: Source[] };
};

/** The sources embedded in an asset's actions list for one action. */
export function sourcesOf(
  actions: RelatedAction[],
  actionId: string,
): Source[] | null {
  const action = actions.find(
    (candidate) => candidate.Id.slice(0, 15) === actionId.slice(0, 15),
  );
  return action ? (action.AssetActionSources?.records ?? []) : null;
}
