import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/client.js';
import { useNotify } from '../../../shared/notify.js';
import { type PersonInput, peopleApi, peopleKey, personKey, timelineKey } from '../customers.api.js';
import type { Person } from '../customers.types.js';
import { fieldErrors } from './problem-errors.js';

/**
 * PATCH with the version on screen (If-Match). A 412 sets `conflict`: someone else saved first, and
 * the page offers a reload instead of overwriting their change.
 */
export function useUpdatePerson(person: Person) {
  const qc = useQueryClient();
  const notify = useNotify();
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: PersonInput) => peopleApi.update(person.id, person.version, body),
    onSuccess: (saved) => {
      qc.setQueryData(personKey(person.id), saved);
      void qc.invalidateQueries({ queryKey: timelineKey('person', person.id) });
      void qc.invalidateQueries({ queryKey: peopleKey });
    },
    onError: (err) => {
      if (isApiError(err, 412)) setConflict(true);
      else {
        const byField = Object.values(fieldErrors(err));
        if (byField.length) notifications.show({ color: 'red', message: byField.join('; ') });
        else notify.error(err);
      }
    },
  });
  const reload = async () => {
    setConflict(false);
    await qc.invalidateQueries({ queryKey: personKey(person.id) });
  };
  return { save: (body: PersonInput) => mutation.mutateAsync(body), conflict, reload };
}
