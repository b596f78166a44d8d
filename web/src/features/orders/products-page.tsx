import { Badge, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

interface Product {
  id: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unit: string | null;
  active: boolean;
}

/** Sales → Products: the catalogue, searchable by SKU prefix or name, with category names. */
export function ProductsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const products = useQuery({
    queryKey: ['products', q],
    queryFn: () => api.get<Page<Product>>('/products', { limit: 100, q: q || undefined }),
  });
  const cats = useQuery({
    queryKey: ['product-categories'],
    queryFn: () => api.get<Page<{ id: string; name: string }>>('/product-categories', { limit: 500 }),
  });
  const catName = (id: string | null) => cats.data?.data.find((c) => c.id === id)?.name ?? '';
  const rows = products.data?.data ?? [];
  return (
    <Stack>
      <TextInput
        placeholder={t('products.search')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        w={300}
      />
      {products.isLoading ? (
        <Loader />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('products.empty')}</Text>
      ) : (
        <Table data-testid="products-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('products.sku')}</Table.Th>
              <Table.Th>{t('products.name')}</Table.Th>
              <Table.Th>{t('products.category')}</Table.Th>
              <Table.Th>{t('products.unit')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.sku}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{catName(p.categoryId)}</Table.Td>
                <Table.Td>{p.unit ?? ''}</Table.Td>
                <Table.Td>{!p.active && <Badge color="gray">{t('products.inactive')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
