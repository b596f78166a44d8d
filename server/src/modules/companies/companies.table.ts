import type { Selectable } from 'kysely';

export interface CompaniesTable {
  id: string;
  name: string;
  /** lower(name), for prefix search. */
  searchName: string;
  legalName: string | null;
  taxId: string | null;
  industry: string | null;
  size: string | null;
  turnoverAmount: number | null;
  turnoverCurrency: string | null;
  website: string | null;
  domain: string | null;
  address: unknown;
  ownerId: string | null;
  tags: unknown;
  custom: unknown;
  version: number;
  createdAt: number;
  updatedAt: number;
  /** Set when this company was merged into another: a tombstone that redirects to the survivor. */
  mergedIntoId: string | null;
  mergedAt: number | null;
}

/** A person works at a company, with a role. */
export interface PersonCompaniesTable {
  personId: string;
  companyId: string;
  role: string | null;
  createdAt: number;
}

export type CompanyRow = Selectable<CompaniesTable>;
