import type { RecordPages, WireResult } from 'data/wire';

import { canvasRegions, componentIcon, previewDefinition } from './editorView';
import {
  canUndo,
  isDirty,
  problemsOf,
  templateOf,
  type Session,
} from './session';
import { findEntry } from './editorState';
import type { Issue } from './validation';
import { mergeVersions } from './versions';

export interface EditorHost {
  objectApiName: string;
  previewRecordId: string;
  session: Session | null;
  failure: unknown;
  busy: boolean;
  busyVersion: number | null;
  tab: string;
  pages?: WireResult<RecordPages>;
  components?: WireResult<unknown>;
  templates?: WireResult<unknown>;
  active?: WireResult<unknown>;
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

const panelError = (issues: Issue[]) =>
  issues.length ? { errors: issues.map(({ message }) => ({ message })) } : null;

function tabOf(host: EditorHost, name: string) {
  const selected = host.tab === name;
  return {
    selected,
    ariaSelected: String(selected),
    tabindex: selected ? '0' : '-1',
    itemClass: `slds-tabs_default__item${selected ? ' slds-is-active' : ''}`,
  };
}

function statusOf(session: Session, problems: number, busy: boolean) {
  const version = session.savedVersion;
  if (busy) return 'Saving…';
  if (problems) return `${plural(problems, 'problem')} to fix before saving`;
  if (!isDirty(session) && version) return `Version ${version} saved`;
  return version ? `Changed since version ${version}` : 'Not saved yet';
}

function selectedOf(session: Session, problems: Issue[]) {
  const id = session.selectedId;
  const found = id ? findEntry(session.editor.page, id) : null;
  if (!found) return null;

  const component = session.components.find(
    (c) => c.name === found.entry.component,
  );
  const issues = [...problems, ...session.apiIssues].filter(
    (issue) => issue.entryId === id && issue.property,
  );
  return component
    ? { component, values: found.entry.properties, issues }
    : null;
}

export const DENIED = {
  errors: [{ message: 'Only administrators can change record pages.' }],
};

const inputsOf = (host: EditorHost) => [
  ...[host.session, host.failure, host.busy, host.busyVersion, host.tab],
  ...[host.pages, host.components, host.templates, host.active],
  host.previewRecordId,
];

/** `editorView`, computed again only when one of its inputs changed. */
export function memoizedView() {
  let inputs: unknown[] = [];
  let view: ReturnType<typeof editorView> | undefined;

  return (host: EditorHost) => {
    const next = inputsOf(host);
    if (!view || next.some((input, i) => input !== inputs[i])) {
      inputs = next;
      view = editorView(host);
    }
    return view;
  };
}

/** Everything the editor's template shows, from the editor's state. */
export function editorView(host: EditorHost) {
  const { session } = host;
  const loadError = [host.components, host.templates, host.active].find(
    (result) => result?.error,
  )?.error;
  if (!session) return { isLoading: !loadError, loadError, ready: false };

  const problems = problemsOf(session);
  const { page } = session.editor;
  const { versions, activeVersion } = mergeVersions(
    host.pages?.data,
    session.log,
  );
  const dirty = isDirty(session);
  const saved = session.savedVersion;
  const pageIssues = session.apiIssues.filter((i) => !i.entryId && !i.region);

  return {
    isLoading: false,
    loadError: null,
    ready: true,
    label: page.label || 'Untitled page',
    announcement: session.announcement,
    paletteComponents: [...session.components]
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((component) => ({
        ...component,
        icon: componentIcon(component.name),
      })),
    regions: templateOf(session)?.regions ?? [],
    canvas: canvasRegions({
      page,
      template: templateOf(session),
      components: session.components,
      problems,
      apiIssues: session.apiIssues,
      selectedId: session.selectedId,
    }),
    selected: selectedOf(session, problems),
    labelError: problems.find((issue) => issue.path === 'label')?.message,
    templateList: session.templates,
    template: page.template,
    preview: previewDefinition(page, session.components),
    versions,
    versionsError: host.pages?.error,
    pageError: host.failure ?? panelError(pageIssues),
    problemCount: problems.length,
    status: statusOf(session, problems.length, host.busy),
    undoDisabled: !canUndo(session.editor),
    canSave: problems.length === 0 && dirty && !host.busy,
    saveDisabled: problems.length > 0 || !dirty,
    saveBusy: String(host.busy),
    activateDisabled:
      !saved || dirty || saved === activeVersion || host.busyVersion !== null,
    savedVersion: saved,
    isActive: !!saved && !dirty && saved === activeVersion,
    layoutTab: tabOf(host, 'layout'),
    previewTab: tabOf(host, 'preview'),
    recordHref: host.previewRecordId
      ? `/lightning/r/${host.objectApiName}/${host.previewRecordId}/view`
      : null,
  };
}
