import { LightningElement, getComponentDef } from 'lwc';

import { loadManifest } from '../../../service/pages/manifest';

/** What the page passes to every component it places. */
const PAGE_PROPERTIES = ['recordId', 'objectApiName'];

class Bare extends LightningElement {}
const GLOBAL_PROPERTIES = new Set(Object.keys(getComponentDef(Bare).props));

const publicProperties = (name: string) => {
  const Ctor = jest.requireActual(name).default;
  return Object.keys(getComponentDef(Ctor).props)
    .filter((property) => !GLOBAL_PROPERTIES.has(property))
    .sort();
};

describe('placeable component metadata', () => {
  const components = [...loadManifest().values()];

  it('declares the components a page author can place', () => {
    expect(components.map((c) => c.name)).toEqual([
      'calm/accountAssetList',
      'calm/assetDashboard',
      'calm/invoiceLineList',
      'calm/lifecycleChart',
    ]);
  });

  it.each(components.map((c) => [c.name, c]))(
    '%s exposes exactly its declared properties',
    (name, component) => {
      const declared = component.properties.map((p) => p.name);

      expect(publicProperties(name)).toEqual(
        [...PAGE_PROPERTIES, ...declared].sort(),
      );
    },
  );
});
