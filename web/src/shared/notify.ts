import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useErrorMessage } from './error-message.js';

/** Success and error toasts; errors are translated from the problem code. */
export function useNotify() {
  const message = useErrorMessage();
  const success = useCallback((text: string) => notifications.show({ color: 'teal', message: text }), []);
  const error = useCallback(
    (err: unknown) => notifications.show({ color: 'red', message: message(err) }),
    [message],
  );
  /** A failure already put in words (e.g. the server's reason for refusing a change). */
  const failure = useCallback((text: string) => notifications.show({ color: 'red', message: text }), []);
  return { success, error, failure };
}
