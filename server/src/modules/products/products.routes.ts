import type { AppInstance } from '../../app.js';
import { registerCatalogueCrud } from './catalogue-crud.js';
import { deleteCategory } from './delete-category.js';
import { deleteProduct } from './delete-product.js';
import { findCategory, findProduct, toCategory, toProduct } from './products.repository.js';
import { categoryBody, categoryPatch, productBody, productPatch } from './products.schemas.js';
import { categoriesRegistry, productsRegistry } from './products-registry.js';
import { saveCategory } from './save-category.js';
import { saveProductUseCase } from './save-product.js';

const tags = ['products'];

/** Catalogue CRUD: products (unique SKU) and the category tree. */
export async function productsRoutes(app: AppInstance): Promise<void> {
  registerCatalogueCrud(app, {
    path: '/api/v1/products',
    tags,
    resource: 'products',
    label: 'Product',
    summaries: {
      list: 'List products',
      create: 'Create a product',
      get: 'Get a product',
      update: 'Update a product',
      delete: 'Delete a product',
    },
    table: 'products',
    registry: productsRegistry,
    toItem: toProduct,
    find: findProduct,
    createBody: productBody,
    patchBody: productPatch,
    save: saveProductUseCase,
    remove: deleteProduct,
  });

  registerCatalogueCrud(app, {
    path: '/api/v1/product-categories',
    tags,
    resource: 'products',
    label: 'Category',
    summaries: {
      list: 'List product categories',
      create: 'Create a product category',
      get: 'Get a product category',
      update: 'Update a product category',
      delete: 'Delete a product category (children and products are detached)',
    },
    table: 'productCategories',
    registry: categoriesRegistry,
    toItem: toCategory,
    find: findCategory,
    createBody: categoryBody,
    patchBody: categoryPatch,
    save: saveCategory,
    remove: deleteCategory,
  });
}
