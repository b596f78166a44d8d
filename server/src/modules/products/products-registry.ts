import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';

const col = (table: string, name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `${table}.${name}`,
  sortable: true,
  ...extra,
});

export const productsRegistry: FieldRegistry = {
  id: col('products', 'id', 'text'),
  sku: col('products', 'sku', 'text', { searchable: 'prefix' }),
  name: col('products', 'name', 'text', { searchable: 'contains' }),
  categoryId: col('products', 'categoryId', 'text'),
  unit: col('products', 'unit', 'text'),
  active: col('products', 'active', 'boolean'),
  createdAt: col('products', 'createdAt', 'datetime'),
  updatedAt: col('products', 'updatedAt', 'datetime'),
};

export const categoriesRegistry: FieldRegistry = {
  id: col('productCategories', 'id', 'text'),
  name: col('productCategories', 'name', 'text', { searchable: 'contains' }),
  parentId: col('productCategories', 'parentId', 'text'),
  createdAt: col('productCategories', 'createdAt', 'datetime'),
};
