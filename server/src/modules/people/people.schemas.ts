import { z } from 'zod';

export const PREFERRED_CHANNELS = ['email', 'sms', 'phone', 'messenger'] as const;
const name = z.string().trim().max(200).nullable().optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const addressSchema = z.strictObject({
  country: z.string().max(100).optional(),
  region: z.string().max(200).optional(),
  city: z.string().max(200).optional(),
  street: z.string().max(500).optional(),
  postcode: z.string().max(30).optional(),
});

/** Fields shared by create and update; on update every field is optional and `null` clears it. */
const personFields = {
  firstName: name,
  lastName: name,
  middleName: name,
  emails: z
    .array(z.strictObject({ email: z.string(), primary: z.boolean().optional() }))
    .max(20)
    .optional(),
  phones: z
    .array(z.strictObject({ phone: z.string(), primary: z.boolean().optional() }))
    .max(20)
    .optional(),
  birthday: text(10),
  gender: z.enum(['female', 'male', 'other']).nullable().optional(),
  language: text(20),
  timeZone: text(64),
  address: addressSchema.nullable().optional(),
  externalIds: z
    .array(z.strictObject({ source: z.string().min(1).max(50), id: z.string().min(1).max(200) }))
    .max(50)
    .optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
  ownerId: text(100),
  lifecycleStage: text(50),
  source: text(50),
  preferredChannel: z.enum(PREFERRED_CHANNELS).nullable().optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
};

export const createPersonBody = z.strictObject(personFields);
export const updatePersonBody = z.strictObject(personFields);
export type PersonInput = z.infer<typeof createPersonBody>;

export const idParams = z.object({ id: z.string() });

export type Person = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  middleName: string | null;
  email: string | null;
  phone: string | null;
  emails: { email: string; primary: boolean }[];
  phones: { phone: string; primary: boolean }[];
  birthday: string | null;
  gender: string | null;
  language: string | null;
  timeZone: string | null;
  address: z.infer<typeof addressSchema> | null;
  externalIds: { source: string; id: string }[];
  tags: string[];
  ownerId: string | null;
  lifecycleStage: string | null;
  source: string | null;
  preferredChannel: string | null;
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
};
