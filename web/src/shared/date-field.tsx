import {
  DateInput,
  type DateInputProps,
  DatesProvider,
  DateTimePicker,
  type DateTimePickerProps,
} from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dateFormat,
  fromPickerDateTime,
  parseDate,
  timeFormat,
  toPickerDateTime,
  uses12Hours,
} from './dates.js';
import { useTimeZone } from './format.js';

/** Calendars, month and weekday names and first day of the week follow the app language. */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.resolvedLanguage ?? 'en', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

/** Translated labels of the calendar's controls, shared by both fields. */
function useCalendarLabels() {
  const { t, i18n } = useTranslation();
  return {
    locale: i18n.resolvedLanguage ?? 'en',
    labels: {
      ariaLabels: {
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
        monthLevelControl: t('dates.chooseMonth'),
        yearLevelControl: t('dates.chooseYear'),
      },
      clearButtonProps: { 'aria-label': t('dates.clear') },
    },
    t,
  };
}

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'
> & {
  /** A calendar date `YYYY-MM-DD`; empty or null for none. */
  value?: string | null;
  /** The chosen date as `YYYY-MM-DD`, `''` when cleared. */
  onChange: (value: string) => void;
};

/** A calendar date typed or picked in the app language's format (`DD.MM.YYYY.` in Latvian). */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { locale, labels, t } = useCalendarLabels();
  return (
    <DateInput
      valueFormat={dateFormat(locale)}
      dateParser={(text) => parseDate(text, locale)}
      placeholder={t('dates.datePlaceholder')}
      {...labels}
      {...rest}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}

type DateTimeFieldProps = Omit<DateTimePickerProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat'> & {
  /** An instant as epoch ms, shown in the user's time zone (their setting, else the browser's); null for none. */
  value?: number | null;
  onChange: (value: number | null) => void;
};

/** A date and time picked in the app language's formats and clock (12 h in English, 24 h otherwise). */
export function DateTimeField({ value, onChange, ...rest }: DateTimeFieldProps) {
  const { locale, labels, t } = useCalendarLabels();
  const zone = useTimeZone();
  return (
    <DateTimePicker
      valueFormat={`${dateFormat(locale)} ${timeFormat(locale)}`}
      placeholder={t('dates.dateTimePlaceholder')}
      timePickerProps={{
        format: uses12Hours(locale) ? '12h' : '24h',
        hoursInputLabel: t('dates.hours'),
        minutesInputLabel: t('dates.minutes'),
        amPmInputLabel: t('dates.amPm'),
      }}
      submitButtonProps={{ 'aria-label': t('dates.done') }}
      {...labels}
      {...rest}
      value={toPickerDateTime(value, zone)}
      onChange={(v) => onChange(fromPickerDateTime(v, zone))}
    />
  );
}
