import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useNotify } from '../../shared/notify.js';
import { useMoney } from '../sales/money.js';
import { pricingApi } from './pricing.api.js';
import { QUOTE_LANGUAGES } from './pricing.types.js';

/** "Create quote" (language: the customer's by default, or chosen) and the deal's quotes with downloads. */
export function DealQuotes({
  dealId,
  editable,
  hasLines,
}: {
  dealId: string;
  editable: boolean;
  hasLines: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const money = useMoney();
  const fmt = useFormat();
  const [language, setLanguage] = useState<string>('auto');
  const key = ['deals', 'quotes', dealId];
  const quotes = useQuery({ queryKey: key, queryFn: () => pricingApi.quotes(dealId) });
  const create = useMutation({
    mutationFn: () => pricingApi.createQuote(dealId, language === 'auto' ? {} : { language }),
    onSuccess: (q) => {
      notify.success(t('pricing.quotes.created', { number: q.number }));
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      return qc.invalidateQueries({ queryKey: key });
    },
    onError: notify.error,
  });
  const rows = quotes.data?.data ?? [];
  return (
    <Stack gap="sm" data-testid="deal-quotes">
      {editable && (
        <Group align="flex-end">
          <Select
            label={t('pricing.quotes.language')}
            data={[
              { value: 'auto', label: t('pricing.quotes.customerLanguage') },
              ...QUOTE_LANGUAGES.map((l) => ({ value: l, label: t(`locales.${l}`) })),
            ]}
            value={language}
            onChange={(v) => setLanguage(v ?? 'auto')}
            allowDeselect={false}
            w={220}
            data-testid="quote-language"
          />
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            onClick={() => create.mutate()}
            loading={create.isPending}
            disabled={!hasLines}
            title={hasLines ? undefined : t('pricing.quotes.needsLines')}
            data-testid="quote-create"
          >
            {t('pricing.quotes.create')}
          </Button>
        </Group>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {hasLines ? t('pricing.quotes.empty') : t('pricing.quotes.needsLines')}
        </Text>
      ) : (
        <Table data-testid="quotes-table">
          <Table.Tbody>
            {rows.map((q) => (
              <Table.Tr key={q.id} data-testid="quote-row">
                <Table.Td>
                  {q.downloadUrl ? (
                    <Anchor href={q.downloadUrl} target="_blank" rel="noopener" data-testid="quote-download">
                      {q.number}
                    </Anchor>
                  ) : (
                    q.number
                  )}
                </Table.Td>
                <Table.Td>{fmt.date(q.createdAt)}</Table.Td>
                <Table.Td>{t(`locales.${q.language}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{money(q.total, q.currency)}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {t('pricing.quotes.validUntil', { date: fmt.date(q.validUntil) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
