import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.js';
import { useNotify } from '../../shared/notify.js';
import { QueryView } from '../../shared/query-view.js';
import { useCan } from '../auth/use-session.js';
import { AttachmentsSection } from '../customers/attachments/attachments-section.js';
import { timelineKey } from '../customers/customers.api.js';
import type { Company } from '../customers/customers.types.js';
import { CustomFieldsSection } from '../customers/person/custom-fields-section.js';
import { personName as personNameOf } from '../customers/person-name.js';
import { RecordPhoto } from '../customers/photo/record-photo.js';
import { Timeline } from '../customers/timeline/timeline.js';
import { useFieldLabel } from '../customers/timeline/use-field-label.js';
import { useValueText } from '../customers/timeline/use-value-text.js';
import { LinkedDeals } from '../sales/deal/linked-deals.js';
import { type CompanyInput, companiesApi, companiesKey, companyKey } from './companies.api.js';
import { CompanyFields } from './company-fields.js';
import { CompanyPeople } from './company-people.js';

export function CompanyPage() {
  const { id = '' } = useParams();
  const company = useQuery({ queryKey: companyKey(id), queryFn: () => companiesApi.get(id) });
  return <QueryView query={company}>{(c) => <CompanyProfile company={c} />}</QueryView>;
}

function CompanyProfile({ company }: { company: Company }) {
  const { t } = useTranslation();
  const can = useCan();
  const canEdit = can('companies:update');
  const qc = useQueryClient();
  const notify = useNotify();
  const [conflict, setConflict] = useState(false);
  const labelOf = useFieldLabel('company', 'companies');
  // The same query as the people list below: the timeline names the people its link events are about.
  const people = useQuery({
    queryKey: ['company-people', company.id],
    queryFn: () => companiesApi.people(company.id),
  });
  const personName = (id: string) => {
    const link = people.data?.data.find((l) => l.person.id === id);
    return link ? personNameOf(link.person) : undefined;
  };
  const valueText = useValueText('company');
  const update = useMutation({
    mutationFn: (body: CompanyInput) => companiesApi.update(company.id, company.version, body),
    onSuccess: (saved) => {
      qc.setQueryData(companyKey(company.id), saved);
      void qc.invalidateQueries({ queryKey: companiesKey });
      return qc.invalidateQueries({ queryKey: timelineKey('company', company.id) });
    },
    onError: (err) => (isApiError(err, 412) ? setConflict(true) : notify.error(err)),
  });
  const save = (body: CompanyInput) => update.mutateAsync(body);
  return (
    <Stack data-testid="company-page">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers/companies">
          {t('companies.title')}
        </Anchor>
        <Text>{company.name}</Text>
      </Breadcrumbs>
      <Group gap="md">
        <RecordPhoto entity="company" entityId={company.id} name={company.name} canEdit={canEdit} />
        <Title order={2}>{company.name}</Title>
      </Group>
      {conflict && (
        <Alert color="orange" title={t('people.conflictTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('people.conflictText')}</Text>
            <Button
              size="xs"
              color="orange"
              onClick={() => {
                setConflict(false);
                void qc.invalidateQueries({ queryKey: companyKey(company.id) });
              }}
            >
              {t('people.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Paper withBorder p="md">
              <CompanyFields company={company} canEdit={canEdit} save={save} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t('people.sections.custom')}
              </Title>
              <CustomFieldsSection entity="company" values={company.custom} canEdit={canEdit} save={save} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t('attachments.title')}
              </Title>
              <AttachmentsSection entity="company" entityId={company.id} canEdit={canEdit} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t('companies.people')}
              </Title>
              <CompanyPeople companyId={company.id} canLink={can('people:update')} />
            </Paper>
            {can('deals:read') && (
              <Paper withBorder p="md">
                <Title order={5} mb="sm">
                  {t('sales.linkedDeals')}
                </Title>
                <LinkedDeals field="companyId" id={company.id} />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t('timeline.title')}
            </Title>
            <Timeline
              entity="company"
              entityId={company.id}
              kinds={['company', 'note', 'deal', 'order']}
              load={(q) => companiesApi.timeline(company.id, q)}
              addNote={canEdit ? (body) => companiesApi.addNote(company.id, body) : undefined}
              labelOf={labelOf}
              valueText={valueText}
              personName={personName}
            />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
