export type TabName = 'details' | 'related';

const TABS: { name: TabName; label: string }[] = [
  { name: 'details', label: 'Details' },
  { name: 'related', label: 'Related' },
];

export function tabNamed(name: unknown): TabName {
  return name === 'related' ? 'related' : 'details';
}

/** What the tab bar shows, with the open tab selected. */
export function tabItems(active: TabName) {
  return TABS.map(({ name, label }) => {
    const selected = name === active;
    return {
      name,
      label,
      ariaSelected: selected ? 'true' : 'false',
      id: `tab-${name}`,
      panelId: `panel-${name}`,
      tabIndex: selected ? 0 : -1,
      itemClass: `slds-tabs_default__item${selected ? ' slds-is-active' : ''}`,
    };
  });
}

/** Whether each tab panel shows: SLDS's own classes and `hidden`. */
export function tabPanels(active: TabName) {
  const panel = (name: TabName) => ({
    hidden: name !== active,
    className: `slds-tabs_default__content ${name === active ? 'slds-show' : 'slds-hide'}`,
  });
  return { details: panel('details'), related: panel('related') };
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };

/** The tab a key moves to from `current`, or null for other keys. */
export function tabForKey(key: string, current: TabName): TabName | null {
  const index = TABS.findIndex((tab) => tab.name === current);
  let next: number;

  if (key === 'Home') next = 0;
  else if (key === 'End') next = TABS.length - 1;
  else if (key in STEPS)
    next = (index + STEPS[key]! + TABS.length) % TABS.length;
  else return null;
  return TABS[next]!.name;
}

/** Keeps `?tab=` in the address in step with the open tab. */
export function rememberTab(name: TabName) {
  const url = new URL(window.location.href);

  url.searchParams.set('tab', name);
  window.history.replaceState(window.history.state, '', url);
}
