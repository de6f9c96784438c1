import type { PageDefinition, PageObject } from './types';

/** The record page an object has until an admin activates one. */
export const DEFAULT_PAGES: Record<PageObject, PageDefinition> = {
  Asset: {
    label: 'Asset Record Page',
    template: 'headerAndRightSidebar',
    regions: {
      header: [{ component: 'calm/assetDashboard', properties: {} }],
      main: [
        {
          component: 'calm/lifecycleChart',
          properties: { metric: 'Quantity' },
        },
        { component: 'calm/lifecycleChart', properties: { metric: 'MRR' } },
      ],
      sidebar: [
        { component: 'calm/invoiceLineList', properties: { limit: 5 } },
      ],
    },
  },
  Account: {
    label: 'Account Record Page',
    template: 'oneColumn',
    regions: {
      main: [
        { component: 'calm/assetDashboard', properties: {} },
        { component: 'calm/accountAssetList', properties: {} },
      ],
    },
  },
};
