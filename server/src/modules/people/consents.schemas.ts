import { z } from 'zod';

/** Consent is kept per purpose: processing of personal data apart from each marketing channel. */
export const CONSENT_PURPOSES = [
  'data_processing',
  'marketing_email',
  'marketing_sms',
  'marketing_push',
  'marketing_phone',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const consentParams = z.object({ id: z.string(), purpose: z.enum(CONSENT_PURPOSES) });
export const consentBody = z.strictObject({
  status: z.enum(['granted', 'withdrawn', 'pending']),
  /** Where the consent was given or withdrawn: `web_form`, `pos`, `email_link`, `call`, ... */
  source: z.string().trim().min(1).max(100).optional(),
  /** Version of the consent text the person saw. */
  textVersion: z.string().trim().min(1).max(100).optional(),
});
export type ConsentInput = z.infer<typeof consentBody>;

export const SUPPRESSION_CHANNELS = ['email', 'sms', 'phone'] as const;
export const suppressionBody = z.strictObject({
  channel: z.enum(SUPPRESSION_CHANNELS),
  value: z.string().min(1).max(254),
  reason: z.string().trim().max(500).optional(),
});
export const suppressionQuery = z.object({
  channel: z.enum(SUPPRESSION_CHANNELS).optional(),
  value: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});
