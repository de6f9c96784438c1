/** The business categories an asset action may carry, spelled exactly. */
export const BUSINESS_CATEGORIES = [
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
] as const;

export type BusinessCategory = (typeof BUSINESS_CATEGORIES)[number];

/** `Cross-Sells` → `TotalCrossSellsAmount`, the running total's field name. */
export function categoryTotalField(category: string): string {
  return `Total${category.replace(/[^A-Za-z]/g, '')}Amount`;
}
