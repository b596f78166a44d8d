import { Badge, Group, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../../settings/settings.api.js';
import { type PersonInput, useContactSources } from '../customers.api.js';
import type { Address, Person } from '../customers.types.js';
import { InlineField } from './inline-field.js';

interface Props {
  person: Person;
  canEdit: boolean;
  save: (body: PersonInput) => Promise<unknown>;
}

const CHANNELS = ['email', 'sms', 'phone', 'messenger'];
const GENDERS = ['female', 'male', 'other'];
const ADDRESS: (keyof Address)[] = ['street', 'city', 'postcode', 'region', 'country'];
const primaryFirst = <T extends { primary: boolean }>(list: T[]) =>
  [...list].sort((a, b) => Number(b.primary) - Number(a.primary));

/** The standard fields of a person, each editable in place. */
export function PersonFields({ person, canEdit, save }: Props) {
  const { t } = useTranslation();
  const users = useUserOptions();
  const sources = useContactSources();
  const text = (
    key: 'firstName' | 'lastName' | 'middleName' | 'lifecycleStage' | 'language' | 'timeZone',
    type = 'text',
  ) => (
    <InlineField
      key={key}
      testId={key}
      label={t(`people.fields.${key}`)}
      value={person[key] ?? ''}
      display={person[key] || '—'}
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
  const emails = primaryFirst(person.emails);
  const phones = primaryFirst(person.phones);
  const owner = users.data?.find((u) => u.id === person.ownerId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      {text('firstName')}
      {text('lastName')}
      {text('middleName')}
      {text('lifecycleStage')}
      <InlineField
        testId="emails"
        label={t('people.fields.emails')}
        value={emails.map((e) => e.email)}
        display={
          <Group gap={4}>
            {emails.length
              ? emails.map((e) => (
                  <Badge key={e.email} variant={e.primary ? 'filled' : 'light'} tt="none">
                    {e.email}
                  </Badge>
                ))
              : '—'}
          </Group>
        }
        canEdit={canEdit}
        editor={(v, set) => (
          <TagsInput
            aria-label={t('people.fields.emails')}
            value={v}
            onChange={set}
            description={t('people.firstIsPrimary')}
          />
        )}
        onSave={(v) => save({ emails: v.map((email, i) => ({ email, primary: i === 0 })) })}
      />
      <InlineField
        testId="phones"
        label={t('people.fields.phones')}
        value={phones.map((p) => p.phone)}
        display={
          <Group gap={4}>
            {phones.length
              ? phones.map((p) => (
                  <Badge key={p.phone} variant={p.primary ? 'filled' : 'light'} tt="none">
                    {p.phone}
                  </Badge>
                ))
              : '—'}
          </Group>
        }
        canEdit={canEdit}
        editor={(v, set) => (
          <TagsInput
            aria-label={t('people.fields.phones')}
            value={v}
            onChange={set}
            description={t('people.firstIsPrimary')}
          />
        )}
        onSave={(v) => save({ phones: v.map((phone, i) => ({ phone, primary: i === 0 })) })}
      />
      <InlineField
        testId="birthday"
        label={t('people.fields.birthday')}
        value={person.birthday ?? ''}
        display={person.birthday || '—'}
        canEdit={canEdit}
        editor={(v, set) => (
          <TextInput
            aria-label={t('people.fields.birthday')}
            type="date"
            value={v}
            onChange={(e) => set(e.currentTarget.value)}
          />
        )}
        onSave={(v) => save({ birthday: v || null })}
      />
      {choice(
        'gender',
        GENDERS.map((g) => ({ value: g, label: t(`people.genders.${g}`) })),
        person.gender && t(`people.genders.${person.gender}`),
      )}
      {choice(
        'source',
        (sources.data ?? []).map((s) => ({ value: s, label: s })),
        person.source,
      )}
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
      <InlineField
        testId="address"
        label={t('people.fields.address')}
        value={person.address ?? {}}
        display={
          ADDRESS.map((k) => person.address?.[k])
            .filter(Boolean)
            .join(', ') || '—'
        }
        canEdit={canEdit}
        editor={(v, set) => (
          <SimpleGrid cols={2} spacing={4}>
            {ADDRESS.map((k) => (
              <TextInput
                key={k}
                size="xs"
                placeholder={t(`people.address.${k}`)}
                aria-label={t(`people.address.${k}`)}
                value={v[k] ?? ''}
                onChange={(e) => set({ ...v, [k]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
        )}
        onSave={(v) => {
          const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x && String(x).trim()));
          return save({ address: Object.keys(clean).length ? clean : null });
        }}
      />
      <InlineField
        testId="tags"
        label={t('people.fields.tags')}
        value={person.tags}
        display={
          <Group gap={4}>
            {person.tags.length
              ? person.tags.map((tag) => (
                  <Badge key={tag} variant="light">
                    {tag}
                  </Badge>
                ))
              : '—'}
          </Group>
        }
        canEdit={canEdit}
        editor={(v, set) => <TagsInput aria-label={t('people.fields.tags')} value={v} onChange={set} />}
        onSave={(v) => save({ tags: v })}
      />
    </SimpleGrid>
  );
}
