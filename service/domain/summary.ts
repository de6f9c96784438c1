import { sum, ZERO, type Big } from './money';
import { byStart, SECOND_MS, type StatePeriod } from './periods';

export interface AssetSummary {
  lifecycleStartDate: Date | null;
  lifecycleEndDate: Date | null;
  currentQuantity: Big;
  currentMrr: Big;
  currentAmount: Big;
  currentLifecycleEndDate: Date | null;
  totalLifecycleAmount: Big;
}

/** A period holds every instant from its start up to one second past its end. */
export function contains(period: StatePeriod, at: Date): boolean {
  return (
    +period.startDate <= +at &&
    (period.endDate === null || +at < +period.endDate + SECOND_MS)
  );
}

/** An asset's lifecycle fields as of `at`, from its periods. */
export function summarize(periods: StatePeriod[], at: Date): AssetSummary {
  const sorted = byStart(periods);
  const current = sorted.find((period) => contains(period, at));

  return {
    lifecycleStartDate: sorted[0]?.startDate ?? null,
    lifecycleEndDate: sorted[sorted.length - 1]?.endDate ?? null,
    currentQuantity: current?.quantity ?? ZERO,
    currentMrr: current?.mrr ?? ZERO,
    currentAmount: current?.amount ?? ZERO,
    currentLifecycleEndDate: current?.endDate ?? null,
    totalLifecycleAmount: sum(sorted.map((period) => period.amount)),
  };
}
