import { activatePage, savePage, type ApiRequestError } from 'data/api';
import type { SavedPage } from 'data/wire';

import { toDefinition, type Page } from './editorState';
import type { Action } from './session';

/**
 * Saves `page` as the object's next version. The API's refusal becomes an
 * action that places its errors; any other failure is thrown.
 */
export async function savePageAction(
  objectApiName: string,
  page: Page,
): Promise<Action> {
  try {
    const saved = await savePage<SavedPage>(objectApiName, toDefinition(page));
    return { type: 'saved', page: saved, saved: page };
  } catch (error) {
    const { status, errors } = error as ApiRequestError;
    if (status !== 400) throw error;
    return { type: 'saveFailed', errors, saved: page };
  }
}

export async function activateAction(
  objectApiName: string,
  version: number,
): Promise<Action> {
  await activatePage(objectApiName, version);
  return { type: 'activated', version };
}

/** Ctrl+Z, or Cmd+Z on a Mac; Shift makes it redo, which this lacks. */
export const isUndoKey = (event: KeyboardEvent) =>
  (event.key === 'z' || event.key === 'Z') &&
  (event.ctrlKey || event.metaKey) &&
  !event.shiftKey;
