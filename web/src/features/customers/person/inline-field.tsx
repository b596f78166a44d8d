import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  label: string;
  value: T;
  display: ReactNode;
  /** The editor for the draft value. */
  editor: (draft: T, setDraft: (v: T) => void) => ReactNode;
  onSave: (value: T) => Promise<unknown>;
  canEdit: boolean;
  testId: string;
}

/** A field shown as text; the pencil turns it into an input saved with ✓ (or Enter) and dropped with ✕. */
export function InlineField<T>({ label, value, display, editor, onSave, canEdit, testId }: Props<T>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<T | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const editing = draft !== undefined;
  const save = async () => {
    setBusy(true);
    try {
      await onSave(draft as T);
      setDraft(undefined);
    } catch {
      // The mutation shows the error; keep the draft so nothing typed is lost.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={2} data-testid={`field-${testId}`}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {editing ? (
        <Group
          gap={4}
          wrap="nowrap"
          align="flex-start"
          onKeyDown={(e) => {
            // An Enter the editor used itself (a tags input adding the typed email, a select picking
            // its option) is not "save": saving then would drop what was just typed.
            if (e.key === 'Enter' && !e.defaultPrevented && (e.target as HTMLElement).tagName === 'INPUT')
              void save();
            if (e.key === 'Escape') setDraft(undefined);
          }}
        >
          {/* minWidth 0: a wide editor (email pills) shrinks to the column, keeping ✓ and ✕ in it. */}
          <div style={{ flex: 1, minWidth: 0 }}>{editor(draft as T, setDraft)}</div>
          <ActionIcon
            variant="light"
            loading={busy}
            onClick={save}
            aria-label={t('common.save')}
            data-testid={`save-${testId}`}
          >
            <IconCheck size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setDraft(undefined)}
            aria-label={t('common.cancel')}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ) : (
        <Group gap={4} wrap="nowrap">
          <Text size="sm" component="div">
            {display}
          </Text>
          {canEdit && (
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              onClick={() => setDraft(value)}
              aria-label={t('common.edit')}
              data-testid={`edit-${testId}`}
            >
              <IconPencil size={14} />
            </ActionIcon>
          )}
        </Group>
      )}
    </Stack>
  );
}
