import { ActionIcon, Anchor, Badge, CopyButton, Group, Stack, Table, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCode, IconExternalLink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../shared/create-button.js';
import { useLanguageName } from '../../../shared/display-names.js';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { ConfirmedDeleteAction, EditAction } from '../../../shared/row-actions.js';
import { useCan } from '../../auth/use-session.js';
import { formsKey, leadsApi } from '../leads.api.js';
import type { WebForm } from '../leads.types.js';
import { EmptyList } from './empty-list.js';
import { FormBuilder } from './form-builder.js';

function EmbedButton({ formId }: { formId: string }) {
  const { t } = useTranslation();
  const embed = useQuery({ queryKey: ['forms', 'embed', formId], queryFn: () => leadsApi.embed(formId) });
  return (
    <CopyButton value={embed.data?.html ?? ''}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('leads.forms.copied') : t('leads.forms.copyEmbed')}>
          <ActionIcon
            variant="subtle"
            onClick={copy}
            disabled={!embed.data}
            aria-label={t('leads.forms.copyEmbed')}
          >
            {copied ? <IconCheck size={16} /> : <IconCode size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** Settings → Forms: web-to-lead forms with their embed snippet and hosted page. */
export function FormsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const languageName = useLanguageName();
  const [editing, setEditing] = useState<WebForm | 'new' | null>(null);
  const forms = useQuery({ queryKey: formsKey, queryFn: leadsApi.forms, select: (r) => r.data });
  const remove = useMutation({
    mutationFn: leadsApi.deleteForm,
    onSuccess: () => void qc.invalidateQueries({ queryKey: formsKey }),
    onError: notify.error,
  });
  const manage = can('leads:manage');
  return (
    <Stack data-testid="forms-page">
      <Group justify="space-between">
        <Title order={3}>{t('leads.forms.title')}</Title>
        {manage && (
          <CreateButton label={t('leads.forms.new')} onClick={() => setEditing('new')} testId="form-add" />
        )}
      </Group>
      {forms.isPending ? (
        <PageLoader />
      ) : forms.isError ? (
        <ErrorAlert error={forms.error} onRetry={() => forms.refetch()} />
      ) : forms.data.length === 0 ? (
        <EmptyList
          text={t('leads.forms.empty')}
          createLabel={t('leads.forms.new')}
          onCreate={manage ? () => setEditing('new') : undefined}
          testId="forms-empty"
        />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('leads.forms.name')}</Table.Th>
              <Table.Th>{t('leads.forms.language')}</Table.Th>
              <Table.Th>{t('leads.forms.assignment')}</Table.Th>
              <Table.Th>{t('leads.forms.active')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {forms.data.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.name}</Table.Td>
                <Table.Td>{languageName(f.language)}</Table.Td>
                <Table.Td>{t(`leads.forms.modes.${f.assignment.mode}`)}</Table.Td>
                <Table.Td>
                  {f.active ? (
                    <Badge color="green">{t('common.yes')}</Badge>
                  ) : (
                    <Badge color="gray">{t('common.no')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end">
                    <EmbedButton formId={f.id} />
                    <Anchor
                      href={`/f/${f.id}`}
                      target="_blank"
                      rel="noopener"
                      aria-label={t('leads.forms.openHosted')}
                    >
                      <IconExternalLink size={16} />
                    </Anchor>
                    {manage && (
                      <>
                        <EditAction onClick={() => setEditing(f)} />
                        <ConfirmedDeleteAction
                          title={t('leads.forms.deleteTitle')}
                          message={t('leads.forms.deleteText', { name: f.name })}
                          onConfirm={() => remove.mutateAsync(f.id)}
                        />
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <FormBuilder form={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
