export interface Address {
  country?: string;
  region?: string;
  city?: string;
  street?: string;
  postcode?: string;
}

export interface Person {
  id: string;
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  email: string | null;
  phone: string | null;
  emails: { email: string; primary: boolean }[];
  phones: { phone: string; primary: boolean }[];
  externalIds?: { source: string; id: string }[];
  birthday: string | null;
  gender: string | null;
  language: string | null;
  timeZone: string | null;
  address: Address | null;
  tags: string[];
  ownerId: string | null;
  lifecycleStage: string | null;
  source: string | null;
  preferredChannel: string | null;
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
  /** On list and GET responses only (not on create/update answers). */
  hasPhoto?: boolean;
}

export interface Company {
  id: string;
  name: string;
  legalName: string | null;
  taxId: string | null;
  industry: string | null;
  size: string | null;
  website: string | null;
  domain: string | null;
  address: Address | null;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export type FieldEntity = 'person' | 'company' | 'deal' | 'case' | 'order';
export const FIELD_TYPES = [
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
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export type LocalLabel = { en: string; ru?: string; lv?: string };

export interface FieldDefinition {
  id: string;
  entity: FieldEntity;
  key: string;
  label: LocalLabel;
  type: FieldType;
  required: boolean;
  default: unknown;
  options: { value: string; label: LocalLabel }[];
  indexed: boolean;
  archived: boolean;
  position: number;
}

export interface TimelineEvent {
  id: string;
  type: string;
  at: number;
  actor: { type: string; id: string | null; name?: string | null } | null;
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
}

export const CONSENT_PURPOSES = [
  'data_processing',
  'marketing_email',
  'marketing_sms',
  'marketing_push',
  'marketing_phone',
] as const;
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
