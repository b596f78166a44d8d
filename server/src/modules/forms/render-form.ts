import type { Form, Language } from './forms.schemas.js';
import type { SubmissionProblem, SubmissionProblemKind } from './read-submission.js';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const pick = (l: { en: string; ru?: string; lv?: string }, lang: Language) => l[lang] || l.en;

/** The few words of the public pages, in the visitor's language (the web app's catalogs are not here). */
const WORDS: Record<
  Language,
  {
    send: string;
    thanks: string;
    fix: string;
    notFoundTitle: string;
    notFound: string;
    problems: Record<SubmissionProblemKind, string>;
    consentRequired: string;
  }
> = {
  en: {
    send: 'Send',
    thanks: 'Thank you! We will be in touch soon.',
    fix: 'Please correct the marked fields and send the form again.',
    notFoundTitle: 'Form not available',
    notFound: 'This form is not available. It may have been closed or the link may be wrong.',
    problems: {
      required: 'Please fill in this field.',
      too_long: 'This text is too long.',
      email: 'Please enter a valid email address, e.g. name@example.com.',
      phone: 'Please enter a valid phone number, e.g. +371 20000000.',
    },
    consentRequired: 'Your consent is needed to send this form.',
  },
  ru: {
    send: 'Отправить',
    thanks: 'Спасибо! Мы скоро свяжемся с вами.',
    fix: 'Исправьте отмеченные поля и отправьте форму ещё раз.',
    notFoundTitle: 'Форма недоступна',
    notFound: 'Эта форма недоступна. Возможно, она закрыта или ссылка неверна.',
    problems: {
      required: 'Заполните это поле.',
      too_long: 'Слишком длинный текст.',
      email: 'Введите правильный адрес эл. почты, например name@example.com.',
      phone: 'Введите правильный номер телефона, например +371 20000000.',
    },
    consentRequired: 'Для отправки формы нужно ваше согласие.',
  },
  lv: {
    send: 'Nosūtīt',
    thanks: 'Paldies! Mēs drīz sazināsimies.',
    fix: 'Lūdzu, izlabojiet atzīmētos laukus un nosūtiet veidlapu vēlreiz.',
    notFoundTitle: 'Veidlapa nav pieejama',
    notFound: 'Šī veidlapa nav pieejama. Iespējams, tā ir slēgta vai saite ir nepareiza.',
    problems: {
      required: 'Lūdzu, aizpildiet šo lauku.',
      too_long: 'Teksts ir pārāk garš.',
      email: 'Lūdzu, ievadiet derīgu e-pasta adresi, piemēram, vards@example.com.',
      phone: 'Lūdzu, ievadiet derīgu tālruņa numuru, piemēram, +371 20000000.',
    },
    consentRequired: 'Lai nosūtītu veidlapu, nepieciešama jūsu piekrišana.',
  },
};

const INPUT_TYPE = { text: 'text', email: 'email', phone: 'tel', textarea: 'text' } as const;

/** What the visitor sent and what was wrong with it, to show the form again. */
export interface FormState {
  values: Record<string, unknown>;
  problems: SubmissionProblem[];
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const ticked = (v: unknown) => v === true || v === 'on' || v === 'true' || v === '1';

/**
 * The `<form>` element posting to `action`: labelled inputs, consent checkboxes and the hidden
 * honeypot `website` (bots fill it, people never see it). Used by the embed snippet and the hosted
 * page alike. With `state`, the visitor's input is kept and each refused input is marked
 * (`aria-invalid`) with a message in `lang`.
 */
export function renderFormElement(form: Form, lang: Language, action: string, state?: FormState): string {
  const words = WORDS[lang];
  const problemOf = (path: string) => state?.problems.find((p) => p.path === path);
  const errorLine = (id: string, text: string) => `<br><span class="rf-error" id="${id}">${esc(text)}</span>`;
  const fields = form.fields.map((f) => {
    const id = `rf-${esc(f.key)}`;
    const problem = problemOf(f.key);
    const req = f.required ? ' required' : '';
    const invalid = problem ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
    const value = str(state?.values[f.key]);
    const label = `<label for="${id}">${esc(pick(f.label, lang))}${f.required ? ' *' : ''}</label>`;
    const input =
      f.type === 'textarea'
        ? `<textarea id="${id}" name="${esc(f.key)}"${req}${invalid}>${esc(value)}</textarea>`
        : `<input id="${id}" name="${esc(f.key)}" type="${INPUT_TYPE[f.type]}"${value ? ` value="${esc(value)}"` : ''}${req}${invalid}>`;
    const error = problem ? errorLine(`${id}-error`, words.problems[problem.kind]) : '';
    return `<p${problem ? ' class="rf-invalid"' : ''}>${label}<br>${input}${error}</p>`;
  });
  const consents = form.consents.map((c) => {
    const path = `consents.${c.purpose}`;
    const id = `rf-consent-${esc(c.purpose)}`;
    const problem = problemOf(path);
    const nested = (state?.values.consents ?? {}) as Record<string, unknown>;
    const checked = state && (ticked(state.values[path]) || ticked(nested[c.purpose])) ? ' checked' : '';
    const invalid = problem ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
    const error = problem ? errorLine(`${id}-error`, words.consentRequired) : '';
    return `<p${problem ? ' class="rf-invalid"' : ''}><label><input type="checkbox" name="${esc(path)}" value="on"${checked}${c.required ? ' required' : ''}${invalid}> ${esc(pick(c.text, lang))}</label>${error}</p>`;
  });
  const summary = state?.problems.length ? [`<p class="rf-summary" role="alert">${esc(words.fix)}</p>`] : [];
  const honeypot =
    '<p style="position:absolute;left:-10000px" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off"></p>';
  return [
    `<form method="post" action="${esc(action)}" accept-charset="utf-8">`,
    ...summary,
    ...fields,
    ...consents,
    honeypot,
    `<p><button type="submit">${words.send}</button></p>`,
    '</form>',
  ].join('\n');
}

/** A whole page around `body` in the given language. */
export function renderPage(title: string, lang: Language, body: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}input,textarea{width:100%;padding:.4rem}input[type=checkbox]{width:auto}.rf-invalid input,.rf-invalid textarea{border:2px solid #c92a2a}.rf-error,.rf-summary{color:#c92a2a}</style>
</head><body><h1>${esc(title)}</h1>
${body}
</body></html>`;
}

export const thanksText = (lang: Language) => `<p role="status">${WORDS[lang].thanks}</p>`;

/** The page for an unknown or switched-off form. */
export const notAvailablePage = (lang: Language) =>
  renderPage(WORDS[lang].notFoundTitle, lang, `<p>${WORDS[lang].notFound}</p>`);

const isLanguage = (q: unknown): q is Language => q === 'en' || q === 'ru' || q === 'lv';
export const languageOf = (q: unknown, form: Form): Language => (isLanguage(q) ? q : form.language);

/** `?lang=`, else the browser's first known language (Accept-Language), else English. */
export function visitorLanguage(q: unknown, acceptLanguage: string | undefined): Language {
  if (isLanguage(q)) return q;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return 'en';
}
