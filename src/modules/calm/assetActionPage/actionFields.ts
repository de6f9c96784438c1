import {
  formatCurrency,
  formatDateTime,
  formatDelta,
  formatNumber,
} from 'data/format';

type Action = Record<string, unknown>;
type Kind = 'text' | 'money' | 'delta' | 'number' | 'dateTime';

export interface Field {
  key: string;
  label: string;
  value: string;
  empty?: boolean;
}

export interface Section {
  key: string;
  title: string;
  rows: { key: string; fields: Field[] }[];
}

export interface Context {
  currencyIsoCode: string;
  timeZone: string;
}

const SECTIONS: [string, [string, string, Kind][]][] = [
  [
    'Action',
    [
      ['Type', 'Type', 'text'],
      ['CategoryEnum', 'Business Category', 'text'],
      ['ActionDate', 'Action Date', 'dateTime'],
      ['CreatedDate', 'Created Date', 'dateTime'],
    ],
  ],
  [
    'Change',
    [
      ['QuantityChange', 'Quantity Change', 'delta'],
      ['MrrChange', 'MRR Change', 'money'],
      ['Amount', 'Amount', 'money'],
    ],
  ],
  [
    'Running Totals',
    [
      ['TotalQuantity', 'Total Quantity', 'number'],
      ['TotalMrr', 'Total MRR', 'money'],
      ['TotalAmount', 'Total Amount', 'money'],
    ],
  ],
  [
    'Source Rollups',
    [
      ['ProductAmountChange', 'Product Amount Change', 'money'],
      ['AdjustmentAmountChange', 'Adjustment Amount Change', 'money'],
      ['SubtotalChange', 'Subtotal Change', 'money'],
      ['EstimatedTaxChange', 'Estimated Tax Change', 'money'],
      ['ActualTaxChange', 'Actual Tax Change', 'money'],
    ],
  ],
];

const BUSINESS_CATEGORIES = [
  'Initial Sale',
  'Renewals',
  'Upsells',
  'Downsells',
  'Cross-Sells',
  'Upgrades',
  'Downgrades',
  'Swaps',
  'Cancellations',
  'Transfers',
  'Terms And Conditions Changes',
  'Other',
];
const NOT_SHOWN = new Set([
  'attributes',
  'Id',
  'AssetId',
  'AssetActionSources',
]);
/** `Cross-Sells` → `TotalCrossSellsAmount`, the running total's field. */
const totalField = (category: string) =>
  `Total${category.replace(/[^A-Za-z]/g, '')}Amount`;

const KNOWN = new Set([
  ...SECTIONS.flatMap(([, fields]) => fields.map((f) => f[0])),
  ...BUSINESS_CATEGORIES.map(totalField),
]);

/** `RenewalTermMonths` → `Renewal Term Months`. */
const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2');

function format(value: unknown, kind: Kind, context: Context): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') {
    return kind === 'dateTime'
      ? formatDateTime(String(value), context.timeZone)
      : String(value);
  }
  if (kind === 'money') return formatCurrency(value, context.currencyIsoCode);
  if (kind === 'delta') return formatDelta(value);
  return formatNumber(value);
}

const EMPTY: Field = { key: '', label: '', value: '', empty: true };

/** Two fields a row; a lone last field keeps its column. */
function inRows(key: string, title: string, fields: Field[]): Section {
  const rows = [];
  for (let i = 0; i < fields.length; i += 2) {
    const pair = fields.slice(i, i + 2);
    if (pair.length === 1) pair.push({ ...EMPTY, key: `${key}-${i}-empty` });
    rows.push({ key: `${key}-${i}`, fields: pair });
  }
  return { key, title, rows };
}

/** The running totals per business category that are not zero. */
function categoryTotals(action: Action, context: Context): Field[] {
  return BUSINESS_CATEGORIES.map((label) => ({ key: totalField(label), label }))
    .filter(({ key }) => Number(action[key] ?? 0) !== 0)
    .map(({ key, label }) => ({
      key,
      label,
      value: format(action[key], 'money', context),
    }));
}

/** Fields the API returns that no section names, labelled from their names. */
function otherFields(action: Action, context: Context): Field[] {
  return Object.keys(action)
    .filter((key) => !KNOWN.has(key) && !NOT_SHOWN.has(key))
    .map((key) => ({
      key,
      label: words(key),
      value: format(action[key], 'text', context),
    }));
}

/** Every field of an asset action, grouped in sections of two-field rows. */
export function actionSections(action: Action, context: Context): Section[] {
  const sections = SECTIONS.map(([title, fields]) =>
    inRows(
      title,
      title,
      fields
        .filter(([key]) => key in action)
        .map(([key, label, kind]) => ({
          key,
          label,
          value: format(action[key], kind, context),
        })),
    ),
  );
  const totals = categoryTotals(action, context);
  const others = otherFields(action, context);

  sections.splice(
    3,
    0,
    inRows('Categories', 'Running Totals by Business Category', totals),
  );
  if (others.length > 0) sections.push(inRows('Other', 'Other', others));
  return sections.filter((section) => section.rows.length > 0);
}
