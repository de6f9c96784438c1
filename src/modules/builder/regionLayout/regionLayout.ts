const ORDER = ['header', 'main', 'sidebar'];

export interface RegionSlot {
  name: string;
  sizeClass: string;
}

const FULL = 'slds-col slds-size_1-of-1';

/**
 * How a template's regions sit on the page: the header across the top,
 * main beside a right sidebar (two thirds and one third), any other
 * region full width.
 */
export function regionLayout(names: string[]): RegionSlot[] {
  const hasSidebar = names.includes('sidebar');
  const rank = (name: string) =>
    ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length;
  const sorted = [...names].sort((a, b) => rank(a) - rank(b));

  return sorted.map((name) => {
    if (name === 'sidebar') {
      return { name, sizeClass: `${FULL} slds-large-size_1-of-3` };
    }
    if (name === 'main' && hasSidebar) {
      return { name, sizeClass: `${FULL} slds-large-size_2-of-3` };
    }
    return { name, sizeClass: FULL };
  });
}
