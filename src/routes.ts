import type { LightningElement } from 'lwc';

type PageModule = { default: typeof LightningElement };

export interface Route {
  /** The page's custom element name. */
  tag: string;
  load: () => Promise<PageModule>;
  /** Page properties taken from the address. */
  props: Record<string, string>;
}

interface RouteDefinition {
  pattern: RegExp;
  tag: string;
  load: () => Promise<PageModule>;
  props: (
    match: RegExpMatchArray,
    query: URLSearchParams,
  ) => Record<string, string>;
}

const ID = '([0-9A-Za-z]{15,18})';

/**
 * The app's addresses, shaped like the platform's: record pages under
 * /lightning/r/{Object}/{id}/view. Each page is its own chunk, loaded only
 * when its address is opened.
 */
const ROUTES: RouteDefinition[] = [
  {
    pattern: /^\/$/,
    tag: 'calm-home-page',
    load: () => import('calm/homePage'),
    props: (_match, query) => ({ searchTerm: query.get('q') ?? '' }),
  },
  {
    pattern: new RegExp(`^/lightning/r/Asset/${ID}/view$`),
    tag: 'calm-asset-record-page',
    load: () => import('calm/assetRecordPage'),
    props: (match) => ({ recordId: match[1]! }),
  },
  {
    pattern: new RegExp(`^/lightning/r/Account/${ID}/view$`),
    tag: 'calm-account-record-page',
    load: () => import('calm/accountRecordPage'),
    props: (match) => ({ recordId: match[1]! }),
  },
  {
    pattern: new RegExp(`^/lightning/r/AssetAction/${ID}/view$`),
    tag: 'calm-asset-action-page',
    load: () => import('calm/assetActionPage'),
    props: (match, query) => ({
      recordId: match[1]!,
      tab: query.get('tab') ?? 'details',
    }),
  },
  {
    pattern: new RegExp(`^/lightning/r/Asset/${ID}/changes$`),
    tag: 'calm-view-changes-page',
    load: () => import('calm/viewChangesPage'),
    props: (match, query) => ({
      recordId: match[1]!,
      startDate: query.get('from') ?? '',
      endDate: query.get('to') ?? '',
    }),
  },
  {
    pattern: new RegExp(`^/lightning/r/Asset/${ID}/related/InvoiceLines/view$`),
    tag: 'calm-invoice-lines-page',
    load: () => import('calm/invoiceLinesPage'),
    props: (match) => ({ recordId: match[1]! }),
  },
  {
    pattern: /^\/lightning\/setup\/RecordPages\/(Asset|Account)$/,
    tag: 'builder-page-editor',
    load: () => import('builder/pageEditor'),
    props: (match, query) => ({
      objectApiName: match[1]!,
      recordId: query.get('recordId') ?? '',
    }),
  },
];

export function findRoute(location: { pathname: string; search: string }) {
  const query = new URLSearchParams(location.search);

  for (const route of ROUTES) {
    const match = location.pathname.match(route.pattern);
    if (match) {
      return {
        tag: route.tag,
        load: route.load,
        props: route.props(match, query),
      };
    }
  }
  return null;
}
