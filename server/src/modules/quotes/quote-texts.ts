import type { QuoteLanguage } from './quotes.schemas.js';

/** The words printed on a quote, per language (the document is rendered on the server). */
export const QUOTE_TEXTS: Record<QuoteLanguage, Record<string, string>> = {
  en: {
    title: 'Quote',
    number: 'No.',
    date: 'Date',
    validUntil: 'Valid until',
    seller: 'Seller',
    customer: 'Customer',
    regNo: 'Reg. No.',
    vatNo: 'VAT No.',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    bank: 'Bank',
    iban: 'IBAN',
    swift: 'SWIFT',
    item: 'Item',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    discount: 'Discount',
    amount: 'Amount',
    subtotal: 'Subtotal',
    netTotal: 'Total excl. VAT',
    vat: 'VAT',
    total: 'Total',
    deal: 'Deal',
    footer: 'Prices in {currency}. This quote is valid until {date}.',
  },
  ru: {
    title: 'Коммерческое предложение',
    number: '№',
    date: 'Дата',
    validUntil: 'Действительно до',
    seller: 'Продавец',
    customer: 'Клиент',
    regNo: 'Рег. №',
    vatNo: 'ИНН/НДС №',
    phone: 'Телефон',
    email: 'Эл. почта',
    website: 'Сайт',
    bank: 'Банк',
    iban: 'IBAN',
    swift: 'SWIFT',
    item: 'Наименование',
    quantity: 'Кол-во',
    unitPrice: 'Цена',
    discount: 'Скидка',
    amount: 'Сумма',
    subtotal: 'Сумма без скидки',
    netTotal: 'Итого без НДС',
    vat: 'НДС',
    total: 'Итого',
    deal: 'Сделка',
    footer: 'Цены указаны в {currency}. Предложение действительно до {date}.',
  },
  lv: {
    title: 'Komerciālais piedāvājums',
    number: 'Nr.',
    date: 'Datums',
    validUntil: 'Derīgs līdz',
    seller: 'Pārdevējs',
    customer: 'Klients',
    regNo: 'Reģ. Nr.',
    vatNo: 'PVN Nr.',
    phone: 'Tālrunis',
    email: 'E-pasts',
    website: 'Mājaslapa',
    bank: 'Banka',
    iban: 'IBAN',
    swift: 'SWIFT',
    item: 'Nosaukums',
    quantity: 'Daudz.',
    unitPrice: 'Cena',
    discount: 'Atlaide',
    amount: 'Summa',
    subtotal: 'Summa bez atlaides',
    netTotal: 'Kopā bez PVN',
    vat: 'PVN',
    total: 'Kopā',
    deal: 'Darījums',
    footer: 'Cenas norādītas {currency}. Piedāvājums derīgs līdz {date}.',
  },
};

const LOCALE: Record<QuoteLanguage, string> = { en: 'en-GB', ru: 'ru-RU', lv: 'lv-LV' };

/** Money and dates as a reader of that language writes them (minor units in). */
export function quoteFormat(language: QuoteLanguage, currency: string) {
  const locale = LOCALE[language];
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const qty = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  // "21%" in English and Latvian, "21 %" in Russian: the language's own percent sign spacing.
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  return {
    money: (minor: number) => money.format(minor / 100),
    quantity: (q: number) => qty.format(q),
    percent: (p: number) => pct.format(p / 100),
    /** YYYY-MM-DD → 05.01.2026 (ru, lv) / 05/01/2026 (en-GB). */
    date: (ymd: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`)),
  };
}
