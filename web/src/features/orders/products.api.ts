import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export interface Product {
  id: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unit: string | null;
  active: boolean;
  /** Cost of one unit in minor units of costCurrency; null when unknown. */
  costPrice: number | null;
  costCurrency: string | null;
}

export type ProductInput = Omit<Product, 'id'>;

export interface Category {
  id: string;
  name: string;
  parentId: string | null;
}

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
