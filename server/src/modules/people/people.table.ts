import type { Insertable, Selectable } from 'kysely';

/** One row per person; the primary email/phone are copied here so lists need no join. */
export interface PeopleTable {
  id: string;
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  searchName: string;
  searchNameRev: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: string | null;
  language: string | null;
  timeZone: string | null;
  address: unknown;
  tags: unknown;
  ownerId: string | null;
  lifecycleStage: string | null;
  source: string | null;
  preferredChannel: string | null;
  custom: unknown;
  version: number;
  createdAt: number;
  updatedAt: number;
  /** Set when this person was merged into another: a tombstone that redirects to the survivor. */
  mergedIntoId: string | null;
  mergedAt: number | null;
}

export interface PersonEmailsTable {
  personId: string;
  /** Lower-cased. */
  email: string;
  isPrimary: number;
  position: number;
}

export interface PersonPhonesTable {
  personId: string;
  /** E.164. */
  phone: string;
  isPrimary: number;
  position: number;
}

export interface PersonExternalIdsTable {
  personId: string;
  source: string;
  externalId: string;
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
