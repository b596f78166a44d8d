export interface FormsTable {
  id: string;
  name: string;
  /** Default language of the hosted page (en, ru, lv). */
  language: string;
  fields: unknown;
  consents: unknown;
  assignment: unknown;
  /** Contact source written on leads from this form. */
  source: string | null;
  redirectUrl: string | null;
  active: number;
  createdAt: number;
  updatedAt: number;
}

/** The round-robin cursor of a form: the last user assigned. */
export interface FormAssignmentStateTable {
  formId: string;
  lastUserId: string | null;
  counter: number;
}
