import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max).nullable().optional();
const compact = (v: string | null | undefined) => (v ? v.replace(/\s+/g, '').toUpperCase() : v);

/** The organisation's details printed on quotes and other documents. */
export const companyDetailsBody = z.strictObject({
  legalName: text(300),
  address: text(1000),
  /** VAT number / tax id. */
  taxId: text(50),
  registrationNumber: text(50),
  bankName: text(200),
  iban: text(50)
    .transform(compact)
    .refine((v) => !v || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(v), 'is not an IBAN'),
  swift: text(20)
    .transform(compact)
    .refine((v) => !v || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), 'is not a SWIFT/BIC code'),
  phone: text(50),
  email: z.email().max(320).nullable().optional(),
  website: text(300),
  /** VAT in percent added to quotes (null: no VAT line). */
  vatRate: z.number().min(0).max(100).nullable().optional(),
  /** How long a quote is valid, in days from its date. */
  quoteValidityDays: z.number().int().min(1).max(365).optional(),
});
export type CompanyDetailsInput = z.infer<typeof companyDetailsBody>;

export interface CompanyDetails {
  legalName: string | null;
  address: string | null;
  taxId: string | null;
  registrationNumber: string | null;
  bankName: string | null;
  iban: string | null;
  swift: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  vatRate: number | null;
  quoteValidityDays: number;
  /** The logo printed on documents (set with PUT /settings/company/logo); bytes in the file storage. */
  logo: { key: string; contentType: string; size: number } | null;
  version: number;
  updatedAt: number | null;
}

export const EMPTY_COMPANY_DETAILS: CompanyDetails = {
  legalName: null,
  address: null,
  taxId: null,
  registrationNumber: null,
  bankName: null,
  iban: null,
  swift: null,
  phone: null,
  email: null,
  website: null,
  vatRate: null,
  quoteValidityDays: 30,
  logo: null,
  version: 0,
  updatedAt: null,
};
