const DAY_MS = 86_400_000;
const PERIOD_DAYS = 7;
const FIRST_START = Date.parse('2018-01-01T00:00:00Z');
const PERIODS_PER_CALL = 10;

export interface Period {
  startDate: string;
  endDate: string;
  quantity: number;
  mrr: number;
  amount: number;
}

const iso = (ms: number) =>
  new Date(ms).toISOString().replace('.000Z', '+00:00');

/** The n-th weekly state period: quantity and MRR wander, amount follows. */
export function period(n: number): Period {
  const start = FIRST_START + n * PERIOD_DAYS * DAY_MS;
  const quantity = 10 + ((n * 7) % 13);
  return {
    startDate: iso(start),
    endDate: iso(start + PERIOD_DAYS * DAY_MS - 1000),
    quantity,
    mrr: quantity * 25,
    amount: quantity * 6,
  };
}

export interface Plan {
  generate: Period[];
  renewals: Period[][];
  termsChanges: number;
}

/**
 * Up to ten periods in the generate call, then renewals of up to ten
 * periods each, then terms changes without periods until `actions` in all.
 */
export function plan(periods: number, actions: number): Plan {
  const all = Array.from({ length: periods }, (_, n) => period(n));
  const renewals: Period[][] = [];

  for (let i = PERIODS_PER_CALL; i < all.length; i += PERIODS_PER_CALL) {
    renewals.push(all.slice(i, i + PERIODS_PER_CALL));
  }
  const termsChanges = actions - 1 - renewals.length;
  if (termsChanges < 0) throw new Error('Too few actions for the periods.');
  return { generate: all.slice(0, PERIODS_PER_CALL), renewals, termsChanges };
}

const sum = (periods: Period[]) =>
  periods.reduce((total, each) => total + each.amount, 0);

/** The action a call records, with the deltas the service checks. */
export function actionFor(
  category: string,
  actionDate: string,
  before: Period | undefined,
  added: Period[],
) {
  const after = added.at(-1) ?? before;
  return {
    category,
    actionDate,
    quantityChange: (after?.quantity ?? 0) - (before?.quantity ?? 0),
    mrrChange: (after?.mrr ?? 0) - (before?.mrr ?? 0),
    amount: sum(added),
  };
}

/** A day before the first period it brings: when the renewal was agreed. */
export const decidedBefore = (periods: Period[]) =>
  iso(Date.parse(periods[0]!.startDate) - DAY_MS);

/** Terms changes, one a day from the lifecycle's start. */
export const termsChangeDate = (n: number) =>
  iso(FIRST_START + n * DAY_MS + 9 * 3_600_000);

const DATA_PATH = '/services/data/v68.0';

async function post(baseUrl: string, path: string, body: unknown) {
  const response = await fetch(`${baseUrl}${DATA_PATH}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(
      `POST ${path}: ${response.status} ${JSON.stringify(answer)}`,
    );
  }
  return answer;
}

const idOf = (answer: { id?: string; Id?: string }) => answer.id ?? answer.Id!;

/** Creates, through the API, an asset with that many periods and actions. */
export async function createAsset(
  baseUrl: string,
  periods: number,
  actions: number,
): Promise<string> {
  const account = idOf(
    await post(baseUrl, '/sobjects/Account', { Name: 'Benchmark Account' }),
  );
  const product = idOf(
    await post(baseUrl, '/sobjects/Product2', {
      Name: 'Benchmark Subscription',
      ProductType: 'Subscription',
    }),
  );
  const { generate, renewals, termsChanges } = plan(periods, actions);
  const generated = await post(
    baseUrl,
    '/asset-management/assets/actions/generate',
    {
      accountId: account,
      assetName: 'Benchmark Asset',
      productId: product,
      currencyIsoCode: 'USD',
      assetStatePeriods: generate,
      assetAction: actionFor(
        'Initial Sale',
        decidedBefore(generate),
        undefined,
        generate,
      ),
    },
  );
  const assetId = idOf(generated.asset);
  const change = (body: unknown) =>
    post(baseUrl, `/asset-management/assets/${assetId}/actions/change`, body);

  let latest = generate.at(-1);
  for (const added of renewals) {
    const decided = decidedBefore(added);
    await change({
      assetStatePeriods: added,
      assetAction: actionFor('Renewals', decided, latest, added),
    });
    latest = added.at(-1);
  }
  for (let n = 0; n < termsChanges; n += 1) {
    const decided = termsChangeDate(n);
    await change({
      assetAction: actionFor(
        'Terms And Conditions Changes',
        decided,
        latest,
        [],
      ),
    });
  }
  return assetId;
}
