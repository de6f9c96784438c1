import { Type } from '@sinclair/typebox';

import { BUSINESS_CATEGORIES } from '../domain/categories';
import { Figure, RecordId, Text, Timestamp, strictObject } from './common';

const MAX_PERIODS = 10;
const MAX_SOURCES = 10;

export const StatePeriodInput = strictObject({
  startDate: Timestamp,
  endDate: Type.Optional(
    Type.Unsafe<string | null>({ ...Timestamp, type: ['string', 'null'] }),
  ),
  quantity: Figure,
  amount: Figure,
  mrr: Figure,
});

export const ActionInput = strictObject({
  category: Type.Unsafe<string>({
    type: 'string',
    enum: [...BUSINESS_CATEGORIES],
  }),
  actionDate: Timestamp,
  quantityChange: Figure,
  mrrChange: Figure,
  amount: Figure,
});

export const ActionSourceInput = strictObject({
  referenceEntityItem: Type.Optional(RecordId),
  externalReference: Type.Optional(Text(255)),
  externalReferenceDataSource: Type.Optional(Text(255)),
  transactionDate: Type.Optional(Timestamp),
  startDate: Type.Optional(Timestamp),
  endDate: Type.Optional(Timestamp),
  quantity: Type.Optional(Figure),
  productAmount: Type.Optional(Figure),
  adjustmentAmount: Type.Optional(Figure),
  estimatedTax: Type.Optional(Figure),
  actualTax: Type.Optional(Figure),
});

const Sources = Type.Optional(
  Type.Array(ActionSourceInput, { maxItems: MAX_SOURCES }),
);

export const GenerateInput = strictObject({
  accountId: RecordId,
  assetName: Text(255),
  productId: RecordId,
  currencyIsoCode: Type.String({ pattern: '^[A-Z]{3}$' }),
  assetStatePeriods: Type.Array(StatePeriodInput, {
    minItems: 1,
    maxItems: MAX_PERIODS,
  }),
  assetAction: ActionInput,
  assetActionSources: Sources,
});

export const ChangeInput = strictObject({
  assetStatePeriods: Type.Optional(
    Type.Array(StatePeriodInput, { maxItems: MAX_PERIODS }),
  ),
  assetAction: ActionInput,
  assetActionSources: Sources,
});

export const CancelInput = strictObject({
  assetStatePeriod: StatePeriodInput,
  assetAction: ActionInput,
  assetActionSources: Sources,
});

export const AssetParams = Type.Object({
  version: Type.String(),
  assetId: Type.String(),
});

const Output = Type.Record(Type.String(), Type.Unknown());

export const LifecycleOutput = Type.Object({
  asset: Output,
  assetAction: Output,
  assetActionSources: Type.Array(Output),
  assetStatePeriods: Type.Array(Output),
});
