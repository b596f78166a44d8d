import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types.js';
import { rememberLocale } from '../../i18n/index.js';

/** Applies the signed-in user's stored language and theme whenever they change. */
export function SessionPreferences({ user }: { user: User }) {
  const { i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (user.locale && i18n.language !== user.locale) {
      void i18n.changeLanguage(user.locale);
      rememberLocale(user.locale);
    }
  }, [user.locale, i18n]);
  useEffect(() => {
    if (user.theme) setColorScheme(user.theme);
  }, [user.theme, setColorScheme]);
  return null;
}
