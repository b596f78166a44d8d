import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryView } from '../../../shared/query-view.js';
import { useCan } from '../../auth/use-session.js';
import { PersonOrdersPanel } from '../../orders/person-orders-panel.js';
import { LinkedDeals } from '../../sales/deal/linked-deals.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { TaskFormModal } from '../../tasks/task-form-modal.js';
import { AttachmentsSection } from '../attachments/attachments-section.js';
import { peopleApi, personKey, timelineKey } from '../customers.api.js';
import type { Person } from '../customers.types.js';
import { DuplicatesSection } from '../duplicates/duplicates-section.js';
import { personName } from '../person-name.js';
import { RecordPhoto } from '../photo/record-photo.js';
import { Timeline } from '../timeline/timeline.js';
import { useFieldLabel } from '../timeline/use-field-label.js';
import { useValueText } from '../timeline/use-value-text.js';
import { ConsentPanel } from './consent-panel.js';
import { CustomFieldsSection } from './custom-fields-section.js';
import { LinkedCompanies } from './linked-companies.js';
import { PersonFields } from './person-fields.js';
import { useUpdatePerson } from './use-update-person.js';

const KINDS = ['person', 'note', 'consent', 'attachment', 'deal', 'task', 'order', 'message', 'case'];

export function PersonPage() {
  const { id = '' } = useParams();
  const person = useQuery({ queryKey: personKey(id), queryFn: () => peopleApi.get(id) });
  return <QueryView query={person}>{(p) => <PersonProfile person={p} />}</QueryView>;
}

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{title}</Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function PersonProfile({ person }: { person: Person }) {
  const { t } = useTranslation();
  const can = useCan();
  const canEdit = can('people:update');
  const users = useUserOptions();
  const { save, conflict, reload } = useUpdatePerson(person);
  const labelOf = useFieldLabel('person', 'people');
  const valueText = useValueText('person');
  const owner = users.data?.find((u) => u.id === person.ownerId);
  const qc = useQueryClient();
  // A task about this person, made from the profile; its creation then shows on the timeline.
  const [addingTask, setAddingTask] = useState(false);
  const closeTask = () => {
    setAddingTask(false);
    void qc.invalidateQueries({ queryKey: timelineKey('person', person.id) });
  };
  return (
    <Stack data-testid="person-page">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers/people">
          {t('people.title')}
        </Anchor>
        <Text>{personName(person)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Group gap="md" align="flex-end">
          <RecordPhoto entity="person" entityId={person.id} name={personName(person)} canEdit={canEdit} />
          <Stack gap={4}>
            <Title order={2} data-testid="person-name">
              {personName(person)}
            </Title>
            <Group gap="xs">
              {person.lifecycleStage && <Badge variant="light">{person.lifecycleStage}</Badge>}
              {person.tags.map((tag) => (
                <Badge key={tag} variant="outline">
                  {tag}
                </Badge>
              ))}
              <Text size="sm" c="dimmed">
                {t('people.ownerIs', { name: owner?.name ?? '—' })}
              </Text>
            </Group>
          </Stack>
        </Group>
      </Group>
      {conflict && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          title={t('people.conflictTitle')}
          data-testid="conflict"
        >
          <Group justify="space-between">
            <Text size="sm">{t('people.conflictText')}</Text>
            <Button size="xs" color="orange" onClick={reload}>
              {t('people.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      <DuplicatesSection person={person} canEdit={canEdit} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Section title={t('people.sections.details')}>
              <PersonFields person={person} canEdit={canEdit} save={save} />
            </Section>
            <Section title={t('people.sections.custom')}>
              <CustomFieldsSection entity="person" values={person.custom} canEdit={canEdit} save={save} />
            </Section>
            <Section title={t('people.sections.companies')}>
              <LinkedCompanies personId={person.id} canEdit={canEdit} />
            </Section>
            {can('deals:read') && (
              <Section title={t('sales.linkedDeals')}>
                <LinkedDeals field="personId" id={person.id} />
              </Section>
            )}
            {can('orders:read') && (
              <Section title={t('orders.title')}>
                <PersonOrdersPanel personId={person.id} />
              </Section>
            )}
            <Section title={t('people.sections.consent')}>
              <ConsentPanel personId={person.id} canEdit={canEdit} />
            </Section>
            <Section title={t('attachments.title')}>
              <AttachmentsSection entity="person" entityId={person.id} canEdit={canEdit} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section
            title={t('timeline.title')}
            action={
              can('tasks:create') && (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setAddingTask(true)}
                  data-testid="person-task-create"
                >
                  {t('tasks.new')}
                </Button>
              )
            }
          >
            <Timeline
              entity="person"
              entityId={person.id}
              kinds={KINDS}
              load={(q) => peopleApi.timeline(person.id, q)}
              addNote={canEdit ? (body) => peopleApi.addNote(person.id, body) : undefined}
              labelOf={labelOf}
              valueText={valueText}
            />
          </Section>
        </Grid.Col>
      </Grid>
      <TaskFormModal opened={addingTask} task={null} personId={person.id} onClose={closeTask} />
    </Stack>
  );
}
