import type {
  ActivePage,
  PageComponent,
  PageTemplate,
  SavedPage,
} from 'data/wire';

import { toDefinition } from '../editorState';
import {
  isDirty,
  problemsOf,
  reduce,
  startSession,
  type Action,
  type Session,
} from '../session';
import { mergeVersions } from '../versions';
import ACTIVE_PAGE from './data/assetActivePage.json';
import COMPONENTS from './data/assetComponents.json';
import TEMPLATES from './data/templates.json';

const components = COMPONENTS.components as PageComponent[];
const templates = TEMPLATES.templates as PageTemplate[];

const start = (active: Partial<ActivePage> = {}) =>
  startSession(
    { ...(ACTIVE_PAGE as ActivePage), ...active },
    components,
    templates,
  );

const run = (session: Session, ...actions: Action[]) =>
  actions.reduce(reduce, session);

const idAt = (session: Session, region: string, index: number) =>
  session.editor.page.regions[region]![index]!.id;

const savedPage = (session: Session, version: number): SavedPage => ({
  ...toDefinition(session.editor.page),
  objectApiName: 'Asset',
  version,
  createdDate: '2026-12-04T10:00:00.000Z',
  isActive: false,
});

describe('startSession', () => {
  it('treats the built-in page as never saved', () => {
    const session = start();

    expect(session.savedVersion).toBeNull();
    expect(isDirty(session)).toBe(true);
  });

  it('treats an active saved version as saved and unchanged', () => {
    const session = start({ source: 'saved', version: 4 });

    expect(session.savedVersion).toBe(4);
    expect(isDirty(session)).toBe(false);
  });
});

describe('reduce', () => {
  it('selects what it places and says where it went', () => {
    const session = run(start(), {
      type: 'place',
      component: 'calm/lifecycleChart',
      region: 'sidebar',
      index: 0,
    });

    expect(session.selectedId).toBe(idAt(session, 'sidebar', 0));
    expect(session.announcement).toBe(
      'Lifecycle Chart added to Right Sidebar, position 1 of 2.',
    );
  });

  it('ignores a component the object does not offer', () => {
    const session = start();

    expect(
      reduce(session, { type: 'place', component: 'calm/x', region: 'main' }),
    ).toBe(session);
  });

  it('changes a repeated announcement so that it is read again', () => {
    const say = { type: 'announce', message: 'Nothing to undo.' } as const;

    const once = run(start(), say);
    const twice = run(once, say);
    const thrice = run(twice, say);

    expect(twice.announcement).not.toBe(once.announcement);
    expect(twice.announcement.trim()).toBe('Nothing to undo.');
    expect(thrice.announcement).toBe(once.announcement);
  });

  it('sets properties of the selected entry only', () => {
    const session = start();
    const id = idAt(session, 'main', 0);

    const unselected = run(session, {
      type: 'setProperty',
      name: 'metric',
      value: 'MRR',
    });
    const selected = run(
      session,
      { type: 'select', id },
      { type: 'setProperty', name: 'metric', value: 'MRR' },
    );

    expect(unselected).toBe(session);
    expect(selected.editor.page.regions.main![0]!.properties.metric).toBe(
      'MRR',
    );
  });

  it('forgets the selection of a component that is removed or undone', () => {
    let session = run(start(), {
      type: 'place',
      component: 'calm/assetDashboard',
      region: 'main',
    });
    expect(session.selectedId).not.toBeNull();

    session = run(session, { type: 'undo' });

    expect(session.selectedId).toBeNull();
    expect(session.announcement).toBe('Undone. 0 more steps can be undone.');
  });

  it('counts problems from the declarations', () => {
    const session = run(
      start(),
      { type: 'select', id: idAt(start(), 'sidebar', 0) },
      { type: 'setProperty', name: 'limit', value: 0 },
      { type: 'setLabel', label: '' },
    );

    expect(problemsOf(session).map((issue) => issue.path)).toEqual([
      'label',
      'regions.sidebar[0].properties.limit',
    ]);
  });

  it('remembers what was saved until the page changes again', () => {
    let session = start();
    const saved = session.editor.page;

    session = run(session, {
      type: 'saved',
      page: savedPage(session, 7),
      saved,
    });
    expect([session.savedVersion, isDirty(session)]).toEqual([7, false]);

    session = run(session, { type: 'setLabel', label: 'Renewals' });
    expect(isDirty(session)).toBe(true);

    session = run(session, { type: 'undo' });
    expect(isDirty(session)).toBe(false);
  });

  it('places the API’s errors on the page as it was saved', () => {
    const session = start();

    const failed = run(session, {
      type: 'saveFailed',
      saved: session.editor.page,
      errors: [
        {
          errorCode: 'INVALID_INPUT',
          message: 'Unknown component calm/nope.',
          fields: ['regions.main[0].component'],
        },
      ],
    });

    expect(failed.apiIssues).toEqual([
      expect.objectContaining({ entryId: idAt(session, 'main', 0) }),
    ]);
    expect(failed.announcement).toBe('Not saved: 1 problem to fix.');
  });
});

describe('mergeVersions', () => {
  const loaded = {
    objectApiName: 'Asset',
    activeVersion: 1,
    versions: [
      {
        version: 1,
        label: 'Asset Record Page',
        template: 'headerAndRightSidebar',
        createdDate: '2026-12-02T10:00:00.000Z',
        isActive: true,
      },
    ],
  };

  it('adds this session’s saves, newest first', () => {
    const session = run(start(), {
      type: 'saved',
      page: savedPage(start(), 2),
      saved: start().editor.page,
    });

    const merged = mergeVersions(loaded, session.log);

    expect(merged.versions.map((v) => [v.version, v.isActive])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('marks the version activated in this session as the only active one', () => {
    const merged = mergeVersions(loaded, { saved: [], activeVersion: 2 });

    expect(merged.activeVersion).toBe(2);
    expect(merged.versions.map((v) => v.isActive)).toEqual([false]);
  });

  it('works before the saved versions have loaded', () => {
    expect(mergeVersions(undefined, { saved: [] })).toEqual({
      activeVersion: null,
      versions: [],
    });
  });
});
