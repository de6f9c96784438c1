import type { LightningElement } from 'lwc';

type Loader = () => Promise<{ default: typeof LightningElement }>;

/**
 * The placeable components this build carries. Each is its own chunk,
 * loaded when a page first shows it.
 */
const LOADERS: Record<string, Loader> = {
  'calm/accountAssetList': () => import('calm/accountAssetList'),
  'calm/assetDashboard': () => import('calm/assetDashboard'),
  'calm/invoiceLineList': () => import('calm/invoiceLineList'),
  'calm/lifecycleChart': () => import('calm/lifecycleChart'),
};

/** The constructor of a placeable component, or null if the build lacks it. */
export async function loadComponent(
  name: string,
): Promise<typeof LightningElement | null> {
  const load = LOADERS[name];
  if (!load) return null;

  const module = await load();
  return module.default;
}
