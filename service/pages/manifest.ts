import fs from 'node:fs';
import path from 'node:path';

import { parseComponentMetadata } from './metadata';
import type { Manifest, PlaceableComponent } from './types';

const SUFFIX = '.js-meta.xml';

const ROOT = path.resolve(__dirname, '../..');

/** The repository's components folder. */
export const MODULES_DIR = path.join(ROOT, 'src/modules');

/**
 * Every component under `modulesDir/<namespace>/<name>/` whose
 * `<name>.js-meta.xml` exposes it on record pages, by name. Metadata that
 * cannot be read stops the service with the file named.
 */
export function loadManifest(modulesDir: string = MODULES_DIR): Manifest {
  const components: PlaceableComponent[] = [];

  for (const file of metadataFiles(modulesDir)) {
    const component = readComponent(file);
    if (component) components.push(component);
  }
  components.sort((a, b) => a.name.localeCompare(b.name));

  return new Map(components.map((component) => [component.name, component]));
}

function readComponent(file: string) {
  const folder = path.dirname(file);
  const bundle = path.basename(folder);
  const namespace = path.basename(path.dirname(folder));

  try {
    if (path.basename(file) !== `${bundle}${SUFFIX}`) {
      throw new Error(`the file must be named ${bundle}${SUFFIX}`);
    }
    const xml = fs.readFileSync(file, 'utf8');
    return parseComponentMetadata(xml, `${namespace}/${bundle}`);
  } catch (error) {
    const where = path.relative(ROOT, file);
    throw new Error(
      `Component metadata ${where} is invalid: ${message(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** `<namespace>/<bundle>/*.js-meta.xml`, the depth the platform uses. */
function metadataFiles(modulesDir: string): string[] {
  return subfolders(modulesDir)
    .flatMap((namespace) => subfolders(namespace))
    .flatMap((bundle) =>
      fs
        .readdirSync(bundle)
        .filter((entry) => entry.endsWith(SUFFIX))
        .map((entry) => path.join(bundle, entry)),
    );
}

function subfolders(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
