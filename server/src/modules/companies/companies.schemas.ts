import { z } from 'zod';
import { addressSchema } from '../people/people.schemas.js';

const text = (max: number) => z.string().trim().max(max).nullable().optional();

const companyFields = {
  legalName: text(300),
  taxId: text(50),
  industry: text(100),
  size: text(50),
  turnover: z
    .strictObject({ amount: z.number().int().min(0), currency: z.string().regex(/^[A-Z]{3}$/) })
    .nullable()
    .optional(),
  website: text(500),
  domain: text(253),
  address: addressSchema.nullable().optional(),
  ownerId: text(100),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
};

export const createCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(300),
  ...companyFields,
});
export const updateCompanyBody = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  ...companyFields,
});
export type CompanyInput = z.infer<typeof updateCompanyBody>;

export const linkBody = z.strictObject({
  companyId: z.string().min(1),
  role: z.string().trim().max(200).nullable().optional(),
});

export type Company = {
  id: string;
  name: string;
  legalName: string | null;
  taxId: string | null;
  industry: string | null;
  size: string | null;
  turnover: { amount: number; currency: string } | null;
  website: string | null;
  domain: string | null;
  address: z.infer<typeof addressSchema> | null;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
};

/** The display names of the person and company a row links to (orders, deals lists); null when not visible. */
export interface CustomerNames {
  personName: string | null;
  companyName: string | null;
}
