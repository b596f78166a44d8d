import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import type { SavedView } from '../customers.types.js';
import { useViews, type ViewInput, viewsApi, viewsKey } from './views.api.js';

interface Props {
  entity: string;
  /** What the list shows with no view picked (default "All people"). */
  allLabel?: string;
  current: Omit<ViewInput, 'name' | 'shared' | 'entity'>;
  selectedId: string | null;
  onSelect: (view: SavedView | null) => void;
}

/** Choose a saved view (mine and shared ones) or save the current filter, sort and columns as one. */
export function ViewPicker({ entity, allLabel, current, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const views = useViews(entity);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () => viewsApi.create({ ...current, entity, name: name.trim(), shared }),
    onSuccess: async (view) => {
      notify.success(t('views.saved', { name: view.name }));
      setSaving(false);
      setName('');
      await qc.invalidateQueries({ queryKey: viewsKey(entity) });
      onSelect(view);
    },
    onError: notify.error,
  });
  if (!views.available) return null;
  const list = views.data ?? [];
  return (
    <Group gap="xs">
      <Select
        aria-label={t('views.pick')}
        placeholder={allLabel ?? t('views.all')}
        data-testid="view-picker"
        w={220}
        clearable
        data={list.map((v) => ({
          value: v.id,
          label: v.shared ? `${v.name} · ${t('views.shared')}` : v.name,
        }))}
        value={selectedId}
        onChange={(id) => onSelect(list.find((v) => v.id === id) ?? null)}
      />
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} />}
        onClick={() => setSaving(true)}
        data-testid="view-save"
      >
        {t('views.save')}
      </Button>
      <Modal opened={saving} onClose={() => setSaving(false)} title={t('views.saveTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) save.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('views.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
              required
            />
            <Switch
              label={t('views.shareWithTeam')}
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
            />
            <FormActions
              onCancel={() => setSaving(false)}
              submitLabel={t('common.save')}
              loading={save.isPending}
            />
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
