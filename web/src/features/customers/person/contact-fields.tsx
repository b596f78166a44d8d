import { Badge, Group, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../customers.api.js';
import type { Address, Person } from '../customers.types.js';
import { InlineField } from './inline-field.js';

interface Props {
  person: Person;
  canEdit: boolean;
  save: (body: PersonInput) => Promise<unknown>;
}

const ADDRESS: (keyof Address)[] = ['street', 'city', 'postcode', 'region', 'country'];
const primaryFirst = <T extends { primary: boolean }>(list: T[]) =>
  [...list].sort((a, b) => Number(b.primary) - Number(a.primary));

/** Emails and phones as lists: the first one is saved as the primary. */
export function ContactFields({ person, canEdit, save }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <ContactListField
        testId="emails"
        label={t('people.fields.emails')}
        values={primaryFirst(person.emails).map((e) => ({ value: e.email, primary: e.primary }))}
        canEdit={canEdit}
        onSave={(v) => save({ emails: v.map((email, i) => ({ email, primary: i === 0 })) })}
      />
      <ContactListField
        testId="phones"
        label={t('people.fields.phones')}
        values={primaryFirst(person.phones).map((p) => ({ value: p.phone, primary: p.primary }))}
        canEdit={canEdit}
        onSave={(v) => save({ phones: v.map((phone, i) => ({ phone, primary: i === 0 })) })}
      />
    </>
  );
}

interface ContactListProps {
  testId: string;
  label: string;
  /** Primary first; the primary shows as a filled badge. */
  values: { value: string; primary: boolean }[];
  canEdit: boolean;
  /** The edited list in order (the caller marks the first as primary). */
  onSave: (values: string[]) => Promise<unknown>;
}

/** One list of contact values (emails or phones): badges to read, a tags input to edit. */
function ContactListField({ testId, label, values, canEdit, onSave }: ContactListProps) {
  const { t } = useTranslation();
  return (
    <InlineField
      testId={testId}
      label={label}
      value={values.map((v) => v.value)}
      display={
        <Group gap={4}>
          {values.length
            ? values.map((v) => (
                <Badge key={v.value} variant={v.primary ? 'filled' : 'light'} tt="none">
                  {v.value}
                </Badge>
              ))
            : '—'}
        </Group>
      }
      canEdit={canEdit}
      editor={(v, set) => (
        <TagsInput aria-label={label} value={v} onChange={set} description={t('people.firstIsPrimary')} />
      )}
      onSave={onSave}
    />
  );
}

/** The postal address (one editor for all its parts) and the tags. */
export function AddressAndTags({ person, canEdit, save }: Props) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
