import type { Form, Language } from './forms.schemas.js';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const pick = (l: { en: string; ru?: string; lv?: string }, lang: Language) => l[lang] || l.en;

const SUBMIT: Record<Language, string> = { en: 'Send', ru: 'Отправить', lv: 'Nosūtīt' };
const THANKS: Record<Language, string> = {
  en: 'Thank you! We will be in touch soon.',
  ru: 'Спасибо! Мы скоро свяжемся с вами.',
  lv: 'Paldies! Mēs drīz sazināsimies.',
};

const INPUT_TYPE = { text: 'text', email: 'email', phone: 'tel', textarea: 'text' } as const;

/**
 * The `<form>` element posting to the public submit endpoint: labelled inputs, consent checkboxes and
 * the hidden honeypot `website` (bots fill it, people never see it). Used by the embed snippet and
 * the hosted page alike.
 */
export function renderFormElement(form: Form, lang: Language, action: string): string {
  const fields = form.fields.map((f) => {
    const req = f.required ? ' required' : '';
    const label = `<label for="rf-${esc(f.key)}">${esc(pick(f.label, lang))}${f.required ? ' *' : ''}</label>`;
    const input =
      f.type === 'textarea'
        ? `<textarea id="rf-${esc(f.key)}" name="${esc(f.key)}"${req}></textarea>`
        : `<input id="rf-${esc(f.key)}" name="${esc(f.key)}" type="${INPUT_TYPE[f.type]}"${req}>`;
    return `<p>${label}<br>${input}</p>`;
  });
  const consents = form.consents.map(
    (c) =>
      `<p><label><input type="checkbox" name="consents.${esc(c.purpose)}" value="on"${c.required ? ' required' : ''}> ${esc(pick(c.text, lang))}</label></p>`,
  );
  const honeypot =
    '<p style="position:absolute;left:-10000px" aria-hidden="true"><input name="website" tabindex="-1" autocomplete="off"></p>';
  return [
    `<form method="post" action="${esc(action)}" accept-charset="utf-8">`,
    ...fields,
    ...consents,
    honeypot,
    `<p><button type="submit">${SUBMIT[lang]}</button></p>`,
    '</form>',
  ].join('\n');
}

/** A whole page around `body` in the given language. */
export function renderPage(title: string, lang: Language, body: string): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}input,textarea{width:100%;padding:.4rem}input[type=checkbox]{width:auto}</style>
</head><body><h1>${esc(title)}</h1>
${body}
</body></html>`;
}

export const thanksText = (lang: Language) => `<p>${THANKS[lang]}</p>`;
export const languageOf = (q: unknown, form: Form): Language =>
  q === 'en' || q === 'ru' || q === 'lv' ? q : form.language;
