import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

/** Seeded with keys + labels so the default funnel reads in every language; user-made rows have `name` only. */
const STAGES: [key: string, probability: number, kind: string, en: string, ru: string, lv: string][] = [
  [
    'uninterested_lead',
    5,
    'open',
    'Uninterested lead',
    'Незаинтересованный лид',
    'Neieinteresēts interesents',
  ],
  ['interested_lead', 10, 'open', 'Interested lead', 'Заинтересованный лид', 'Ieinteresēts interesents'],
  ['active_inquiry', 25, 'open', 'Active inquiry', 'Активный запрос', 'Aktīvs pieprasījums'],
  ['inquiry_sent', 40, 'open', 'Inquiry sent', 'Запрос отправлен', 'Pieprasījums nosūtīts'],
  [
    'agreed_request_invoice',
    75,
    'open',
    'Agreed request & invoice',
    'Согласованная заявка и счёт',
    'Saskaņots pieprasījums un rēķins',
  ],
  ['payment_received', 100, 'won', 'Payment received', 'Оплата получена', 'Maksājums saņemts'],
  ['delivered', 100, 'won', 'Delivered', 'Доставлено', 'Piegādāts'],
  ['lost', 0, 'lost', 'Lost', 'Проиграна', 'Zaudēts'],
];

const LOST_REASONS: [key: string, en: string, ru: string, lv: string][] = [
  ['price', 'Price too high', 'Слишком высокая цена', 'Pārāk augsta cena'],
  ['competitor', 'Chose a competitor', 'Выбрали конкурента', 'Izvēlējās konkurentu'],
  ['no_budget', 'No budget', 'Нет бюджета', 'Nav budžeta'],
  ['no_response', 'No response', 'Нет ответа', 'Nav atbildes'],
  ['not_a_fit', 'Not a fit', 'Не подходит', 'Nav piemērots'],
];

/** Pipelines, their ordered stages and the managed list of lost reasons; seeds the default funnel. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pipelines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('labels', jsonType(db))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pipeline_stages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pipeline_id', 'text', (c) => c.notNull().references('pipelines.id').onDelete('cascade'))
    .addColumn('key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('labels', jsonType(db))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pipeline_stages_pipeline')
    .on('pipeline_stages')
    .columns(['pipeline_id', 'position'])
    .execute();
  await db.schema
    .createTable('lost_reasons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('labels', jsonType(db))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  const json = (v: unknown) => JSON.stringify(v);
  await db
    .insertInto('pipelines')
    .values({
      id: 'pip_default',
      key: 'default',
      name: 'Sales',
      labels: json({ en: 'Sales', ru: 'Продажи', lv: 'Pārdošana' }),
      is_default: 1,
      position: 0,
      created_at: 0,
      updated_at: 0,
    })
    .execute();
  await db
    .insertInto('pipeline_stages')
    .values(
      STAGES.map(([key, probability, kind, en, ru, lv], i) => ({
        id: `stg_${key}`,
        pipeline_id: 'pip_default',
        key,
        name: en,
        labels: json({ en, ru, lv }),
        position: i,
        probability,
        kind,
        created_at: 0,
        updated_at: 0,
      })),
    )
    .execute();
  await db
    .insertInto('lost_reasons')
    .values(
      LOST_REASONS.map(([key, en, ru, lv], i) => ({
        id: `lr_${key}`,
        key,
        name: en,
        labels: json({ en, ru, lv }),
        position: i,
        archived: 0,
        created_at: 0,
        updated_at: 0,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lost_reasons').execute();
  await db.schema.dropTable('pipeline_stages').execute();
  await db.schema.dropTable('pipelines').execute();
}
