import { sql, type Kysely } from 'kysely';

const MONEY = 'numeric(18, 2)';
const QUANTITY = 'numeric(14, 2)';
const RECORD_ID = 'char(18)';

const PRODUCT_TYPES = [
  'Physical',
  'Subscription',
  'UsageBased',
  'ProfessionalService',
  'AftermarketService',
];

const CATEGORIES = [
  'Initial Sale',
  'Renewals',
  'Upsells',
  'Downsells',
  'Cross-Sells',
  'Upgrades',
  'Downgrades',
  'Swaps',
  'Cancellations',
  'Transfers',
  'Terms And Conditions Changes',
  'Other',
];

function oneOf(column: string, values: string[]) {
  const list = values.map((value) => `'${value}'`).join(', ');
  return sql.raw(`${column} in (${list})`);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence record_id_seq`.execute(db);

  await db.schema
    .createTable('org_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('validate_deltas', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('account')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('account_number', 'varchar(40)')
    .addColumn('industry', 'varchar(40)')
    .addColumn('billing_city', 'varchar(40)')
    .addColumn('billing_country', 'varchar(80)')
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('product2')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('product_code', 'varchar(255)')
    .addColumn('product_type', 'varchar(40)', (c) =>
      c.notNull().check(oneOf('product_type', PRODUCT_TYPES)),
    )
    .addColumn('family', 'varchar(40)')
    .addColumn('description', 'text')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('sales_order')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('account_id', RECORD_ID, (c) =>
      c.notNull().references('account.id'),
    )
    .addColumn('order_number', 'varchar(30)', (c) => c.notNull())
    .addColumn('status', 'varchar(40)', (c) => c.notNull())
    .addColumn('effective_date', 'date', (c) => c.notNull())
    .addColumn('currency_iso_code', 'char(3)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('order_item')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('order_id', RECORD_ID, (c) =>
      c.notNull().references('sales_order.id'),
    )
    .addColumn('product2_id', RECORD_ID, (c) =>
      c.notNull().references('product2.id'),
    )
    .addColumn('quantity', QUANTITY, (c) => c.notNull())
    .addColumn('unit_price', MONEY, (c) => c.notNull())
    .addColumn('total_price', MONEY, (c) => c.notNull())
    .addColumn('service_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('work_order')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('account_id', RECORD_ID, (c) =>
      c.notNull().references('account.id'),
    )
    .addColumn('work_order_number', 'varchar(30)', (c) => c.notNull())
    .addColumn('subject', 'varchar(255)')
    .addColumn('status', 'varchar(40)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('work_order_line_item')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('work_order_id', RECORD_ID, (c) =>
      c.notNull().references('work_order.id'),
    )
    .addColumn('product2_id', RECORD_ID, (c) => c.references('product2.id'))
    .addColumn('line_item_number', 'varchar(30)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('quantity', QUANTITY)
    .addColumn('status', 'varchar(40)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('asset')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('account_id', RECORD_ID, (c) =>
      c.notNull().references('account.id'),
    )
    .addColumn('product2_id', RECORD_ID, (c) =>
      c.notNull().references('product2.id'),
    )
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('currency_iso_code', 'char(3)', (c) => c.notNull())
    .addColumn('has_lifecycle_management', 'boolean', (c) =>
      c.notNull().defaultTo(false),
    )
    .addColumn('lifecycle_start_date', 'timestamptz')
    .addColumn('lifecycle_end_date', 'timestamptz')
    .addColumn('current_quantity', QUANTITY, (c) => c.notNull().defaultTo(0))
    .addColumn('current_mrr', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('current_amount', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('current_lifecycle_end_date', 'timestamptz')
    .addColumn('total_lifecycle_amount', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('invoice_line_balance', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('current_as_of', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .addColumn('last_modified_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  await db.schema
    .createTable('asset_state_period')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('asset_id', RECORD_ID, (c) => c.notNull().references('asset.id'))
    .addColumn('start_date', 'timestamptz', (c) => c.notNull())
    .addColumn('end_date', 'timestamptz')
    .addColumn('quantity', QUANTITY, (c) => c.notNull())
    .addColumn('amount', MONEY, (c) => c.notNull())
    .addColumn('mrr', MONEY, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .addUniqueConstraint('asset_state_period_asset_start_key', [
      'asset_id',
      'start_date',
    ])
    .addCheckConstraint(
      'asset_state_period_ends_after_start',
      sql`end_date is null or end_date > start_date`,
    )
    .execute();

  await db.schema
    .createTable('asset_action')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('asset_id', RECORD_ID, (c) => c.notNull().references('asset.id'))
    .addColumn('sequence_number', 'integer', (c) => c.notNull())
    .addColumn('type', 'varchar(20)', (c) =>
      c.notNull().check(oneOf('type', ['Generate', 'Change', 'Cancel'])),
    )
    .addColumn('category_enum', 'varchar(40)', (c) =>
      c.notNull().check(oneOf('category_enum', CATEGORIES)),
    )
    .addColumn('action_date', 'timestamptz', (c) => c.notNull())
    .addColumn('quantity_change', QUANTITY, (c) => c.notNull())
    .addColumn('mrr_change', MONEY, (c) => c.notNull())
    .addColumn('amount', MONEY, (c) => c.notNull())
    .addColumn('total_quantity', QUANTITY, (c) => c.notNull())
    .addColumn('total_mrr', MONEY, (c) => c.notNull())
    .addColumn('total_amount', MONEY, (c) => c.notNull())
    .addColumn('category_totals', 'jsonb', (c) => c.notNull())
    .addColumn('product_amount_change', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('adjustment_amount_change', MONEY, (c) =>
      c.notNull().defaultTo(0),
    )
    .addColumn('subtotal_change', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('estimated_tax_change', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('actual_tax_change', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .addUniqueConstraint('asset_action_asset_sequence_key', [
      'asset_id',
      'sequence_number',
    ])
    .execute();

  await db.schema
    .createTable('asset_action_source')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('asset_action_id', RECORD_ID, (c) =>
      c.notNull().references('asset_action.id'),
    )
    .addColumn('reference_entity_item_id', RECORD_ID)
    .addColumn('external_reference', 'varchar(255)')
    .addColumn('external_reference_data_source', 'varchar(255)')
    .addColumn('transaction_date', 'timestamptz')
    .addColumn('start_date', 'timestamptz')
    .addColumn('end_date', 'timestamptz')
    .addColumn('quantity', QUANTITY)
    .addColumn('product_amount', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('adjustment_amount', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('subtotal', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('estimated_tax', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('actual_tax', MONEY, (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .addCheckConstraint(
      'asset_action_source_has_one_reference',
      sql`(reference_entity_item_id is null) <> (external_reference is null)`,
    )
    .execute();

  await db.schema
    .createTable('invoice_line')
    .addColumn('id', RECORD_ID, (c) => c.primaryKey())
    .addColumn('asset_id', RECORD_ID, (c) => c.notNull().references('asset.id'))
    .addColumn('invoice_number', 'varchar(30)', (c) => c.notNull())
    .addColumn('invoice_date', 'date', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) =>
      c.notNull().check(oneOf('status', ['Draft', 'Posted'])),
    )
    .addColumn('amount', MONEY, (c) => c.notNull())
    .addColumn('balance', MONEY, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) =>
      c.notNull().defaultTo(sql`now()`),
    )
    .execute();

  const indexes: [string, string, string[]][] = [
    ['asset_account_idx', 'asset', ['account_id']],
    ['asset_product_idx', 'asset', ['product2_id']],
    ['asset_name_idx', 'asset', ['name']],
    ['account_name_idx', 'account', ['name']],
    ['sales_order_account_idx', 'sales_order', ['account_id']],
    ['order_item_order_idx', 'order_item', ['order_id']],
    ['work_order_account_idx', 'work_order', ['account_id']],
    [
      'work_order_line_item_work_order_idx',
      'work_order_line_item',
      ['work_order_id'],
    ],
    [
      'asset_action_source_action_idx',
      'asset_action_source',
      ['asset_action_id'],
    ],
    ['invoice_line_asset_idx', 'invoice_line', ['asset_id', 'invoice_date']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'invoice_line',
    'asset_action_source',
    'asset_action',
    'asset_state_period',
    'asset',
    'work_order_line_item',
    'work_order',
    'order_item',
    'sales_order',
    'product2',
    'account',
    'org_setting',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop sequence record_id_seq`.execute(db);
}
