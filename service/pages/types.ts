/** The objects whose record pages can be defined. */
export const PAGE_OBJECTS = ['Asset', 'Account'] as const;

export type PageObject = (typeof PAGE_OBJECTS)[number];

export function isPageObject(name: string): name is PageObject {
  return (PAGE_OBJECTS as readonly string[]).includes(name);
}

/** The property types of the platform's `.js-meta.xml`. */
export type PropertyType = 'String' | 'Integer' | 'Boolean';

export type PropertyValue = string | number | boolean;

/** What a page author may set on a component, as its metadata declares. */
export interface ComponentProperty {
  name: string;
  type: PropertyType;
  label: string;
  description: string;
  default: PropertyValue | null;
  datasource: string[] | null;
  min: number | null;
  max: number | null;
  required: boolean;
}

/** A component exposed on record pages. */
export interface PlaceableComponent {
  /** `calm/lifecycleChart` */
  name: string;
  /** `calm-lifecycle-chart` */
  tag: string;
  label: string;
  description: string;
  objects: PageObject[];
  properties: ComponentProperty[];
}

/** Every placeable component by name. */
export type Manifest = ReadonlyMap<string, PlaceableComponent>;

export interface PlacedComponent {
  component: string;
  properties: Record<string, unknown>;
}

/** What the page editor saves. */
export interface PageDefinition {
  label: string;
  template: string;
  regions: Record<string, PlacedComponent[]>;
}
