import type { FieldDefinition, FieldType } from '@server/modules/fields/fields.schemas.js';
import type { CONSENT_PURPOSES as PURPOSES } from '@server/modules/people/consents.schemas.js';
import type { Person as StoredPerson } from '@server/modules/people/people.schemas.js';
import { allOf } from '../../api/server-types.js';

// The records as the API answers them: the server's own types (docs/architecture.md).
export type { Company } from '@server/modules/companies/companies.schemas.js';
export type { FieldDefinition, FieldEntity, FieldType } from '@server/modules/fields/fields.schemas.js';

export type Address = NonNullable<StoredPerson['address']>;
/** On list and GET responses `hasPhoto` too (not on create/update answers). */
export type Person = StoredPerson & { hasPhoto?: boolean };
export type LocalLabel = FieldDefinition['label'];

/** The field wizard's choices, in its order. */
export const FIELD_TYPES = allOf<FieldType>()([
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'boolean',
  'select',
  'multi_select',
  'url',
  'email',
  'phone',
  'user',
]);

export interface TimelineEvent {
  id: string;
  type: string;
  at: number;
  actor: { type: string; id: string | null; name?: string | null } | null;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
}

export const CONSENT_PURPOSES = allOf<(typeof PURPOSES)[number]>()([
  'data_processing',
  'marketing_email',
  'marketing_sms',
  'marketing_push',
  'marketing_phone',
]);
export type ConsentStatus = 'granted' | 'withdrawn' | 'pending';

export interface Consent {
  purpose: string;
  status: ConsentStatus;
  source: string | null;
  textVersion: string | null;
  changedAt: number;
  actor?: { name?: string | null } | null;
}

export type FilterNode =
  | { and: FilterNode[] }
  | { or: FilterNode[] }
  | { not: FilterNode }
  | { field: string; op: string; value?: unknown };

export interface SavedView {
  id: string;
  name: string;
  entity: string;
  filter: FilterNode | null;
  sort: string | null;
  columns: string[];
  shared: boolean;
  ownerId?: string | null;
}
