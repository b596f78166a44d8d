import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../api/types.js';
import { rememberLocale } from '../i18n/index.js';

/** Language choice before sign-in (kept in the browser only). */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('common.language')}
      data-testid="language-picker"
      size="xs"
      w={130}
      leftSection={<IconLanguage size={14} />}
      allowDeselect={false}
      value={i18n.resolvedLanguage ?? 'en'}
      data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
      onChange={(value) => {
        if (!value) return;
        void i18n.changeLanguage(value);
        rememberLocale(value as Locale);
      }}
    />
  );
}
