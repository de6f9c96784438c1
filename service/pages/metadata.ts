import { XMLParser } from 'fast-xml-parser';

import { metadataProperty } from './metadata-properties';
import {
  isPageObject,
  PAGE_OBJECTS,
  type PageObject,
  type PlaceableComponent,
} from './types';

/** The platform's target for components placed on record pages. */
export const RECORD_PAGE_TARGET = 'lightning__RecordPage';

const ROOT = 'LightningComponentBundle';

type XmlNode = Record<string, unknown>;

const LISTS = new Set(['target', 'targetConfig', 'property', 'object']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => LISTS.has(name),
});

/**
 * The record page component that a `.js-meta.xml` declares, or null when the
 * bundle is not exposed on record pages. Throws on metadata that is not
 * well-formed or that declares something the page editor cannot honour.
 */
export function parseComponentMetadata(
  xml: string,
  name: string,
): PlaceableComponent | null {
  const bundle = element(parser.parse(xml, true), ROOT);
  if (!bundle) throw new Error(`the root element is not ${ROOT}`);

  const exposed = text(bundle.isExposed, 'isExposed') || 'false';
  if (exposed !== 'true' && exposed !== 'false') {
    throw new Error(`isExposed must be true or false, not ${exposed}`);
  }
  const targets = list<unknown>(element(bundle, 'targets')?.target).map(
    (target) => text(target, 'target'),
  );
  if (exposed === 'false' || !targets.includes(RECORD_PAGE_TARGET)) return null;

  const label = text(bundle.masterLabel, 'masterLabel');
  if (!label) throw new Error('masterLabel is required on a record page');
  const config = recordPageConfig(bundle);

  return {
    name,
    tag: tagName(name),
    label,
    description: text(bundle.description, 'description'),
    objects: pageObjects(config),
    properties: properties(config),
  };
}

/** `calm/lifecycleChart` is written `<calm-lifecycle-chart>`. */
export function tagName(name: string): string {
  return name
    .replace('/', '-')
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function recordPageConfig(bundle: XmlNode): XmlNode | undefined {
  const configs = list(element(bundle, 'targetConfigs')?.targetConfig).filter(
    (config) =>
      String(config['@targets'] ?? '')
        .split(',')
        .some((target) => target.trim() === RECORD_PAGE_TARGET),
  );
  if (configs.length > 1) {
    throw new Error(`more than one targetConfig for ${RECORD_PAGE_TARGET}`);
  }
  return configs[0];
}

/** Without an `objects` list a component fits every object's page. */
function pageObjects(config: XmlNode | undefined): PageObject[] {
  const names = list<unknown>(element(config, 'objects')?.object).map(
    (object) => text(object, 'object'),
  );
  const unknown = names.find((object) => !isPageObject(object));
  if (unknown !== undefined) {
    throw new Error(
      `object ${unknown} has no record page; use ${PAGE_OBJECTS.join(' or ')}`,
    );
  }
  return names.length > 0 ? (names as PageObject[]) : [...PAGE_OBJECTS];
}

function properties(config: XmlNode | undefined) {
  const declared = list(config?.property).map(metadataProperty);
  const names = declared.map((property) => property.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`property ${repeated} is declared twice`);

  return declared;
}

function element(parent: unknown, name: string): XmlNode | undefined {
  const child = (parent as XmlNode | undefined)?.[name];
  return typeof child === 'object' && child !== null
    ? (child as XmlNode)
    : undefined;
}

function list<T = XmlNode>(value: unknown): T[] {
  return Array.isArray(value) ? value : [];
}

/** An element's trimmed text; an empty or missing element gives ''. */
function text(value: unknown, name: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();

  throw new Error(`${name} must hold text only`);
}
