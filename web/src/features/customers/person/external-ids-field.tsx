import { Badge, Group, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonInput } from '../customers.api.js';
import type { Person } from '../customers.types.js';
import { InlineField } from './inline-field.js';

interface Props {
  person: Person;
  canEdit: boolean;
  save: (body: PersonInput) => Promise<unknown>;
}

/** `source:id`, the id itself may contain colons. */
const ENTRY = /^([^:\s]+):(.+)$/;

/** The person's numbers in other systems (POS, web shop, app, an imported file), edited as `source:id`. */
export function ExternalIdsField({ person, canEdit, save }: Props) {
  const { t } = useTranslation();
  const ids = person.externalIds ?? [];
  return (
    <InlineField
      testId="externalIds"
      label={t('people.fields.externalIds')}
      value={ids.map((x) => `${x.source}:${x.id}`)}
      display={
        <Group gap={4}>
          {ids.length
            ? ids.map((x) => (
                <Badge key={`${x.source}:${x.id}`} variant="light" tt="none">
                  {x.source} · {x.id}
                </Badge>
              ))
            : '—'}
        </Group>
      }
      canEdit={canEdit}
      editor={(v, set) => (
        <TagsInput
          aria-label={t('people.fields.externalIds')}
          description={t('people.externalIdsHint')}
          value={v}
          // An entry without a source is dropped as typed; the hint says the form.
          onChange={(next) => set(next.map((s) => s.trim()).filter((s) => ENTRY.test(s)))}
        />
      )}
      onSave={(v) =>
        save({
          externalIds: v.map((s) => {
            const [, source, id] = ENTRY.exec(s)!;
            return { source: source!, id: id!.trim() };
          }),
        })
      }
    />
  );
}
