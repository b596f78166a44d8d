import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocalLabel } from '../customers/customers.types.js';

export type OptionDraft = { value: string; label: LocalLabel };

/** Options of a select / multi-select field: stored value and its label in each language. */
export function OptionsEditor({
  options,
  onChange,
  error,
}: {
  options: OptionDraft[];
  onChange: (o: OptionDraft[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Stack gap={6} data-testid="options-editor">
      <Text size="sm" fw={500}>
        {t('fields.options')}
      </Text>
      {options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an option being typed has no stable value yet
        <Group key={i} gap={4} wrap="nowrap">
          <TextInput
            size="xs"
            w={110}
            placeholder={t('fields.optionValue')}
            aria-label={t('fields.optionValue')}
            value={o.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
          />
          {(['en', 'ru', 'lv'] as const).map((lang) => (
            <TextInput
              key={lang}
              size="xs"
              style={{ flex: 1 }}
              placeholder={t(`locales.${lang}`)}
              aria-label={`${t('fields.optionLabel')} ${lang}`}
              value={o.label[lang] ?? ''}
              onChange={(e) => set(i, { label: { ...o.label, [lang]: e.currentTarget.value } })}
            />
          ))}
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('fields.removeOption')}
            onClick={() => onChange(options.filter((_, j) => j !== i))}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Button
        size="compact-xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...options, { value: '', label: { en: '' } }])}
        data-testid="option-add"
      >
        {t('fields.addOption')}
      </Button>
    </Stack>
  );
}
