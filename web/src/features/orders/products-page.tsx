import { Badge, Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFolders } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../shared/create-button.js';
import { useCan } from '../auth/use-session.js';
import { useMoney } from '../sales/money.js';
import { CategoriesModal, categoryPath } from './categories-modal.js';
import { ProductFormModal } from './product-form-modal.js';
import { categoriesKey, type Product, productsApi, productsKey } from './products.api.js';

/** Sales → Products: the catalogue, searchable by SKU prefix or name; create and edit with products:create/update. */
export function ProductsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const money = useMoney();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const products = useQuery({ queryKey: [...productsKey, q], queryFn: () => productsApi.list(q) });
  const [categories, setCategories] = useState(false);
  const cats = useQuery({ queryKey: categoriesKey, queryFn: productsApi.categories });
  const catName = (id: string | null) => {
    const all = cats.data?.data ?? [];
    const c = all.find((x) => x.id === id);
    return c ? categoryPath(all, c) : '';
  };
  const rows = products.data?.data ?? [];
  const canEdit = can('products:update');
  return (
    <Stack>
      <Group justify="space-between">
        <TextInput
          placeholder={t('products.search')}
          aria-label={t('products.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
        />
        <Group gap="xs">
          {can('products:update') && (
            <Button
              variant="default"
              leftSection={<IconFolders size={16} />}
              onClick={() => setCategories(true)}
              data-testid="product-categories"
            >
              {t('products.categories.title')}
            </Button>
          )}
          {can('products:create') && (
            <CreateButton
              label={t('products.new')}
              onClick={() => setEditing('new')}
              testId="product-create"
            />
          )}
        </Group>
      </Group>
      {products.isLoading ? (
        <Loader />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{q ? t('products.noMatch') : t('products.empty')}</Text>
      ) : (
        <Table data-testid="products-table" highlightOnHover={canEdit}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('products.sku')}</Table.Th>
              <Table.Th>{t('products.name')}</Table.Th>
              <Table.Th>{t('products.category')}</Table.Th>
              <Table.Th>{t('products.unit')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('products.costPrice')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr
                key={p.id}
                style={canEdit ? { cursor: 'pointer' } : undefined}
                onClick={canEdit ? () => setEditing(p) : undefined}
                data-testid={`product-row-${p.sku}`}
              >
                <Table.Td>{p.sku}</Table.Td>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{catName(p.categoryId)}</Table.Td>
                <Table.Td>{p.unit ?? ''}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {p.costPrice != null && p.costCurrency ? money(p.costPrice, p.costCurrency) : ''}
                </Table.Td>
                <Table.Td>{!p.active && <Badge color="gray">{t('products.inactive')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ProductFormModal product={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {categories && <CategoriesModal onClose={() => setCategories(false)} />}
    </Stack>
  );
}
