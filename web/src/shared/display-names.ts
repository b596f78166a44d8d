import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';

/**
 * A language code ("lv", "en-GB") as its name in `uiLanguage` ("Latvian", "латышский" → "Латышский"),
 * capitalised since it stands alone; an unknown code as it is.
 */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** `languageName` in the signed-in user's language. */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  return useCallback((code: string) => languageName(code, ui), [ui]);
}

/** The contact sources Rapport ships (server migration); each has a label in the catalogs. */
export const BUILT_IN_SOURCES = [
  'exhibition',
  'web_form',
  'ebook_download',
  'call',
  'referral',
  'website',
  'other',
] as const;

interface ContactSource {
  key: string;
  label: string;
  archived?: boolean;
}

/**
 * A contact source's label in the user's language: a built-in source still under its shipped label
 * ("web form") is translated; a renamed or added one shows the label the organisation gave it; an
 * unknown key is shown as it is.
 */
export function sourceLabel(
  key: string,
  sources: readonly ContactSource[] | undefined,
  t: (key: string) => string,
): string {
  const s = sources?.find((x) => x.key === key);
  const builtIn = (BUILT_IN_SOURCES as readonly string[]).includes(key);
  if (builtIn && (!s || s.label === key.replace(/_/g, ' '))) return t(`contactSources.${key}`);
  return s?.label ?? key;
}

function useSources() {
  return useQuery({
    queryKey: ['contact-sources'],
    queryFn: () => api.get<{ data: ContactSource[] }>('/contact-sources'),
    select: (r) => r.data,
    staleTime: 5 * 60_000,
  });
}

/** Active contact sources as select options, labelled in the user's language. */
export function useContactSourceOptions() {
  const { t } = useTranslation();
  const sources = useSources();
  const data = useMemo(
    () =>
      sources.data
        ?.filter((s) => !s.archived)
        .map((s) => ({ value: s.key, label: sourceLabel(s.key, sources.data, t) })),
    [sources.data, t],
  );
  return { ...sources, data };
}

/** A source key → its label in the user's language (archived sources too). */
export function useSourceLabel(): (key: string) => string {
  const { t } = useTranslation();
  const sources = useSources();
  return useCallback((key: string) => sourceLabel(key, sources.data, t), [sources.data, t]);
}

/** Where a consent came from (`web_form`, `crm`…) in the user's language; an API client's own word as is. */
export function consentSourceLabel(
  source: string,
  t: (key: string) => string,
  has: (key: string) => boolean,
) {
  return has(`consent.sources.${source}`) ? t(`consent.sources.${source}`) : source;
}
