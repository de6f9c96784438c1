import type { ComponentProperty } from './types';

/** The platform's limit on a String property's value. */
const MAX_STRING_LENGTH = 255;

/**
 * Why `value` cannot be set on `property`, or null when it can. Values are
 * JSON: a String property takes a string, Integer a whole number, Boolean
 * true or false.
 */
export function valueProblem(
  property: ComponentProperty,
  value: unknown,
): string | null {
  const { name, type } = property;

  if (type === 'Boolean') {
    return typeof value === 'boolean' ? null : `${name} must be true or false`;
  }
  if (type === 'Integer') {
    if (!Number.isSafeInteger(value)) return `${name} must be a whole number`;
    return rangeProblem(property, value as number);
  }
  if (typeof value !== 'string') return `${name} must be a string`;
  if (property.datasource && !property.datasource.includes(value)) {
    return `${name} must be one of ${property.datasource.join(', ')}`;
  }
  if (value.length > MAX_STRING_LENGTH || value.includes('\u0000')) {
    return `${name} must be at most ${MAX_STRING_LENGTH} characters, none of them NUL`;
  }
  return null;
}

function rangeProblem(property: ComponentProperty, value: number) {
  const { name, min, max } = property;
  const tooLow = min !== null && value < min;
  const tooHigh = max !== null && value > max;

  if (!tooLow && !tooHigh) return null;
  if (min !== null && max !== null) {
    return `${name} must be between ${min} and ${max}`;
  }
  return min !== null
    ? `${name} must be at least ${min}`
    : `${name} must be at most ${max}`;
}
