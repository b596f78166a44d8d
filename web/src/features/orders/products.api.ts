import type { Category, Product } from '@server/modules/products/products.schemas.js';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

// The server's own types (docs/architecture.md, "Types the web shares").
export type { Category, Product } from '@server/modules/products/products.schemas.js';

/** What the product form sends (custom fields and timestamps are the server's). */
export type ProductInput = Omit<Product, 'id' | 'custom' | 'createdAt' | 'updatedAt'>;

const id = encodeURIComponent;

export const productsKey = ['products'] as const;
export const categoriesKey = ['product-categories'] as const;

export const productsApi = {
  list: (q: string, limit = 100) => api.get<Page<Product>>('/products', { limit, q: q || undefined }),
  create: (body: ProductInput) => api.post<Product>('/products', body),
  update: (productId: string, body: Partial<ProductInput>) =>
    api.patch<Product>(`/products/${id(productId)}`, body),
  categories: () => api.get<Page<Category>>('/product-categories', { limit: 500 }),
  createCategory: (body: { name: string; parentId?: string | null }) =>
    api.post<Category>('/product-categories', body),
  updateCategory: (categoryId: string, body: { name?: string; parentId?: string | null }) =>
    api.patch<Category>(`/product-categories/${id(categoryId)}`, body),
  removeCategory: (categoryId: string) => api.delete<void>(`/product-categories/${id(categoryId)}`),
};
