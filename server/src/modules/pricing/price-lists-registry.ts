import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `priceLists.${name}`,
  sortable: true,
  ...extra,
});

export const priceListsRegistry: FieldRegistry = {
  id: col('id', 'text'),
  name: col('name', 'text', { searchable: 'contains' }),
  kind: col('kind', 'text'),
  currency: col('currency', 'text'),
  validFrom: col('validFrom', 'text'),
  validTo: col('validTo', 'text'),
  active: col('active', 'boolean'),
  createdAt: col('createdAt', 'datetime'),
  updatedAt: col('updatedAt', 'datetime'),
};
