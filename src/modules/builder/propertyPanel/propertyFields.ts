import type { PageProperty, PropertyValues } from 'data/wire';

export interface PropertyIssue {
  property?: string;
  message: string;
}

const classes = (...names: (string | false)[]) =>
  names.filter(Boolean).join(' ');

/** One form field per declared property, with its value and problem. */
export function propertyFields(
  properties: PageProperty[],
  values: PropertyValues,
  issues: PropertyIssue[],
) {
  return properties.map((property) => {
    const value = values[property.name];
    const error = issues
      .filter((issue) => issue.property === property.name)
      .map((issue) => issue.message)
      .join(' ');
    const inputId = `property-${property.name}`;
    const helpId = `help-${property.name}`;
    const errorId = `error-${property.name}`;
    const options = (property.datasource ?? []).map((option) => ({
      value: option,
      selected: option === value,
    }));

    return {
      name: property.name,
      label: property.label,
      description: property.description ?? '',
      required: property.required,
      inputId,
      helpId,
      errorId,
      describedBy:
        [property.description && helpId, error && errorId]
          .filter(Boolean)
          .join(' ') || undefined,
      formClass: classes('slds-form-element', !!error && 'slds-has-error'),
      error,
      invalid: error ? 'true' : 'false',
      isBoolean: property.type === 'Boolean',
      isInteger: property.type === 'Integer',
      isSelect: property.type === 'String' && options.length > 0,
      isText: property.type === 'String' && options.length === 0,
      blankOption: !property.required,
      options,
      value: value === undefined || Number.isNaN(value) ? '' : value,
      checked: value === true,
      min: property.min ?? undefined,
      max: property.max ?? undefined,
    };
  });
}

/** The value an input holds, typed as its property declares. */
export function inputValue(input: HTMLInputElement, type: string) {
  if (type === 'Boolean') return input.checked;
  if (type !== 'Integer') return input.value;
  if (input.value === '') return input.validity?.badInput ? Number.NaN : '';
  return Number(input.value);
}
