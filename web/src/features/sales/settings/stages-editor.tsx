import { ActionIcon, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StageInput } from '../sales.types.js';

interface Props {
  stages: StageInput[];
  onChange: (stages: StageInput[]) => void;
  disabled: boolean;
  /** Field errors by path (`stages[2].name`). */
  errors: Record<string, string>;
}

/** Ordered stage rows: name, probability, kind; arrows reorder, the bin removes. */
export function StagesEditor({ stages, onChange, disabled, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<StageInput>) =>
    onChange(stages.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const swap = (i: number, j: number) => {
    const next = [...stages];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <Stack gap="xs" data-testid="stages-editor">
      {stages.map((s, i) => (
        <Group key={s.id ?? `new-${i}`} gap="xs" wrap="nowrap" align="flex-start" data-testid="stage-row">
          <TextInput
            aria-label={t('sales.settings.stageName')}
            value={s.name}
            onChange={(e) => set(i, { name: e.currentTarget.value, labels: {} })}
            disabled={disabled}
            error={errors[`stages[${i}].name`]}
            style={{ flex: 1 }}
          />
          <NumberInput
            aria-label={t('sales.settings.probability')}
            value={s.probability}
            onChange={(v) => set(i, { probability: typeof v === 'number' ? v : 0 })}
            min={0}
            max={100}
            suffix="%"
            w={90}
            disabled={disabled}
          />
          <Select
            aria-label={t('sales.settings.kind')}
            data={(['open', 'won', 'lost'] as const).map((k) => ({ value: k, label: t(`sales.kind.${k}`) }))}
            value={s.kind}
            onChange={(v) => v && set(i, { kind: v as StageInput['kind'] })}
            allowDeselect={false}
            w={130}
            disabled={disabled}
          />
          <ActionIcon
            variant="subtle"
            disabled={disabled || i === 0}
            onClick={() => swap(i, i - 1)}
            aria-label={t('sales.settings.up')}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={disabled || i === stages.length - 1}
            onClick={() => swap(i, i + 1)}
            aria-label={t('sales.settings.down')}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={disabled || stages.length === 1}
            onClick={() => onChange(stages.filter((_, j) => j !== i))}
            aria-label={t('common.delete')}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}
