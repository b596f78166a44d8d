import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { writeOrgSetting } from '../../platform/settings/org-settings.repository.js';
import {
  forgetPhoneRegion,
  isPhoneRegion,
  loadPhoneRegion,
  PHONE_REGION_KEY,
} from '../people/phone-region.js';

const tags = ['settings'];
const OrgSettings = z.object({ defaultPhoneRegion: z.string() });
const PatchOrgSettings = z.strictObject({
  defaultPhoneRegion: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .optional(),
});

/**
 * Organisation settings (this module's keys of `org_settings`): read by every role
 * (`settings:read`), changed by admins (`settings:update`).
 */
export async function orgSettingsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const read = async () => ({ defaultPhoneRegion: await loadPhoneRegion(ctx.db) });

  app.get(
    '/api/v1/settings/org',
    {
      config: { permission: 'settings:read' },
      schema: { tags, summary: 'Organisation settings', response: { 200: OrgSettings } },
    },
    read,
  );

  app.get(
    '/api/v1/settings/org/phone-regions',
    {
      config: { permission: 'settings:read' },
      schema: { tags, summary: 'Regions the default phone region may be, with their calling codes' },
    },
    async () => ({
      data: getCountries().map((code) => ({ code, callingCode: getCountryCallingCode(code) })),
    }),
  );

  app.patch(
    '/api/v1/settings/org',
    {
      config: { permission: 'settings:update' },
      schema: {
        tags,
        summary: 'Change organisation settings (the fields sent)',
        body: PatchOrgSettings,
        response: { 200: OrgSettings },
      },
    },
    async (req) => {
      const region = req.body.defaultPhoneRegion;
      if (region !== undefined && !isPhoneRegion(region)) {
        throw validationError(
          'body.defaultPhoneRegion',
          'must be a two-letter country code, e.g. LV',
          'invalid_option',
        );
      }
      const actor = actorOf(principalOf(req));
      const before = await read();
      if (region !== undefined && region !== before.defaultPhoneRegion) {
        await ctx.db.transaction().execute(async (trx) => {
          const now = ctx.clock.now();
          await writeOrgSetting(trx, PHONE_REGION_KEY, region, now, actor.type === 'user' ? actor.id : null);
          await recordAudit(trx, ctx, actor, {
            entityType: 'org_settings',
            entityId: PHONE_REGION_KEY,
            action: 'update',
            before: { value: before.defaultPhoneRegion },
            after: { value: region },
          });
          await appendEvent(trx, ctx.clock, actor, {
            type: 'org_settings.updated',
            entityType: 'org_settings',
            entityId: PHONE_REGION_KEY,
            payload: { changes: { [PHONE_REGION_KEY]: [before.defaultPhoneRegion, region] } },
          });
        });
        forgetPhoneRegion(ctx.db);
      }
      return read();
    },
  );
}
