import { COLUMNS, type SortField } from './assetRows';

/** Column headers with their sort state, as the table shows them. */
export function sortHeaders(sortedBy: SortField, ascending: boolean) {
  return COLUMNS.map(({ field, label, numeric }) => {
    const sorted = field === sortedBy;
    const direction = ascending ? 'asc' : 'desc';
    const classes = ['slds-is-sortable', `column-${field}`];
    if (sorted) classes.push('slds-is-sorted', `slds-is-sorted_${direction}`);
    if (numeric) classes.push('slds-text-align_right');

    return {
      field,
      label,
      className: classes.join(' '),
      ariaSort: sorted ? (ascending ? 'ascending' : 'descending') : 'none',
    };
  });
}

export function sortAnnouncement(sortedBy: SortField, ascending: boolean) {
  const label = COLUMNS.find((column) => column.field === sortedBy)?.label;
  return `Sorted by ${label}, ${ascending ? 'ascending' : 'descending'}`;
}
