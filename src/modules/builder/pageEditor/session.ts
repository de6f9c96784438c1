import type {
  ActivePage,
  PageComponent,
  PageTemplate,
  SavedPage,
} from 'data/wire';
import type { PlatformError } from 'data/api';

import { issuesFromApi } from './apiErrors';
import {
  canUndo,
  changeTemplate,
  createEditor,
  findEntry,
  moveBy,
  moveTo,
  nextEntryId,
  place,
  remove,
  setLabel,
  setProperty,
  undo,
  type EditorState,
  type Page,
} from './editorState';
import { labelOf, positionText } from './editorView';
import { validate, type Issue } from './validation';
import { recordActivation, recordSave, type VersionLog } from './versions';

/** Everything the editor page shows, changed only through `reduce`. */
export interface Session {
  editor: EditorState;
  components: PageComponent[];
  templates: PageTemplate[];
  selectedId: string | null;
  announcement: string;
  apiIssues: Issue[];
  savedPage: Page | null;
  savedVersion: number | null;
  log: VersionLog;
}

export type Action =
  | { type: 'place'; component: string; region: string; index?: number }
  | { type: 'moveTo'; id: string; region: string; index?: number }
  | { type: 'moveBy'; id: string; delta: number }
  | { type: 'remove'; id: string }
  | { type: 'select'; id: string | null }
  | { type: 'setProperty'; name: string; value: string | number | boolean }
  | { type: 'setLabel'; label: string }
  | { type: 'changeTemplate'; template: string }
  | { type: 'undo' }
  | { type: 'saved'; page: SavedPage; saved: Page }
  | { type: 'saveFailed'; errors?: PlatformError[]; saved: Page }
  | { type: 'activated'; version: number }
  | { type: 'announce'; message: string };

export function startSession(
  active: ActivePage,
  components: PageComponent[],
  templates: PageTemplate[],
): Session {
  const editor = createEditor(active, templates, components);
  const saved = active.source === 'saved' && active.version !== null;

  return {
    editor,
    components,
    templates,
    selectedId: null,
    announcement: '',
    apiIssues: [],
    savedPage: saved ? editor.page : null,
    savedVersion: saved ? active.version : null,
    log: { saved: [] },
  };
}

export const templateOf = (session: Session) =>
  session.templates.find((t) => t.name === session.editor.page.template);

export const problemsOf = (session: Session) =>
  validate(session.editor.page, session.components, session.templates);

export const isDirty = (session: Session) =>
  session.editor.page !== session.savedPage;

/** Whether leaving now would lose work: edits since the page was opened or saved. */
export const hasUnsavedChanges = (session: Session) =>
  session.savedPage === null ? canUndo(session.editor) : isDirty(session);

export { canUndo };

/** Says `message` again even when it repeats the last announcement. */
function say(session: Session, message: string): Session {
  const announcement =
    session.announcement === message ? `${message}\u00a0` : message;
  return { ...session, announcement };
}

function edit(session: Session, editor: EditorState, message: string) {
  if (editor === session.editor) return session;
  return say({ ...session, editor }, message);
}

function labelFor(session: Session, id: string) {
  const found = findEntry(session.editor.page, id);
  return found ? labelOf(found.entry.component, session.components) : '';
}

const where = (session: Session, id: string) =>
  positionText(session.editor.page, id, templateOf(session));

function placeComponent(
  session: Session,
  action: Extract<Action, { type: 'place' }>,
) {
  const component = session.components.find((c) => c.name === action.component);
  if (!component) return session;

  const id = nextEntryId(session.editor);
  const editor = place(session.editor, component, action.region, action.index);
  if (editor === session.editor) return session;
  const placed = { ...session, editor, selectedId: id };
  return say(placed, `${component.label} added to ${where(placed, id)}.`);
}

function removeEntry(session: Session, id: string) {
  const label = labelFor(session, id);
  const editor = remove(session.editor, id);
  const selectedId = session.selectedId === id ? null : session.selectedId;
  return edit({ ...session, selectedId }, editor, `${label} removed.`);
}

function undoStep(session: Session) {
  if (!canUndo(session.editor)) return say(session, 'Nothing to undo.');

  const editor = undo(session.editor);
  const selected = session.selectedId;
  const selectedId =
    selected && findEntry(editor.page, selected) ? selected : null;
  const left = editor.history.length;
  return say(
    { ...session, editor, selectedId },
    `Undone. ${left} more ${left === 1 ? 'step' : 'steps'} can be undone.`,
  );
}

function moved(session: Session, editor: EditorState, id: string) {
  if (editor === session.editor) return session;
  const next = { ...session, editor, selectedId: id };
  return say(next, `${labelFor(next, id)} moved to ${where(next, id)}.`);
}

export function reduce(session: Session, action: Action): Session {
  const { editor } = session;

  switch (action.type) {
    case 'place':
      return placeComponent(session, action);
    case 'moveTo': {
      const { id, region, index } = action;
      return moved(session, moveTo(editor, id, region, index), id);
    }
    case 'moveBy':
      return moved(session, moveBy(editor, action.id, action.delta), action.id);
    case 'remove':
      return removeEntry(session, action.id);
    case 'select':
      return { ...session, selectedId: action.id };
    case 'setProperty': {
      if (!session.selectedId) return session;
      const { name, value } = action;
      const next = setProperty(editor, session.selectedId, name, value);
      return next === editor ? session : { ...session, editor: next };
    }
    case 'setLabel':
      return { ...session, editor: setLabel(editor, action.label) };
    case 'changeTemplate': {
      const next = changeTemplate(editor, action.template, session.templates);
      const label = session.templates.find((t) => t.name === action.template);
      return edit(session, next, `Template changed to ${label?.label}.`);
    }
    case 'undo':
      return undoStep(session);
    case 'saved':
      return say(
        {
          ...session,
          apiIssues: [],
          savedPage: action.saved,
          savedVersion: action.page.version,
          log: recordSave(session.log, action.page),
        },
        `Saved as version ${action.page.version}.`,
      );
    case 'saveFailed': {
      const apiIssues = issuesFromApi(action.errors, action.saved);
      const count = apiIssues.length;
      return say(
        { ...session, apiIssues },
        `Not saved: ${count} ${count === 1 ? 'problem' : 'problems'} to fix.`,
      );
    }
    case 'activated':
      return say(
        { ...session, log: recordActivation(session.log, action.version) },
        `Version ${action.version} is now the record page.`,
      );
    case 'announce':
      return say(session, action.message);
  }
}
