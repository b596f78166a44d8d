import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { insertLead } from '../leads/create-lead.js';
import { findOpenLeadByContact, saveLead } from '../leads/leads.repository.js';
import type { Lead, LeadConsent } from '../leads/leads.schemas.js';
import { findPeopleByEmail, findPeopleByPhone } from '../people/find-people-by-identity.js';
import { recordConsentIn } from '../people/set-consent.js';
import { assignOwner } from './assign-owner.js';
import type { Form } from './forms.schemas.js';
import type { Submission } from './read-submission.js';

const visitor: Actor = { type: 'customer', id: null };

async function personFor(trx: Executor, email?: string, phone?: string): Promise<string | null> {
  const [byEmail] = email ? await findPeopleByEmail(trx, email) : [];
  if (byEmail) return byEmail;
  const [byPhone] = phone ? await findPeopleByPhone(trx, phone) : [];
  return byPhone ?? null;
}

/**
 * Files one web-form submission: updates the open lead with the same email/phone or creates one
 * (owner from the form's assignment, linked to a known person), records the ticked consents (on the
 * person when linked, else on the lead), and appends `form.submitted` for scoring. One transaction.
 */
export async function submitForm(ctx: AppContext, form: Form, sub: Submission, meta: { ip?: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const { email, phone } = sub.lead;
    let lead = await findOpenLeadByContact(trx, email ?? null, phone ?? null);
    if (lead) {
      const next: Lead = { ...lead, ...sub.lead, custom: { ...lead.custom, ...sub.custom } };
      lead = { ...next, version: lead.version + 1, updatedAt: now };
      await saveLead(trx, lead, false);
    } else {
      lead = await insertLead(trx, ctx, visitor, {
        ...sub.lead,
        custom: sub.custom,
        status: 'new',
        source: form.source,
        ownerId: await assignOwner(trx, form.id, form.assignment),
      });
    }
    if (!lead.personId) {
      const personId = await personFor(trx, email, phone);
      if (personId) {
        lead = { ...lead, personId };
        await trx.updateTable('leads').set({ personId }).where('id', '=', lead.id).execute();
      }
    }
    const consents: LeadConsent[] = [...lead.consents];
    for (const purpose of sub.granted) {
      const c = form.consents.find((x) => x.purpose === purpose);
      const input = { status: 'granted' as const, source: 'web_form', textVersion: c?.textVersion };
      if (lead.personId) await recordConsentIn(trx, ctx, visitor, lead.personId, purpose, input);
      else {
        const entry = {
          purpose,
          status: 'granted',
          source: 'web_form',
          textVersion: c?.textVersion ?? null,
          at: now,
        };
        const i = consents.findIndex((x) => x.purpose === purpose);
        if (i >= 0) consents[i] = entry;
        else consents.push(entry);
      }
    }
    if (consents.length !== lead.consents.length || sub.granted.length) {
      lead = { ...lead, consents };
      await saveLead(trx, lead, false);
    }
    await appendEvent(trx, ctx.clock, visitor, {
      type: 'form.submitted',
      entityType: 'lead',
      entityId: lead.id,
      personId: lead.personId,
      payload: {
        formId: form.id,
        formName: form.name,
        // What the visitor filled in, labelled as the form asked (the timeline shows these, not the IP).
        fields: form.fields.flatMap((f) => {
          const value = f.mapsTo.startsWith('custom.') ? sub.custom[f.mapsTo.slice(7)] : sub.lead[f.mapsTo];
          return value ? [{ key: f.key, label: f.label, value }] : [];
        }),
        consents: sub.granted,
        ip: meta.ip ?? null,
      },
    });
    return lead;
  });
}
