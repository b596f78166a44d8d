import type { ImportEntity } from '@server/modules/imports/imports.schemas.js';

export type { ImportEntity };

/** The i18n key naming each kind of import (the wizard's choice, the history's column). */
export const ENTITY_LABEL: Record<ImportEntity, string> = {
  people: 'customers.tabs.people',
  companies: 'customers.tabs.companies',
  orders: 'orders.title',
};

/** `Header=target,Other=-` as `POST /imports?mapping=` expects (`-` = ignore the column). */
export function mappingParam(header: string[], targets: (string | null)[]): string {
  return header.map((h, i) => `${h}=${targets[i] ?? '-'}`).join(',');
}
