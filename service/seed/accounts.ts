import { addDays, startOfUtcDay } from './calendar';
import { createRandom, streamSeed, type Random } from './random';

export type Currency = 'USD' | 'EUR' | 'GBP';

export interface DemoAccount {
  index: number;
  name: string;
  industry: string;
  city: string;
  country: string;
  currency: Currency;
  /** Sales tax or VAT applied to the account's transactions. */
  taxRate: number;
  /** The account's negotiated discount off list price. */
  discount: number;
  /** Headcount, which sizes the quantities the account buys. */
  employees: number;
  /** Hour (UTC) at which the account's state periods start. */
  startHour: number;
  customerSince: Date;
  random: Random;
}

const NAME_STEMS = [
  'Alderbrook',
  'Bluefinch',
  'Cobaltline',
  'Driftwood Bay',
  'Emberfield',
  'Foxglen',
  'Glasswing',
  'Hollowpine',
  'Ironbark',
  'Juniper Ridge',
  'Kettlestone',
  'Lanternfield',
  'Moss Harbor',
  'Nettlecombe',
  'Orchard Vale',
  'Pebblebrook',
  'Quarrystone',
  'Ravenmoor',
  'Saltmarsh',
  'Thistledown',
  'Umberwood',
  'Vireo Point',
  'Willowgate',
  'Yarrowby',
  'Zephyr Lane',
];

const INDUSTRIES: readonly { industry: string; suffixes: string[] }[] = [
  { industry: 'Manufacturing', suffixes: ['Manufacturing', 'Industries'] },
  { industry: 'Healthcare', suffixes: ['Health', 'Medical Group'] },
  { industry: 'Transportation', suffixes: ['Logistics', 'Freight'] },
  { industry: 'Finance', suffixes: ['Capital', 'Financial'] },
  { industry: 'Retail', suffixes: ['Outfitters', 'Markets'] },
  { industry: 'Energy', suffixes: ['Energy', 'Renewables'] },
  { industry: 'Education', suffixes: ['Academy', 'Learning Trust'] },
  { industry: 'Engineering', suffixes: ['Engineering', 'Design Partners'] },
  { industry: 'Food & Beverage', suffixes: ['Foods', 'Provisions'] },
  { industry: 'Media', suffixes: ['Media', 'Studios'] },
  { industry: 'Construction', suffixes: ['Builders', 'Contracting'] },
  { industry: 'Hospitality', suffixes: ['Hotels', 'Hospitality'] },
];

const LOCATIONS: Record<Currency, readonly [string, string, number][]> = {
  USD: [
    ['Austin', 'United States', 0.0825],
    ['Denver', 'United States', 0.0881],
    ['Chicago', 'United States', 0.1025],
    ['Seattle', 'United States', 0.1035],
    ['Boston', 'United States', 0.0625],
    ['Atlanta', 'United States', 0.089],
    ['Raleigh', 'United States', 0.0725],
    ['Columbus', 'United States', 0.075],
  ],
  EUR: [
    ['Lyon', 'France', 0.2],
    ['Rotterdam', 'Netherlands', 0.21],
    ['Munich', 'Germany', 0.19],
    ['Milan', 'Italy', 0.22],
    ['Porto', 'Portugal', 0.23],
    ['Cork', 'Ireland', 0.23],
  ],
  GBP: [
    ['Manchester', 'United Kingdom', 0.2],
    ['Leeds', 'United Kingdom', 0.2],
    ['Bristol', 'United Kingdom', 0.2],
    ['Edinburgh', 'United Kingdom', 0.2],
  ],
};

const CURRENCY_SHARES: readonly [Currency, number][] = [
  ['USD', 70],
  ['EUR', 18],
  ['GBP', 12],
];

const DISCOUNTS = [0, 0, 0.05, 0.1, 0.15];

/** Accounts, each drawing from a stream of its own. */
export function planAccounts(seed: number, count: number, now: Date) {
  const stems = createRandom(streamSeed(seed, 0)).shuffle(NAME_STEMS);
  const taken = new Set<string>();

  return Array.from({ length: count }, (_, index) => {
    const random = createRandom(streamSeed(seed, index + 1));
    const account = planAccount(random, index, now);
    account.name = uniqueName(
      random,
      stems[index % stems.length]!,
      account,
      taken,
    );
    return account;
  });
}

function planAccount(random: Random, index: number, now: Date): DemoAccount {
  const [currency] = random.weighted(CURRENCY_SHARES, ([, share]) => share);
  const [city, country, taxRate] = random.pick(LOCATIONS[currency]);
  const yearsAsCustomer = random.chance(0.25)
    ? random.between(0.4, 2)
    : random.between(2.4, 3);
  const daysAsCustomer = Math.round(365 * yearsAsCustomer);

  return {
    index,
    name: '',
    industry: random.pick(INDUSTRIES).industry,
    city,
    country,
    currency,
    taxRate,
    discount: random.pick(DISCOUNTS),
    employees: Math.round(30 * 100 ** random.next()),
    startHour: random.chance(0.2) ? 8 : 0,
    customerSince: addDays(startOfUtcDay(now), -daysAsCustomer),
    random,
  };
}

function uniqueName(
  random: Random,
  stem: string,
  account: DemoAccount,
  taken: Set<string>,
): string {
  const { suffixes } = INDUSTRIES.find((i) => i.industry === account.industry)!;
  const candidates = [
    ...random.shuffle(suffixes).map((suffix) => `${stem} ${suffix}`),
    `${stem} ${suffixes[0]} (${account.city})`,
    `${stem} ${suffixes[0]} ${account.index + 1}`,
  ];
  const name = candidates.find((candidate) => !taken.has(candidate))!;

  taken.add(name);
  return name;
}
