export interface PageRegion {
  name: string;
  label: string;
}

/** A layout of named regions that components are placed in. */
export interface PageTemplate {
  name: string;
  label: string;
  regions: PageRegion[];
}

export const TEMPLATES: readonly PageTemplate[] = [
  {
    name: 'headerAndRightSidebar',
    label: 'Header and Right Sidebar',
    regions: [
      { name: 'header', label: 'Header' },
      { name: 'main', label: 'Main' },
      { name: 'sidebar', label: 'Right Sidebar' },
    ],
  },
  {
    name: 'oneColumn',
    label: 'One Column',
    regions: [{ name: 'main', label: 'Main' }],
  },
];

export function findTemplate(name: string): PageTemplate | undefined {
  return TEMPLATES.find((template) => template.name === name);
}
