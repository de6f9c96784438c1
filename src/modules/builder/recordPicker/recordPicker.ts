import { LightningElement, api, wire } from 'lwc';
import {
  getRecord,
  searchRecords,
  type QueryResult,
  type WireResult,
} from 'data/wire';

const DEBOUNCE_MS = 250;
const LIMIT = 8;

type Named = { Id: string; Name?: string };

/** A labelled search box that picks one record of an object. */
export default class RecordPicker extends LightningElement {
  @api objectApiName?: string;
  @api recordId?: string;
  @api label = 'Record';
  @api pickFirst = false;
  results?: WireResult<QueryResult<Named>>;
  term = '';
  query = '';
  open = false;
  activeIndex = -1;
  private typed = false;
  private timer?: ReturnType<typeof setTimeout>;

  @wire(searchRecords, {
    objectApiName: '$objectApiName',
    searchTerm: '$query',
    limit: LIMIT,
  })
  wiredResults(results: WireResult<QueryResult<Named>>) {
    this.results = results;
    const [first] = results.data?.records ?? [];
    if (this.pickFirst && !this.recordId && first) this.pick(first.Id);
  }

  @wire(getRecord, { objectApiName: '$objectApiName', recordId: '$recordId' })
  picked?: WireResult<Named>;

  get inputValue() {
    return this.typed ? this.term : (this.picked?.data?.Name ?? '');
  }

  get options() {
    return (this.results?.data?.records ?? []).map((record, index) => ({
      id: record.Id,
      name: record.Name ?? record.Id,
      optionId: `option-${index}`,
      className: `slds-media slds-listbox__option slds-listbox__option_plain slds-media_small${
        index === this.activeIndex ? ' slds-has-focus' : ''
      }`,
      selected: String(record.Id === this.recordId),
    }));
  }

  get listLabel() {
    return `Records matching “${this.term}”`;
  }

  get error() {
    return this.results?.error;
  }

  get noMatch() {
    return this.typed && this.results?.data?.records.length === 0;
  }

  get expanded() {
    return String(this.open && this.options.length > 0);
  }

  get showList() {
    return this.open && this.options.length > 0;
  }

  get activeOption() {
    return this.showList ? this.options[this.activeIndex]?.optionId : undefined;
  }

  get comboboxClass() {
    const opened = this.showList ? ' slds-is-open' : '';
    return `slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${opened}`;
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
  }

  handleFocus() {
    this.open = true;
  }

  handleBlur() {
    this.open = false;
    this.typed = false;
  }

  handleInput(event: Event) {
    this.term = (event.target as HTMLInputElement).value;
    this.typed = true;
    this.open = true;
    this.activeIndex = -1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.query = this.term.trim()), DEBOUNCE_MS);
  }

  handleKeydown(event: KeyboardEvent) {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.open = true;
      const step = event.key === 'ArrowDown' ? 1 : count - 1;
      this.activeIndex = count ? (this.activeIndex + step) % count : -1;
    } else if (
      event.key === 'Enter' &&
      this.showList &&
      this.activeIndex >= 0
    ) {
      event.preventDefault();
      this.pick(this.options[this.activeIndex]!.id);
    } else if (event.key === 'Escape') {
      this.open = false;
    }
  }

  handleOptionMousedown(event: Event) {
    event.preventDefault();
    this.pick((event.currentTarget as HTMLElement).dataset.id!);
  }

  private pick(recordId: string) {
    this.open = false;
    this.typed = false;
    this.activeIndex = -1;
    this.dispatchEvent(
      new CustomEvent('recordchange', { detail: { recordId } }),
    );
  }
}
