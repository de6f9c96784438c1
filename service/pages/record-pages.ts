import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { DEFAULT_PAGES } from './defaults';
import { findPage, savePage, type SavedPage } from './repository';
import type { PageInput } from './schemas';
import { resolveRegions, type ResolvedEntry } from './resolve';
import type { Manifest, PageDefinition, PageObject } from './types';
import { validatePage } from './validation';

/** The record page an object's records are shown with. */
export interface ActivePage {
  objectApiName: PageObject;
  source: 'saved' | 'default';
  version: number | null;
  label: string;
  template: string;
  regions: Record<string, ResolvedEntry[]>;
}

/** Checks a definition whole and saves it as the object's next version. */
export async function saveRecordPage(
  db: Db,
  object: PageObject,
  input: PageInput,
  manifest: Manifest,
): Promise<SavedPage> {
  const regions = Object.entries(input.regions).map(([region, placed]) => [
    region,
    placed.map(({ component, properties = {} }) => ({ component, properties })),
  ]);
  const page: PageDefinition = {
    label: input.label.trim(),
    template: input.template,
    regions: Object.fromEntries(regions),
  };
  validatePage(page, object, manifest);

  return savePage(db, object, page);
}

/** The version `2` of `/versions/2`; anything else names no version. */
export async function findVersionOrFail(
  db: Db,
  object: PageObject,
  version: string,
): Promise<SavedPage> {
  const page = /^[1-9]\d{0,8}$/.test(version)
    ? await findPage(db, object, Number(version))
    : undefined;
  if (!page)
    throw notFound(`The ${object} record page has no version ${version}.`);

  return page;
}

/** The active version, or the built-in page when none is active. */
export async function readActivePage(
  db: Db,
  object: PageObject,
  manifest: Manifest,
): Promise<ActivePage> {
  const saved = await findPage(db, object);
  const page = saved ?? DEFAULT_PAGES[object];

  return {
    objectApiName: object,
    source: saved ? 'saved' : 'default',
    version: saved?.version ?? null,
    label: page.label,
    template: page.template,
    regions: resolveRegions(page, object, manifest),
  };
}
