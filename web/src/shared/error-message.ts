import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Turns an API problem into a sentence in the user's language, keyed by the problem `code`. */
export function useErrorMessage(): (err: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (err: unknown) => {
      if (err instanceof ApiError) {
        const key = `errors.codes.${err.code}`;
        if (i18n.exists(key)) return t(key);
        if (err.status === 403) return t('errors.codes.forbidden');
        if (err.status >= 500) return t('errors.server');
        return t('errors.unknownWithCode', { code: err.code });
      }
      return t('errors.unexpected');
    },
    [t, i18n],
  );
}
