import { LightningElement, api, wire } from 'lwc';
import {
  getActiveRecordPage,
  getPageComponents,
  getPageTemplates,
  getRecordPages,
  type ActivePage,
  type PageComponent,
  type PageTemplate,
  type RecordPages,
  type WireResult,
} from 'data/wire';
import { canEditPages } from 'builder/access';

import { activateAction, isUndoKey, savePageAction } from './persistence';
import { DENIED, memoizedView } from './pageView';
import {
  hasUnsavedChanges,
  reduce,
  startSession,
  type Action,
  type Session,
} from './session';

type Wired<T> = WireResult<T> | undefined;

/** The record page editor: /lightning/setup/RecordPages/{Object}. */
export default class PageEditor extends LightningElement {
  @api objectApiName = '';

  @api
  get recordId() {
    return this.previewRecordId;
  }
  set recordId(value: string) {
    this.previewRecordId = value ?? '';
  }
  previewRecordId = '';
  session: Session | null = null;
  failure: unknown = null;
  busy = false;
  busyVersion: number | null = null;
  tab = 'layout';
  private focusTarget = '';
  components?: Wired<{ components: PageComponent[] }>;
  templates?: Wired<{ templates: PageTemplate[] }>;
  active?: Wired<ActivePage>;

  @wire(getRecordPages, { objectApiName: '$objectApiName' })
  pages?: WireResult<RecordPages>;

  @wire(getPageComponents, { objectApiName: '$objectApiName' })
  wiredComponents(result: WireResult<{ components: PageComponent[] }>) {
    this.components = result;
    this.start();
  }

  @wire(getPageTemplates, {})
  wiredTemplates(result: WireResult<{ templates: PageTemplate[] }>) {
    this.templates = result;
    this.start();
  }

  @wire(getActiveRecordPage, { objectApiName: '$objectApiName' })
  wiredActive(result: WireResult<ActivePage>) {
    this.active = result;
    this.start();
  }

  deniedError = DENIED;
  private readonly viewOf = memoizedView();

  get view() {
    return this.viewOf(this);
  }

  get denied() {
    return !canEditPages();
  }

  connectedCallback() {
    document.title = `Edit ${this.objectApiName} Record Page | Open CALM`;
    document.addEventListener('keydown', this.handleShortcut);
    window.addEventListener('beforeunload', this.warnIfUnsaved);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.handleShortcut);
    window.removeEventListener('beforeunload', this.warnIfUnsaved);
  }

  /** Leaving with changes that are not saved asks the browser to confirm. */
  warnIfUnsaved = (event: BeforeUnloadEvent) => {
    if (this.session && hasUnsavedChanges(this.session)) {
      event.preventDefault();
    }
  };

  dispatch(action: Action) {
    if (this.session) this.session = reduce(this.session, action);
  }

  private relay(type: Action['type']) {
    return (event: CustomEvent) =>
      this.dispatch({ type, ...event.detail } as Action);
  }

  handleAdd = this.relay('place');
  handlePlace = this.relay('place');
  handleSelect = this.relay('select');
  handleMoveTo = this.relay('moveTo');
  handleMoveBy = this.relay('moveBy');
  handleRemove = this.relay('remove');
  handleProperty = this.relay('setProperty');

  handleLabel(event: CustomEvent<{ value: string }>) {
    this.dispatch({ type: 'setLabel', label: event.detail.value });
  }

  handleTemplate(event: CustomEvent<{ value: string }>) {
    this.dispatch({ type: 'changeTemplate', template: event.detail.value });
  }

  handleUndo() {
    this.dispatch({ type: 'undo' });
  }

  handleTab(event: Event) {
    event.preventDefault();
    this.tab = (event.currentTarget as HTMLElement).dataset.tab!;
  }

  handleTabKeydown(event: KeyboardEvent) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    this.tab = this.tab === 'layout' ? 'preview' : 'layout';
    this.focusTarget = '[role="tab"][tabindex="0"]';
  }

  renderedCallback() {
    if (!this.focusTarget) return;
    this.template.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = '';
  }

  handlePreviewRecord(event: CustomEvent<{ recordId: string }>) {
    this.previewRecordId = event.detail.recordId;
    const url = new URL(window.location.href);
    url.searchParams.set('recordId', this.previewRecordId);
    window.history.replaceState(window.history.state, '', url);
  }

  async handleSave() {
    if (!this.session || this.busy) return;
    if (!this.view.canSave) {
      return this.dispatch({ type: 'announce', message: this.view.status! });
    }
    this.busy = true;
    this.failure = null;
    try {
      const page = this.session.editor.page;
      const action = await savePageAction(this.objectApiName, page);
      this.dispatch(action);
      if (action.type === 'saved')
        this.focusTarget = '[data-control="activate"]';
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = false;
    }
  }

  handleActivateSaved() {
    const version = this.session?.savedVersion;
    if (version) this.activate(version);
  }

  handleActivateVersion(event: CustomEvent<{ version: number }>) {
    this.activate(event.detail.version);
  }

  private async activate(version: number) {
    this.busyVersion = version;
    this.failure = null;
    try {
      this.dispatch(await activateAction(this.objectApiName, version));
      this.focusTarget = '[data-status]';
    } catch (error) {
      this.failure = error;
    } finally {
      this.busyVersion = null;
    }
  }

  private start() {
    const [components, templates, active] = [
      this.components?.data?.components,
      this.templates?.data?.templates,
      this.active?.data,
    ];
    if (this.session || !components || !templates || !active) return;
    this.session = startSession(active, components, templates);
  }

  private handleShortcut = (event: KeyboardEvent) => {
    if (!isUndoKey(event)) return;
    event.preventDefault();
    this.handleUndo();
  };
}
