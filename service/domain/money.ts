import Big from 'big.js';

export { Big };

/** Values as the database returns them: numeric columns are strings. */
export type Decimal = Big;

export const ZERO = new Big(0);

export function decimal(value: string | number): Big {
  return new Big(value);
}

export function sum(values: Big[]): Big {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** Whether a number fits a numeric column with two decimal places. */
export function fitsColumn(value: number, integerDigits: number): boolean {
  if (!Number.isFinite(value)) return false;

  const big = new Big(value);
  return big.round(2).eq(big) && big.abs().lt(new Big(10).pow(integerDigits));
}

/** A decimal for a JSON response; numeric(18, 2) values fit a double. */
export function toJsonNumber(value: Big | string): number {
  return Number(value.toString());
}
