import { Badge, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../customers.api.js';
import type { FieldDefinition } from '../customers.types.js';

interface Props {
  /** The import's standard fields (from the server's suggestion). */
  fields: string[];
  header: string[];
  rows: string[][];
  defs: FieldDefinition[];
  targets: (string | null)[];
  suggested: (string | null)[];
  onChange: (targets: (string | null)[]) => void;
}

/** One line per CSV column: sample values from the first rows and where the column goes. */
export function MappingStep({ fields, header, rows, defs, targets, suggested, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const custom = defs.map((d) => `custom.${d.key}`);
  // An id in another system the server recognised (HubSpot's "Record ID" → externalIds.hubspot).
  const otherIds = [...new Set(suggested)].filter(
    (v): v is string => !!v && !fields.includes(v) && !custom.includes(v),
  );
  const standard = [
    ...fields.map((v) => ({ value: v, label: t(`imports.targets.${v.replace('.', '_')}`) })),
    ...otherIds.map((v) => ({
      value: v,
      label: t('imports.externalIdIn', { source: v.replace(/^externalIds\./, '') }),
    })),
  ];
  const data = [
    { group: t('filter.standardFields'), items: standard },
    ...(defs.length
      ? [
          {
            group: t('filter.customFields'),
            items: defs.map((d) => ({ value: `custom.${d.key}`, label: fieldLabel(d, lang) })),
          },
        ]
      : []),
  ];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.sample')}</Table.Th>
            <Table.Th>{t('imports.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two columns may share a header
            <Table.Tr key={`${h}-${i}`}>
              <Table.Td fw={500}>
                {h}{' '}
                {suggested[i] && suggested[i] === targets[i] && (
                  <Badge size="xs" variant="light" color="teal">
                    {t('imports.auto')}
                  </Badge>
                )}
              </Table.Td>
              {/* Samples wrap (up to two lines) so a long value does not push the targets off screen. */}
              <Table.Td style={{ whiteSpace: 'normal' }}>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {rows
                    .map((r) => r[i])
                    .filter(Boolean)
                    .slice(0, 3)
                    .join(' · ') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('imports.targetFor', { column: h })}
                  placeholder={t('imports.ignore')}
                  clearable
                  searchable
                  size="xs"
                  w={220}
                  data={data}
                  value={targets[i] ?? null}
                  onChange={(v) => onChange(targets.map((x, j) => (j === i ? v : x)))}
                  data-testid={`import-target-${i}`}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
