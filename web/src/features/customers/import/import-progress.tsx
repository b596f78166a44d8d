import { Alert, Anchor, Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconPlayerStop } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import { companiesKey } from '../../companies/companies.api.js';
import { ordersKey } from '../../orders/orders.api.js';
import { peopleKey } from '../customers.api.js';
import { BadRows } from './bad-rows.js';
import type { ImportEntity } from './column-mapping.js';
import { finished, importsApi, importsKey, useImport } from './imports.api.js';

/** Where the imported records are listed. */
const OPEN: Record<ImportEntity, { to: string; label: string }> = {
  people: { to: '/customers/people', label: 'imports.openPeople' },
  companies: { to: '/customers/companies', label: 'imports.openCompanies' },
  orders: { to: '/sales/orders', label: 'imports.openOrders' },
};

/** The running import: a progress bar while it works, then the counts and the error report. */
export function ImportProgress({
  importId,
  entity,
  onAnother,
}: {
  importId: string;
  entity: ImportEntity;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const notify = useNotify();
  const can = useCan();
  const imp = useImport(importId);
  const status = imp.data?.status;
  // Stops at the next batch; the poll then shows the final counts.
  const cancel = useMutation({
    mutationFn: () => importsApi.cancel(importId),
    onSuccess: (view) => qc.setQueryData([...importsKey, importId], view),
    onError: notify.error,
  });
  useEffect(() => {
    if (finished(status)) void qc.invalidateQueries({ queryKey: importsKey, exact: true });
    // A cancelled import keeps what it committed: the lists change too.
    if (status === 'done' || status === 'cancelled') {
      void qc.invalidateQueries({ queryKey: peopleKey });
      void qc.invalidateQueries({ queryKey: companiesKey });
      void qc.invalidateQueries({ queryKey: ordersKey });
      void qc.invalidateQueries({ queryKey: ['dashboard'] });
    }
  }, [status, qc]);
  if (imp.isError) return <ErrorAlert error={imp.error} onRetry={() => imp.refetch()} />;
  const data = imp.data;
  const total = data?.progress.total ?? 0;
  const done = data?.progress.done ?? 0;
  const percent = status === 'done' ? 100 : total ? Math.round((done / total) * 100) : 0;
  return (
    <Stack data-testid="import-progress" data-status={status ?? 'queued'}>
      <Text size="sm">{t(`imports.status.${status ?? 'queued'}`, { defaultValue: status })}</Text>
      <Progress value={percent} animated={!finished(status)} size="lg" />
      <Text size="xs" c="dimmed">
        {t('imports.rowsDone', { done: fmt.number(done), total: total ? fmt.number(total) : '…' })}
      </Text>
      {data && (
        <SimpleGrid cols={4}>
          {(['created', 'updated', 'unchanged', 'failed'] as const).map((k) => (
            <Stack key={k} gap={0} align="center">
              <Text
                fw={700}
                size="xl"
                c={k === 'failed' && data.counts.failed ? 'red' : undefined}
                data-testid={`import-count-${k}`}
              >
                {fmt.number(data.counts[k])}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`imports.counts.${k}`)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
      {finished(status) && data && <BadRows importId={importId} failed={data.counts.failed} />}
      {status === 'failed' && data?.error && (
        <Alert color="red" title={t('imports.failedTitle')}>
          {data.error}
        </Alert>
      )}
      <Group>
        {(status === 'queued' || status === 'running') && can('imports:create') && (
          <Button
            variant="default"
            color="red"
            leftSection={<IconPlayerStop size={16} />}
            loading={cancel.isPending}
            onClick={() => cancel.mutate()}
            data-testid="import-cancel"
          >
            {t('imports.cancel')}
          </Button>
        )}
        {(status === 'done' || status === 'cancelled') && (data?.counts.failed ?? 0) > 0 && (
          <Button
            component="a"
            href={importsApi.errorsUrl(importId, i18n.resolvedLanguage ?? 'en')}
            download
            variant="light"
            color="red"
            leftSection={<IconDownload size={16} />}
            data-testid="import-errors"
          >
            {t('imports.downloadErrors')}
          </Button>
        )}
        {finished(status) && (
          <>
            <Anchor component={Link} to={OPEN[entity].to}>
              {t(OPEN[entity].label)}
            </Anchor>
            <Button variant="default" onClick={onAnother}>
              {t('imports.another')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
