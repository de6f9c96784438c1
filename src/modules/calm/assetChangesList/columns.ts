import type { SortDirection, SortField } from './changeRows';

export interface Column {
  field: SortField;
  label: string;
  numeric?: boolean;
}

export const COLUMNS: Column[] = [
  { field: 'sequence', label: 'Asset Action' },
  { field: 'CategoryEnum', label: 'Business Category' },
  { field: 'Type', label: 'Type' },
  { field: 'ActionDate', label: 'Action Date' },
  { field: 'QuantityChange', label: 'Quantity Change', numeric: true },
  { field: 'MrrChange', label: 'MRR Change', numeric: true },
  { field: 'Amount', label: 'Amount Change', numeric: true },
  { field: 'TotalQuantity', label: 'Total Quantity', numeric: true },
  { field: 'TotalMrr', label: 'Total MRR', numeric: true },
  { field: 'TotalAmount', label: 'Total Amount', numeric: true },
];

/** Header cells with the sort state the table shows and announces. */
export function headerCells(field: SortField, direction: SortDirection) {
  return COLUMNS.map((column) => {
    const sorted = column.field === field;
    const arrow = direction === 'ascending' ? 'arrowup' : 'arrowdown';

    return {
      ...column,
      ariaSort: sorted ? direction : undefined,
      className: `slds-is-sortable${sorted ? ' slds-is-sorted' : ''}${
        column.numeric ? ' slds-text-align_right' : ''
      }`,
      icon: `/slds/icons/utility-sprite/svg/symbols.svg#${sorted ? arrow : 'arrowdown'}`,
      sortHint: sorted ? `Sorted ${direction}` : 'Sort',
    };
  });
}
