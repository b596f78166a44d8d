import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { actionErrorText, type FieldLabels } from './action-error-text.js';
import { useErrorMessage } from './error-message.js';

export interface ErrorToastOptions {
  /** What was refused ("The deal was not moved"), shown above the reasons. */
  title?: string;
  /** Names of the fields the action sends, so a reason that needs one can say which. */
  labels?: FieldLabels;
}

/**
 * Success and error toasts. An error says why where the server named its field problems (one
 * sentence each, see action-error-text.ts), else it is translated from the problem code.
 */
export function useNotify() {
  const message = useErrorMessage();
  const { i18n } = useTranslation();
  const success = useCallback((text: string) => notifications.show({ color: 'teal', message: text }), []);
  const show = useCallback(
    (err: unknown, opts: ErrorToastOptions) =>
      notifications.show({
        color: 'red',
        title: opts.title,
        message: actionErrorText(err, i18n, opts.labels) ?? message(err),
        // Several reasons, one per line.
        styles: { description: { whiteSpace: 'pre-line' } },
      }),
    [message, i18n],
  );
  // One parameter, so it can be handed to `onError` as it is (react-query passes more arguments).
  const error = useCallback((err: unknown) => show(err, {}), [show]);
  /** An `onError` for an action: what was refused as the title, the fields' names for its reasons. */
  const errorWith = useCallback((opts: ErrorToastOptions) => (err: unknown) => show(err, opts), [show]);
  return { success, error, errorWith };
}
