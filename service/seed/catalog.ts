import type { Db } from '../db/database';
import { newIds } from '../domain/ids';

export type ProductType =
  | 'Physical'
  | 'Subscription'
  | 'UsageBased'
  | 'ProfessionalService'
  | 'AftermarketService';

/** What one unit of the product counts, which sizes the quantity sold. */
export type QuantityBasis =
  | 'devices'
  | 'users'
  | 'sites'
  | 'blocks'
  | 'terabytes'
  | 'units'
  | 'days'
  | 'sessions'
  | 'plan';

export interface DemoProduct {
  code: string;
  name: string;
  type: ProductType;
  family: string;
  description: string;
  basis: QuantityBasis;
  /** In USD: per month for recurring products, per unit otherwise. */
  listPrice: number;
  /** How often accounts buy it, relative to the others. */
  popularity: number;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  {
    code: 'EMC-CLOUD',
    name: 'Endpoint Management Cloud',
    type: 'Subscription',
    family: 'Device Management',
    description: 'Enroll, configure and patch laptops and phones, per device.',
    basis: 'devices',
    listPrice: 6,
    popularity: 10,
  },
  {
    code: 'ESS-ADV',
    name: 'Endpoint Security Suite',
    type: 'Subscription',
    family: 'Security',
    description: 'Threat detection and disk encryption, per device.',
    basis: 'devices',
    listPrice: 9,
    popularity: 7,
  },
  {
    code: 'CWS-BUS',
    name: 'Collaboration Workspace',
    type: 'Subscription',
    family: 'Collaboration',
    description: 'Chat, meetings and shared files, per named user.',
    basis: 'users',
    listPrice: 12.5,
    popularity: 8,
  },
  {
    code: 'FAP-SITE',
    name: 'Fleet Analytics Platform',
    type: 'Subscription',
    family: 'Analytics',
    description: 'Device health and usage dashboards, per site.',
    basis: 'sites',
    listPrice: 1450,
    popularity: 3,
  },
  {
    code: 'API-100K',
    name: 'Messaging API Call Blocks',
    type: 'UsageBased',
    family: 'Platform',
    description: 'Committed monthly blocks of 100,000 messaging API calls.',
    basis: 'blocks',
    listPrice: 45,
    popularity: 4,
  },
  {
    code: 'STO-TB',
    name: 'Cloud Backup Storage',
    type: 'UsageBased',
    family: 'Platform',
    description: 'Committed backup storage, per terabyte per month.',
    basis: 'terabytes',
    listPrice: 23,
    popularity: 4,
  },
  {
    code: 'HW-LT14',
    name: '14-inch Business Laptop',
    type: 'Physical',
    family: 'Hardware',
    description: 'Managed laptop shipped pre-enrolled, with one year of cover.',
    basis: 'units',
    listPrice: 1249,
    popularity: 4,
  },
  {
    code: 'HW-DOCK',
    name: 'USB-C Docking Station',
    type: 'Physical',
    family: 'Hardware',
    description: 'Desk dock with dual display output.',
    basis: 'units',
    listPrice: 189,
    popularity: 3,
  },
  {
    code: 'PS-IMPL',
    name: 'Implementation Services',
    type: 'ProfessionalService',
    family: 'Services',
    description: 'Rollout planning and configuration, per consultant day.',
    basis: 'days',
    listPrice: 1600,
    popularity: 4,
  },
  {
    code: 'PS-TRAIN',
    name: 'Administrator Training Workshop',
    type: 'ProfessionalService',
    family: 'Services',
    description: 'A one-day workshop for up to twelve administrators.',
    basis: 'sessions',
    listPrice: 2400,
    popularity: 2,
  },
  {
    code: 'SUP-PREM',
    name: 'Premier Support Plan',
    type: 'AftermarketService',
    family: 'Support',
    description: 'Named support engineer and one-hour response, per account.',
    basis: 'plan',
    listPrice: 850,
    popularity: 4,
  },
  {
    code: 'WAR-EXT',
    name: 'Extended Hardware Warranty',
    type: 'AftermarketService',
    family: 'Support',
    description:
      'Next-business-day replacement after the first year, per device.',
    basis: 'devices',
    listPrice: 7.5,
    popularity: 3,
  },
];

/** One-time products carry no MRR: their period spans delivery or cover. */
export function isRecurring(product: DemoProduct): boolean {
  return product.type !== 'Physical' && product.type !== 'ProfessionalService';
}

/**
 * The catalog's product ids by code: products already in the org are
 * reused, so seeding twice does not duplicate the catalog.
 */
export async function ensureCatalog(db: Db): Promise<Map<string, string>> {
  const codes = DEMO_PRODUCTS.map((product) => product.code);
  const existing = await db
    .selectFrom('product2')
    .select(['id', 'productCode'])
    .where('productCode', 'in', codes)
    .orderBy('id')
    .execute();
  const idByCode = new Map(existing.map((row) => [row.productCode!, row.id]));
  const missing = DEMO_PRODUCTS.filter(
    (product) => !idByCode.has(product.code),
  );
  const ids = await newIds(db, 'Product2', missing.length);

  if (missing.length > 0) {
    await db
      .insertInto('product2')
      .values(missing.map((product, i) => productRow(product, ids[i]!)))
      .execute();
  }
  missing.forEach((product, i) => idByCode.set(product.code, ids[i]!));
  return idByCode;
}

function productRow(product: DemoProduct, id: string) {
  return {
    id,
    name: product.name,
    productCode: product.code,
    productType: product.type,
    family: product.family,
    description: product.description,
    isActive: true,
  };
}
