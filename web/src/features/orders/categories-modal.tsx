import { Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../shared/confirm-modal.js';
import { useNotify } from '../../shared/notify.js';
import { DeleteAction } from '../../shared/row-actions.js';
import { useCan } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { type Category, categoriesKey, productsApi, productsKey } from './products.api.js';

/** "Drinks / Tea": a category's name after its parents'. */
export function categoryPath(all: Category[], c: Category): string {
  const names = [c.name];
  const seen = new Set([c.id]);
  let parent = all.find((p) => p.id === c.parentId);
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
    parent = all.find((p) => p.id === parent!.parentId);
  }
  return names.join(' / ');
}

/**
 * The product categories: add one (optionally under a parent), rename one in place, delete one
 * (its children move up to its parent and its products lose the category, as the API does).
 */
export function CategoriesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const notify = useNotify();
  const qc = useQueryClient();
  const cats = useQuery({ queryKey: categoriesKey, queryFn: productsApi.categories });
  const all = cats.data?.data ?? [];
  const sorted = [...all].sort((a, b) => categoryPath(all, a).localeCompare(categoryPath(all, b)));
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [deleting, setDeleting] = useState<Category | null>(null);
  const changed = () => {
    void qc.invalidateQueries({ queryKey: categoriesKey });
    void qc.invalidateQueries({ queryKey: productsKey });
  };
  const create = useMutation({
    mutationFn: () => productsApi.createCategory({ name: name.trim(), parentId }),
    onSuccess: () => {
      setName('');
      setErrors({});
      changed();
      notify.success(t('products.categories.saved'));
    },
    onError: (err) => {
      const f = fieldErrors(err);
      if (Object.keys(f).length) setErrors(f);
      else notify.error(err);
    },
  });
  const rename = useMutation({
    mutationFn: ({ c, to }: { c: Category; to: string }) => productsApi.updateCategory(c.id, { name: to }),
    onSuccess: () => {
      changed();
      notify.success(t('products.categories.saved'));
    },
    onError: notify.error,
  });
  const remove = useMutation({
    mutationFn: (c: Category) => productsApi.removeCategory(c.id),
    onSuccess: () => {
      setDeleting(null);
      changed();
    },
    onError: notify.error,
  });
  return (
    <Modal opened onClose={onClose} title={t('products.categories.title')} size="lg">
      <Stack data-testid="categories-modal">
        {all.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('products.noCategories')}
          </Text>
        ) : (
          <Table data-testid="categories-table">
            <Table.Tbody>
              {sorted.map((c) => (
                <Table.Tr key={c.id} data-testid="category-row">
                  <Table.Td>
                    {can('products:update') ? (
                      <CategoryName
                        category={c}
                        prefix={categoryPath(all, c).slice(0, -c.name.length)}
                        onRename={(to) => rename.mutate({ c, to })}
                      />
                    ) : (
                      <Text size="sm">{categoryPath(all, c)}</Text>
                    )}
                  </Table.Td>
                  <Table.Td w={40}>
                    {can('products:delete') && <DeleteAction onClick={() => setDeleting(c)} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {can('products:create') && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('products.categories.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && name.trim() && create.mutate()}
              error={errors.name}
              style={{ flex: 1 }}
              data-testid="category-name"
            />
            <Select
              label={t('products.categories.parent')}
              placeholder={t('products.categories.topLevel')}
              data={sorted.map((c) => ({ value: c.id, label: categoryPath(all, c) }))}
              value={parentId}
              onChange={setParentId}
              clearable
              searchable
              error={errors.parentId}
              style={{ flex: 1 }}
              data-testid="category-parent"
            />
            <Button
              onClick={() => create.mutate()}
              disabled={!name.trim()}
              loading={create.isPending}
              data-testid="category-add"
            >
              {t('products.categories.add')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={!!deleting}
        title={t('products.categories.deleteTitle')}
        message={t('products.categories.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Modal>
  );
}

/** A category's name as an input: Enter or leaving the field saves a changed, non-empty name. */
function CategoryName({
  category,
  prefix,
  onRename,
}: {
  category: Category;
  prefix: string;
  onRename: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(category.name);
  const commit = () => {
    const to = value.trim();
    if (to && to !== category.name) onRename(to);
    else setValue(category.name);
  };
  return (
    <Group gap={4} wrap="nowrap">
      {prefix && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {prefix}
        </Text>
      )}
      <TextInput
        aria-label={t('products.categories.name')}
        variant="unstyled"
        size="sm"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        style={{ flex: 1 }}
      />
    </Group>
  );
}
