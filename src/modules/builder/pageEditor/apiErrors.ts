import type { PlatformError } from 'data/api';

import type { Page } from './editorState';
import type { Issue } from './validation';

const FIELD_PATH =
  /^regions\.([\w-]+)(?:\[(\d+)\](?:\.(?:component|properties\.(\w+)))?)?/;

/** Where on `page` the API's field path points. */
function locate(path: string, page: Page): Omit<Issue, 'message'> {
  const match = path.match(FIELD_PATH);
  if (!match) return { path };

  const [, region, index, property] = match;
  const entry =
    index === undefined ? undefined : page.regions[region!]?.[Number(index)];
  if (!entry) return { path, region };
  return property
    ? { path, region, entryId: entry.id, property }
    : { path, region, entryId: entry.id };
}

/** The API's errors about a saved `page`, placed on its entries. */
export function issuesFromApi(
  errors: PlatformError[] | undefined,
  page: Page,
): Issue[] {
  return (errors ?? []).flatMap(({ message, fields }) =>
    fields?.length
      ? fields.map((path) => ({ ...locate(path, page), message }))
      : [{ path: '', message }],
  );
}
