import { getShared } from 'data/api';

/** What a wired property holds: data once loaded, or the error. */
export interface WireResult<T> {
  data?: T;
  error?: unknown;
}

type Config = Record<string, unknown>;
type PathOf = (config: Config) => string | null;

export interface QueryResult<R = SObject> {
  totalSize: number;
  done: boolean;
  records: R[];
}

export type SObject = Record<string, unknown> & {
  Id: string;
  attributes: { type: string; url: string };
};

export interface CurrencySummary {
  currencyIsoCode: string;
  assetCount: number;
  quantity: number;
  amount: number;
  mrr: number;
  totalLifecycleAmount: number;
  invoiceLineBalance: number;
}

export interface Summary {
  recordId: string;
  objectApiName: string;
  asOf: string;
  evaluatedAt: string;
  timeZone: string;
  currencies: CurrencySummary[];
}

/**
 * A wire adapter that GETs the path its config names. It emits
 * `{ data: undefined, error: undefined }` while loading, and ignores answers
 * to configs that have since changed or to a component that has gone.
 */
function jsonAdapter(pathOf: PathOf) {
  return class JsonWireAdapter {
    private path: string | null = null;
    private request = 0;

    constructor(private readonly emit: (value: WireResult<unknown>) => void) {}

    update(config: Config) {
      const path = pathOf(config);
      if (path === this.path) return;
      this.path = path;
      this.load();
    }

    connect() {}

    disconnect() {
      this.request += 1;
    }

    private load() {
      const request = ++this.request;
      if (this.path === null) return;

      const current = () => request === this.request;
      this.emit({ data: undefined, error: undefined });
      getShared(this.path).then(
        (data) => current() && this.emit({ data, error: undefined }),
        (error) => current() && this.emit({ data: undefined, error }),
      );
    }
  };
}

const id = (value: unknown) =>
  typeof value === 'string' && value.length > 0
    ? encodeURIComponent(value)
    : null;

/** One record: `{ objectApiName, recordId }`. */
export const getRecord = jsonAdapter(({ objectApiName, recordId }) => {
  const type = id(objectApiName);
  const record = id(recordId);
  return type && record ? `/sobjects/${type}/${record}` : null;
});

/**
 * A related list: `{ parentObjectApiName, recordId, relatedListId }`, where
 * the list is AssetStatePeriods, AssetActions, InvoiceLines or Assets.
 */
export const getRelatedListRecords = jsonAdapter(
  ({ parentObjectApiName, recordId, relatedListId }) => {
    const parts = [parentObjectApiName, recordId, relatedListId].map(id);
    return parts.every(Boolean) ? `/sobjects/${parts.join('/')}` : null;
  },
);

/** Dashboard figures: `{ objectApiName, recordId, asOf? }`. */
export const getLifecycleSummary = jsonAdapter(
  ({ objectApiName, recordId, asOf }) => {
    const type = id(objectApiName);
    const record = id(recordId);
    if (!type || !record) return null;
    const query = typeof asOf === 'string' && asOf ? `?asOf=${asOf}` : '';
    return `/asset-management/summaries/${type}/${record}${query}`;
  },
);

/** Records found by name: `{ objectApiName, searchTerm, limit? }`. */
export const searchRecords = jsonAdapter(
  ({ objectApiName, searchTerm, limit }) => {
    const type = id(objectApiName);
    if (!type) return null;
    const query = new URLSearchParams();
    if (typeof searchTerm === 'string' && searchTerm)
      query.set('q', searchTerm);
    if (limit) query.set('limit', String(limit));
    return `/sobjects/${type}?${query}`;
  },
);

/** The org's time zone and delta check: `{}`. */
export const getOrgSettings = jsonAdapter(() => '/asset-management/settings');

export interface PageProperty {
  name: string;
  type: 'String' | 'Integer' | 'Boolean';
  label: string;
  description?: string | null;
  default?: string | number | boolean | null;
  datasource: string[] | null;
  min: number | null;
  max: number | null;
  required: boolean;
}

/** A component that may be placed on a record page. */
export interface PageComponent {
  name: string;
  tag: string;
  label: string;
  description?: string | null;
  objects: string[];
  properties: PageProperty[];
}

export interface PageTemplate {
  name: string;
  label: string;
  regions: { name: string; label: string }[];
}

export type PropertyValues = Record<string, string | number | boolean>;

export interface PageEntry {
  component: string;
  properties: PropertyValues;
  tag?: string;
  label?: string;
  status?: 'ok' | 'missing';
  message?: string;
}

/** What the page editor saves, and what a record page renders. */
export interface PageDefinition {
  label: string;
  template: string;
  regions: Record<string, PageEntry[]>;
}

export interface SavedPage extends PageDefinition {
  objectApiName: string;
  version: number;
  createdDate: string;
  isActive: boolean;
}

export interface ActivePage extends PageDefinition {
  objectApiName: string;
  source: 'saved' | 'default';
  version: number | null;
}

export interface PageVersion {
  version: number;
  label: string;
  template: string;
  createdDate: string;
  isActive: boolean;
}

export interface RecordPages {
  objectApiName: string;
  activeVersion: number | null;
  versions: PageVersion[];
}

/** Components placeable on a record page of `{ objectApiName }`. */
export const getPageComponents = jsonAdapter(({ objectApiName }) => {
  const type = id(objectApiName);
  return type ? `/ui-pages/components?objectApiName=${type}` : null;
});

/** The record page templates and their regions: `{}`. */
export const getPageTemplates = jsonAdapter(() => '/ui-pages/templates');

/** The saved versions of `{ objectApiName }`'s record page, newest first. */
export const getRecordPages = jsonAdapter(({ objectApiName }) => {
  const type = id(objectApiName);
  return type ? `/ui-pages/${type}` : null;
});

/** The record page of `{ objectApiName }` every record of it shows. */
export const getActiveRecordPage = jsonAdapter(({ objectApiName }) => {
  const type = id(objectApiName);
  return type ? `/ui-pages/${type}/active` : null;
});
