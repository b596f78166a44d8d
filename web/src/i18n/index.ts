import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../api/types.js';
import { en, lv, ru } from './catalogs.js';

const STORAGE_KEY = 'rapport.locale';

/** Before sign-in: the language last used in this browser, else the browser's own. */
function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored && (LOCALES as string[]).includes(stored)) return stored as Locale;
  const browser = globalThis.navigator?.language?.slice(0, 2);
  return (LOCALES as string[]).includes(browser ?? '') ? (browser as Locale) : 'en';
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, lv: { translation: lv } },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// The page's lang attribute follows (absent when a unit test loads the catalogs under Node).
const setPageLanguage = (lng: string) => {
  if (globalThis.document) document.documentElement.lang = lng;
};
i18n.on('languageChanged', setPageLanguage);
setPageLanguage(i18n.language);

export { i18n };
