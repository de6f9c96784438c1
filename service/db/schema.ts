import type { ColumnType, Generated } from 'kysely';

/** numeric columns arrive as strings from both drivers and accept strings. */
type Numeric = ColumnType<string, string | number, string | number>;
type NumericOrNull = ColumnType<
  string | null,
  string | number | null | undefined,
  string | number | null
>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampOrNull = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
type CreatedAt = ColumnType<Date, never, never>;

export interface OrgSettingTable {
  id: Generated<number>;
  timeZone: string;
  validateDeltas: boolean;
}

export interface AccountTable {
  id: string;
  name: string;
  accountNumber: string | null;
  industry: string | null;
  billingCity: string | null;
  billingCountry: string | null;
  createdAt: Generated<CreatedAt>;
}

export interface Product2Table {
  id: string;
  name: string;
  productCode: string | null;
  productType: string;
  family: string | null;
  description: string | null;
  isActive: boolean;
  createdAt: Generated<CreatedAt>;
}

export interface SalesOrderTable {
  id: string;
  accountId: string;
  orderNumber: string;
  status: string;
  effectiveDate: string;
  currencyIsoCode: string;
  createdAt: Generated<CreatedAt>;
}

export interface OrderItemTable {
  id: string;
  orderId: string;
  product2Id: string;
  quantity: Numeric;
  unitPrice: Numeric;
  totalPrice: Numeric;
  serviceDate: string | null;
  endDate: string | null;
  createdAt: Generated<CreatedAt>;
}

export interface WorkOrderTable {
  id: string;
  accountId: string;
  workOrderNumber: string;
  subject: string | null;
  status: string;
  createdAt: Generated<CreatedAt>;
}

export interface WorkOrderLineItemTable {
  id: string;
  workOrderId: string;
  product2Id: string | null;
  lineItemNumber: string;
  description: string | null;
  quantity: NumericOrNull;
  status: string;
  createdAt: Generated<CreatedAt>;
}

export interface AssetTable {
  id: string;
  accountId: string;
  product2Id: string;
  name: string;
  currencyIsoCode: string;
  hasLifecycleManagement: boolean;
  lifecycleStartDate: TimestampOrNull;
  lifecycleEndDate: TimestampOrNull;
  currentQuantity: Numeric;
  currentMrr: Numeric;
  currentAmount: Numeric;
  currentLifecycleEndDate: TimestampOrNull;
  totalLifecycleAmount: Numeric;
  invoiceLineBalance: Numeric;
  currentAsOf: TimestampOrNull;
  createdAt: Generated<CreatedAt>;
  lastModifiedAt: Timestamp;
}

export interface AssetStatePeriodTable {
  id: string;
  assetId: string;
  startDate: Timestamp;
  endDate: TimestampOrNull;
  quantity: Numeric;
  amount: Numeric;
  mrr: Numeric;
  createdAt: Generated<CreatedAt>;
}

export interface AssetActionTable {
  id: string;
  assetId: string;
  sequenceNumber: number;
  type: string;
  categoryEnum: string;
  actionDate: Timestamp;
  quantityChange: Numeric;
  mrrChange: Numeric;
  amount: Numeric;
  totalQuantity: Numeric;
  totalMrr: Numeric;
  totalAmount: Numeric;
  categoryTotals: ColumnType<Record<string, string>, string, string>;
  productAmountChange: Numeric;
  adjustmentAmountChange: Numeric;
  subtotalChange: Numeric;
  estimatedTaxChange: Numeric;
  actualTaxChange: Numeric;
  createdAt: Generated<CreatedAt>;
}

export interface AssetActionSourceTable {
  id: string;
  assetActionId: string;
  referenceEntityItemId: string | null;
  externalReference: string | null;
  externalReferenceDataSource: string | null;
  transactionDate: TimestampOrNull;
  startDate: TimestampOrNull;
  endDate: TimestampOrNull;
  quantity: NumericOrNull;
  productAmount: Numeric;
  adjustmentAmount: Numeric;
  subtotal: Numeric;
  estimatedTax: Numeric;
  actualTax: Numeric;
  createdAt: Generated<CreatedAt>;
}

export interface InvoiceLineTable {
  id: string;
  assetId: string;
  invoiceNumber: string;
  invoiceDate: string;
  status: string;
  amount: Numeric;
  balance: Numeric;
  createdAt: Generated<CreatedAt>;
}

export interface JobRunTable {
  job: string;
  runDate: string;
  status: 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  claimedAt: Timestamp;
  finishedAt: TimestampOrNull;
  error: string | null;
}

export interface Database {
  orgSetting: OrgSettingTable;
  account: AccountTable;
  product2: Product2Table;
  salesOrder: SalesOrderTable;
  orderItem: OrderItemTable;
  workOrder: WorkOrderTable;
  workOrderLineItem: WorkOrderLineItemTable;
  asset: AssetTable;
  assetStatePeriod: AssetStatePeriodTable;
  assetAction: AssetActionTable;
  assetActionSource: AssetActionSourceTable;
  invoiceLine: InvoiceLineTable;
  jobRun: JobRunTable;
  recordPage: RecordPageTable;
  recordPageActivation: RecordPageActivationTable;
}

/** One saved version of an object's record page. */
export interface RecordPageTable {
  id: ColumnType<number, never, never>;
  objectApiName: string;
  version: number;
  label: string;
  template: string;
  regions: ColumnType<
    Record<
      string,
      { component: string; properties: Record<string, unknown> }[]
    >,
    string,
    string
  >;
  createdAt: CreatedAt;
}

/** The version of its record page an object's records are shown with. */
export interface RecordPageActivationTable {
  objectApiName: string;
  version: number;
  activatedAt: Generated<Date>;
}
