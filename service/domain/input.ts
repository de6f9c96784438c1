import { Problems } from './errors';
import { normalizeId } from './ids';
import type { Deltas } from './deltas';
import { decimal, fitsColumn, ZERO, type Big } from './money';
import type { SentPeriod } from './periods';

export interface PeriodBody {
  startDate: string;
  endDate?: string | null;
  quantity: number;
  amount: number;
  mrr: number;
}

export interface ActionBody {
  category: string;
  actionDate: string;
  quantityChange: number;
  mrrChange: number;
  amount: number;
}

export interface SourceBody {
  referenceEntityItem?: string;
  externalReference?: string;
  externalReferenceDataSource?: string;
  transactionDate?: string;
  startDate?: string;
  endDate?: string;
  quantity?: number;
  productAmount?: number;
  adjustmentAmount?: number;
  estimatedTax?: number;
  actualTax?: number;
}

export interface ActionInput extends Deltas {
  category: string;
  actionDate: Date;
}

export interface SourceInput {
  path: string;
  referenceEntityItem: string | null;
  externalReference: string | null;
  externalReferenceDataSource: string | null;
  transactionDate: Date | null;
  startDate: Date | null;
  endDate: Date | null;
  quantity: Big | null;
  productAmount: Big;
  adjustmentAmount: Big;
  estimatedTax: Big;
  actualTax: Big;
}

/**
 * Figures travel as JSON numbers (doubles), exact to 15 significant digits:
 * amounts up to 13 digits before the decimal point and quantities up to 12
 * arrive exactly as written.
 */
export const MONEY_DIGITS = 13;
export const QUANTITY_DIGITS = 12;
const FIRST_YEAR = 1700;
const LAST_YEAR = 4000;

/**
 * Turns request bodies that passed schema validation into domain values,
 * collecting what the schema cannot say: timestamps that do not exist,
 * figures with more than two decimals or too many digits.
 */
export class InputReader {
  readonly problems = new Problems();

  timestamp(value: string, field: string): Date {
    const date = new Date(value);
    const year = date.getUTCFullYear();

    if (Number.isNaN(+date)) {
      this.problems.add(field, `${value} is not a valid date and time.`);
    } else if (year < FIRST_YEAR || year > LAST_YEAR) {
      this.problems.add(
        field,
        `${value} is outside the years ${FIRST_YEAR} to ${LAST_YEAR}.`,
      );
    }
    return date;
  }

  optionalTimestamp(value: string | null | undefined, field: string) {
    return value == null ? null : this.timestamp(value, field);
  }

  /** A record id in its 18-character form. */
  optionalId(value: string | undefined, field: string): string | null {
    if (value === undefined) return null;

    const id = normalizeId(value);
    if (!id) this.problems.add(field, `${value} is not a valid record id.`);
    return id ?? value;
  }

  figure(value: number, field: string, digits = MONEY_DIGITS): Big {
    if (!fitsColumn(value, digits)) {
      this.problems.add(
        field,
        `${field} takes at most ${digits} digits before the decimal point and 2 after; ${value} does not fit.`,
      );
      return ZERO;
    }
    return decimal(value);
  }

  period(body: PeriodBody, path: string): SentPeriod {
    return {
      path,
      startDate: this.timestamp(body.startDate, `${path}.startDate`),
      endDate: this.optionalTimestamp(body.endDate, `${path}.endDate`),
      quantity: this.figure(body.quantity, `${path}.quantity`, QUANTITY_DIGITS),
      amount: this.figure(body.amount, `${path}.amount`),
      mrr: this.figure(body.mrr, `${path}.mrr`),
    };
  }

  periods(bodies: PeriodBody[] = []): SentPeriod[] {
    return bodies.map((body, i) =>
      this.period(body, `assetStatePeriods[${i}]`),
    );
  }

  action(body: ActionBody): ActionInput {
    return {
      category: body.category,
      actionDate: this.timestamp(body.actionDate, 'assetAction.actionDate'),
      quantityChange: this.figure(
        body.quantityChange,
        'assetAction.quantityChange',
        QUANTITY_DIGITS,
      ),
      mrrChange: this.figure(body.mrrChange, 'assetAction.mrrChange'),
      amount: this.figure(body.amount, 'assetAction.amount'),
    };
  }

  sources(bodies: SourceBody[] = []): SourceInput[] {
    return bodies.map((body, i) =>
      this.source(body, `assetActionSources[${i}]`),
    );
  }

  private source(body: SourceBody, path: string): SourceInput {
    const hasItem = body.referenceEntityItem !== undefined;
    const hasExternal = body.externalReference !== undefined;

    if (hasItem === hasExternal) {
      this.problems.add(
        path,
        `An asset action source names either a referenceEntityItem or an externalReference, not ${hasItem ? 'both' : 'neither'}.`,
      );
    }
    if (hasExternal && body.externalReferenceDataSource === undefined) {
      this.problems.add(
        `${path}.externalReferenceDataSource`,
        'An external reference needs its externalReferenceDataSource.',
      );
    }
    const money = (value: number | undefined, name: string) =>
      value === undefined ? ZERO : this.figure(value, `${path}.${name}`);

    return {
      path,
      referenceEntityItem: this.optionalId(
        body.referenceEntityItem,
        `${path}.referenceEntityItem`,
      ),
      externalReference: body.externalReference ?? null,
      externalReferenceDataSource: body.externalReferenceDataSource ?? null,
      transactionDate: this.optionalTimestamp(
        body.transactionDate,
        `${path}.transactionDate`,
      ),
      startDate: this.optionalTimestamp(body.startDate, `${path}.startDate`),
      endDate: this.optionalTimestamp(body.endDate, `${path}.endDate`),
      quantity:
        body.quantity === undefined
          ? null
          : this.figure(body.quantity, `${path}.quantity`, QUANTITY_DIGITS),
      productAmount: money(body.productAmount, 'productAmount'),
      adjustmentAmount: money(body.adjustmentAmount, 'adjustmentAmount'),
      estimatedTax: money(body.estimatedTax, 'estimatedTax'),
      actualTax: money(body.actualTax, 'actualTax'),
    };
  }
}
