import type { InjectOptions } from 'fastify';
import { as, type Session } from './auth-helpers.js';
import type { TestApp } from './context.js';

/** Small API helpers shared by the pricing, deal-line and quote tests. */
export function pricingApi(t: TestApp, who: Session | string) {
  const api = (opts: InjectOptions) => as(t, who, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });
  const ok = async (url: string, payload: object) => {
    const res = await post(url, payload);
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  return {
    api,
    post,
    patch: (url: string, payload: object) => api({ method: 'PATCH', url, payload }),
    get: (url: string) => api({ url }),
    product: (sku: string, name: string, unit = 'pcs') => ok('/api/v1/products', { sku, name, unit }),
    priceList: (body: object) => ok('/api/v1/price-lists', { kind: 'retail', currency: 'EUR', ...body }),
    price: (listId: string, body: object) => ok(`/api/v1/price-lists/${listId}/prices`, body),
    deal: (body: object) => ok('/api/v1/deals', { title: 'Chairs', currency: 'EUR', ...body }),
    line: (dealId: string, body: object) => post(`/api/v1/deals/${dealId}/lines`, body),
  };
}
