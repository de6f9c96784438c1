import { valueProblem } from './properties';
import type { ComponentProperty, PropertyType, PropertyValue } from './types';

const TYPES: PropertyType[] = ['String', 'Integer', 'Boolean'];
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const INTEGER = /^-?\d+$/;

/** One `<property>` of a record page `targetConfig`. */
export function metadataProperty(
  attributes: Record<string, unknown>,
): ComponentProperty {
  const attribute = (key: string) => {
    const value = attributes[`@${key}`];
    return value === undefined ? undefined : String(value).trim();
  };
  const name = attribute('name') ?? '';
  if (!NAME.test(name)) throw new Error(`property name "${name}" is not valid`);

  const fail = (message: string) => {
    throw new Error(`property ${name}: ${message}`);
  };
  const type = attribute('type') as PropertyType;
  if (!TYPES.includes(type)) fail(`type must be ${TYPES.join(', ')}`);

  const datasource = attribute('datasource');
  const min = attribute('min');
  const max = attribute('max');
  if (datasource !== undefined && type !== 'String') {
    fail('only a String property takes a datasource');
  }
  if ((min ?? max) !== undefined && type !== 'Integer') {
    fail('only an Integer property takes min and max');
  }
  const property: ComponentProperty = {
    name,
    type,
    label: attribute('label') || name,
    description: attribute('description') ?? '',
    default: null,
    datasource: datasource === undefined ? null : choices(datasource, fail),
    min: integer(min, fail),
    max: integer(max, fail),
    required: flag(attribute('required'), fail),
  };
  if (property.min !== null && property.max !== null) {
    if (property.min > property.max) fail('min is greater than max');
  }
  const fallback = attribute('default');
  if (fallback !== undefined) {
    property.default = typed(type, fallback);
    const problem = valueProblem(property, property.default);
    if (problem) fail(`default ${fallback} does not fit: ${problem}`);
  }
  return property;
}

type Fail = (message: string) => never;

function choices(datasource: string, fail: Fail): string[] {
  const values = datasource.split(',').map((value) => value.trim());
  if (values.some((value) => !value)) fail(`datasource has an empty value`);

  return values;
}

function integer(value: string | undefined, fail: Fail): number | null {
  if (value === undefined) return null;
  if (!INTEGER.test(value)) fail(`${value} is not a whole number`);

  return Number(value);
}

function flag(value: string | undefined, fail: Fail): boolean {
  if (value === undefined || value === 'false') return false;
  if (value !== 'true') fail(`required must be true or false, not ${value}`);

  return true;
}

/** Metadata attributes are text; the default takes the property's type. */
function typed(type: PropertyType, value: string): PropertyValue {
  if (type === 'Integer' && INTEGER.test(value)) return Number(value);
  if (type === 'Boolean' && (value === 'true' || value === 'false')) {
    return value === 'true';
  }
  return value;
}
