export type LeadStatus = 'new' | 'working' | 'qualified' | 'disqualified' | 'converted';
export const LEAD_STATUSES: LeadStatus[] = ['new', 'working', 'qualified', 'disqualified', 'converted'];

export interface Lead {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  companyName: string | null;
  source: string | null;
  status: LeadStatus;
  ownerId: string | null;
  interest: string | null;
  score: number;
  personId: string | null;
  dealId: string | null;
  consents: { purpose: string; status: string; textVersion: string | null; at: number }[];
  version: number;
  createdAt: number;
}

export type LeadInput = Partial<
  Pick<Lead, 'firstName' | 'lastName' | 'email' | 'phone' | 'companyName' | 'source' | 'ownerId' | 'interest'>
> & { status?: Exclude<LeadStatus, 'converted'> };

export interface ScoreChange {
  at: number;
  score: number;
  reason: string;
}

export interface PayloadCondition {
  path: string;
  op: 'eq' | 'neq' | 'contains' | 'startsWith' | 'in';
  value: string;
}

export interface ScoringRule {
  id: string;
  name: string;
  kind: 'field' | 'event';
  condition: unknown;
  eventType: string | null;
  points: number;
  halfLifeDays: number | null;
  enabled: boolean;
}

export type Localized = { en: string; ru?: string; lv?: string };
export interface FormField {
  key: string;
  label: Localized;
  type: 'text' | 'email' | 'phone' | 'textarea';
  required: boolean;
  mapsTo: string;
}
export interface FormConsent {
  purpose: string;
  text: Localized;
  textVersion: string;
  required: boolean;
}
export type Assignment =
  | { mode: 'none' }
  | { mode: 'fixed'; userId: string }
  | { mode: 'round_robin'; teamId: string };

export interface WebForm {
  id: string;
  name: string;
  language: 'en' | 'ru' | 'lv';
  fields: FormField[];
  consents: FormConsent[];
  assignment: Assignment;
  source: string | null;
  redirectUrl: string | null;
  active: boolean;
}
export type WebFormInput = Omit<WebForm, 'id'>;
