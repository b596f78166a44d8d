import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/date-field.js';
import { useContactSourceOptions, useLanguageName, useSourceLabel } from '../../../shared/display-names.js';
import { useFormat } from '../../../shared/format.js';
import { useUserOptions } from '../../settings/settings.api.js';
import type { PersonInput } from '../customers.api.js';
import type { Person } from '../customers.types.js';
import { AddressAndTags, ContactFields } from './contact-fields.js';
import { ExternalIdsField } from './external-ids-field.js';
import { InlineField } from './inline-field.js';

interface Props {
  person: Person;
  canEdit: boolean;
  save: (body: PersonInput) => Promise<unknown>;
}

const CHANNELS = ['email', 'sms', 'phone', 'messenger'];
const GENDERS = ['female', 'male', 'other'];

/** The standard fields of a person, each editable in place. */
export function PersonFields({ person, canEdit, save }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const users = useUserOptions();
  const sources = useContactSourceOptions();
  const sourceLabel = useSourceLabel();
  const languageName = useLanguageName();
  const text = (
    key: 'firstName' | 'lastName' | 'middleName' | 'lifecycleStage' | 'language' | 'timeZone',
    type = 'text',
  ) => (
    <InlineField
      key={key}
      testId={key}
      label={t(`people.fields.${key}`)}
      value={person[key] ?? ''}
      display={(key === 'language' && person.language ? languageName(person.language) : person[key]) || '—'}
      canEdit={canEdit}
      editor={(v, set) => (
        <TextInput
          aria-label={t(`people.fields.${key}`)}
          type={type}
          autoFocus
          value={v}
          onChange={(e) => set(e.currentTarget.value)}
        />
      )}
      onSave={(v) => save({ [key]: v.trim() || null })}
    />
  );
  const choice = (
    key: 'gender' | 'preferredChannel' | 'source' | 'ownerId',
    data: { value: string; label: string }[],
    shown: string | null,
  ) => (
    <InlineField<string | null>
      key={key}
      testId={key}
      label={t(`people.fields.${key === 'ownerId' ? 'owner' : key}`)}
      value={person[key]}
      display={shown || '—'}
      canEdit={canEdit}
      editor={(v, set) => (
        <Select
          aria-label={t(`people.fields.${key === 'ownerId' ? 'owner' : key}`)}
          clearable
          searchable
          data={data}
          value={v}
          onChange={set}
        />
      )}
      onSave={(v) => save({ [key]: v })}
    />
  );
  const owner = users.data?.find((u) => u.id === person.ownerId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      {text('firstName')}
      {text('lastName')}
      {text('middleName')}
      {text('lifecycleStage')}
      <ContactFields person={person} canEdit={canEdit} save={save} />
      <InlineField
        testId="birthday"
        label={t('people.fields.birthday')}
        value={person.birthday ?? ''}
        display={fmt.date(person.birthday)}
        canEdit={canEdit}
        editor={(v, set) => (
          <DateField clearable aria-label={t('people.fields.birthday')} value={v} onChange={set} />
        )}
        onSave={(v) => save({ birthday: v || null })}
      />
      {choice(
        'gender',
        GENDERS.map((g) => ({ value: g, label: t(`people.genders.${g}`) })),
        person.gender && t(`people.genders.${person.gender}`),
      )}
      {choice('source', sources.data ?? [], person.source && sourceLabel(person.source))}
      {choice(
        'preferredChannel',
        CHANNELS.map((c) => ({ value: c, label: t(`people.channels.${c}`) })),
        person.preferredChannel && t(`people.channels.${person.preferredChannel}`),
      )}
      {choice(
        'ownerId',
        (users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
        owner?.name ?? person.ownerId,
      )}
      {text('language')}
      {text('timeZone')}
      <AddressAndTags person={person} canEdit={canEdit} save={save} />
      <ExternalIdsField person={person} canEdit={canEdit} save={save} />
    </SimpleGrid>
  );
}
