import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import type {
  CompanyDetails,
  DealLine,
  DealLineInput,
  LineTotals,
  Price,
  PriceList,
  PriceListInput,
  Quote,
} from './pricing.types.js';

const id = encodeURIComponent;

export const pricingApi = {
  priceLists: (filter?: object) =>
    api.get<Page<PriceList>>('/price-lists', {
      limit: 200,
      filter: filter ? JSON.stringify(filter) : undefined,
    }),
  createPriceList: (body: PriceListInput) => api.post<PriceList>('/price-lists', body),
  updatePriceList: (listId: string, body: Partial<PriceListInput>) =>
    api.patch<PriceList>(`/price-lists/${id(listId)}`, body),
  deletePriceList: (listId: string) => api.delete(`/price-lists/${id(listId)}`),
  prices: (listId: string) => api.get<{ data: Price[] }>(`/price-lists/${id(listId)}/prices`),
  setPrice: (listId: string, body: { productId: string; unitPrice: number; minQuantity?: number }) =>
    api.post<Price>(`/price-lists/${id(listId)}/prices`, body),
  removePrice: (listId: string, priceId: string) =>
    api.delete(`/price-lists/${id(listId)}/prices/${id(priceId)}`),
  lines: (dealId: string) => api.get<{ data: DealLine[]; totals: LineTotals }>(`/deals/${id(dealId)}/lines`),
  addLine: (dealId: string, body: DealLineInput) => api.post<DealLine>(`/deals/${id(dealId)}/lines`, body),
  updateLine: (dealId: string, lineId: string, body: Partial<DealLineInput>) =>
    api.patch<DealLine>(`/deals/${id(dealId)}/lines/${id(lineId)}`, body),
  removeLine: (dealId: string, lineId: string) => api.delete(`/deals/${id(dealId)}/lines/${id(lineId)}`),
  quotes: (dealId: string) => api.get<{ data: Quote[] }>(`/deals/${id(dealId)}/quotes`),
  createQuote: (dealId: string, body: { language?: string }) =>
    api.post<Quote>(`/deals/${id(dealId)}/quotes`, body),
  companyDetails: () => api.get<CompanyDetails>('/settings/company'),
  saveCompanyDetails: (body: Partial<CompanyDetails>) => api.put<CompanyDetails>('/settings/company', body),
  setLogo: (file: File) =>
    request<CompanyDetails>('PUT', '/settings/company/logo', undefined, undefined, {
      raw: { body: file, contentType: file.type || 'application/octet-stream' },
    }),
  removeLogo: () => api.delete<CompanyDetails>('/settings/company/logo'),
};

export const priceListsKey = ['price-lists'] as const;

export function usePriceLists(filter?: object) {
  return useQuery({
    queryKey: [...priceListsKey, JSON.stringify(filter ?? {})],
    queryFn: () => pricingApi.priceLists(filter),
    select: (r) => r.data,
  });
}

export function usePrices(listId: string | null) {
  return useQuery({
    queryKey: [...priceListsKey, 'prices', listId],
    enabled: !!listId,
    queryFn: () => pricingApi.prices(listId!),
    select: (r) => r.data,
  });
}

/** The list price for a quantity: the highest quantity break not above it (as the server picks). */
export function priceFor(prices: Price[], productId: string, quantity: number): number | null {
  const fit = prices
    .filter((p) => p.productId === productId && p.minQuantity <= quantity)
    .sort((a, b) => b.minQuantity - a.minQuantity)[0];
  return fit ? fit.unitPrice : null;
}

/** Line totals as the server computes them (minor units). */
export function lineTotals(
  quantity: number,
  unitPrice: number,
  percent: number | null,
  amount: number | null,
) {
  const subtotal = Math.round(quantity * unitPrice);
  const discount = percent != null ? Math.round((subtotal * percent) / 100) : (amount ?? 0);
  return { subtotal, discount, total: subtotal - discount };
}
