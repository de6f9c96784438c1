import type { ActionBody, PeriodBody, SourceBody } from '../domain/input';
import type { CancelBody, ChangeBody, GenerateBody } from '../domain/lifecycle';
import { decimal, type Big } from '../domain/money';
import type { DemoAccount } from './accounts';
import type { SourceReferences } from './records';
import type { LifecycleStep, PlannedPeriod, PlannedSource } from './timeline';

/** Turns planned steps into the request bodies the API would receive. */
export class BodyWriter {
  constructor(
    private readonly account: DemoAccount,
    private readonly references: SourceReferences,
    private readonly now: Date,
  ) {}

  generate(
    step: LifecycleStep,
    ids: { accountId: string; productId: string; assetName: string },
  ): GenerateBody {
    return {
      ...ids,
      currencyIsoCode: this.account.currency,
      assetStatePeriods: step.periods.map(periodBody),
      ...this.actionAndSources(step),
    };
  }

  change(step: LifecycleStep): ChangeBody {
    return {
      assetStatePeriods: step.periods.map(periodBody),
      ...this.actionAndSources(step),
    };
  }

  cancel(step: LifecycleStep): CancelBody {
    return {
      assetStatePeriod: periodBody(step.periods[0]!),
      ...this.actionAndSources(step),
    };
  }

  private actionAndSources(step: LifecycleStep) {
    return {
      assetAction: actionBody(step),
      assetActionSources: step.sources.map((source) =>
        this.sourceBody(step, source),
      ),
    };
  }

  private sourceBody(step: LifecycleStep, source: PlannedSource): SourceBody {
    const { discount, taxRate } = this.account;
    const productAmount = source.amount.div(1 - discount).round(2);
    const estimatedTax = source.amount.times(taxRate).round(2);
    const taxed = +source.startDate <= +this.now;

    return {
      ...this.references.get(source)!,
      transactionDate: step.actionDate.toISOString(),
      startDate: source.startDate.toISOString(),
      endDate: source.endDate?.toISOString(),
      quantity: source.quantity ? num(source.quantity) : undefined,
      productAmount: num(productAmount),
      adjustmentAmount: num(source.amount.minus(productAmount)),
      estimatedTax: num(estimatedTax),
      actualTax: num(taxed ? estimatedTax : decimal(0)),
    };
  }
}

function periodBody(period: PlannedPeriod): PeriodBody {
  return {
    startDate: period.startDate.toISOString(),
    endDate: period.endDate?.toISOString() ?? null,
    quantity: num(period.quantity),
    amount: num(period.amount),
    mrr: num(period.mrr),
  };
}

function actionBody(step: LifecycleStep): ActionBody {
  return {
    category: step.category,
    actionDate: step.actionDate.toISOString(),
    quantityChange: num(step.quantityChange),
    mrrChange: num(step.mrrChange),
    amount: num(step.amount),
  };
}

const num = (value: Big) => Number(value.toString());
