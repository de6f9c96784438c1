import type { Story } from './story';
import type { LifecycleStep, PlannedSource, SourceKind } from './timeline';

export interface SourceSpan {
  startDate: Date;
  endDate: Date | null;
}

type Origin = Pick<PlannedSource, 'kind' | 'dataSource'>;

const origin = (kind: SourceKind, dataSource: string | null = null) => ({
  kind,
  dataSource,
});

/**
 * Where the action came from: an order product for most sales, a work
 * order line item for services delivered in the field, a transaction in
 * the billing system, the ERP or the contract repository otherwise.
 */
export function sourcesFor(
  story: Story,
  step: LifecycleStep,
  span: SourceSpan,
): PlannedSource[] {
  const from = originOf(story, step);

  if (step.type === 'Generate' || step.category === 'Renewals') {
    return step.periods.map((period) => ({
      ...from,
      startDate: period.startDate,
      endDate: period.endDate,
      quantity: period.quantity,
      amount: period.amount,
    }));
  }
  const quantity = step.periods.length > 0 ? step.quantityChange : null;
  return [{ ...from, ...span, quantity, amount: step.amount }];
}

function originOf(story: Story, step: LifecycleStep): Origin {
  const { product } = story.context;
  const { random } = story;

  if (step.category === 'Terms And Conditions Changes') {
    return origin('external', 'Contract Management');
  }
  if (product.type === 'ProfessionalService' || product.code === 'WAR-EXT') {
    return origin('workOrderLineItem');
  }
  if (step.type === 'Generate' && product.type === 'UsageBased') {
    return random.chance(0.5)
      ? origin('external', 'Billing System')
      : origin('orderItem');
  }
  if (step.type === 'Generate') {
    return random.chance(0.15)
      ? origin('external', 'ERP')
      : origin('orderItem');
  }
  if (step.type === 'Cancel') {
    return random.chance(0.6)
      ? origin('external', 'Billing System')
      : origin('orderItem');
  }
  if (step.category === 'Renewals') {
    return random.chance(0.3)
      ? origin('external', 'Billing System')
      : origin('orderItem');
  }
  return random.chance(0.25) ? origin('external', 'ERP') : origin('orderItem');
}
