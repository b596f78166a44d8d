import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../customers.types.js';

/** How one timeline event reads: a translated title, an optional link to its record, plain lines. */
export interface EventView {
  title: string;
  link?: { to: string; text: string };
  lines?: string[];
  /** The payload has `changes` ("from → to" per field), rendered by the item. */
  changes?: boolean;
  /** No renderer knows this kind: the item offers the payload behind a "details" toggle only. */
  unknown?: boolean;
}

export interface DescribeContext {
  t: TFunction;
  /** i18n.exists, to fall back where a run-time key has no translation. */
  exists: (key: string) => boolean;
  language: string;
  dateTime: (at: number) => string;
  viewing?: 'person' | 'company';
  /** The name of a person by id, where the page knows it (a company's people). */
  personName?: (id: string) => string | undefined;
}

/** On a company's timeline a person's link event names (and opens) the person it is about. */
function personLink(event: TimelineEvent, ctx: DescribeContext): EventView['link'] {
  return {
    to: `/customers/people/${event.entityId}`,
    text: ctx.personName?.(event.entityId) || ctx.t('timeline.openPerson'),
  };
}

/** `lead.score_changed` → "Lead score changed": an unknown kind still reads as words. */
export function humanizeType(type: string): string {
  const words = type.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Who did it: the user's or key's name; the system; a visitor of a web form; else "someone". */
export function actorName(event: TimelineEvent, t: TFunction): string {
  if (event.actor?.name) return event.actor.name;
  if (event.actor?.type === 'system') return t('timeline.system');
  if (event.actor?.type === 'customer') return t('timeline.visitor');
  return t('timeline.someone');
}

export const taskLink = (id: string) => `/tasks?task=${encodeURIComponent(id)}`;
export const dealLink = (id: string) => `/sales/board?deal=${encodeURIComponent(id)}`;
export const leadLink = (id: string) => `/sales/leads?lead=${encodeURIComponent(id)}`;

const TASK_FIELDS: Record<string, string> = {
  title: 'title',
  type: 'type',
  priority: 'priority',
  dueAt: 'due',
  remindBeforeMinutes: 'remind',
  assigneeId: 'assignee',
  description: 'description',
  related: 'person',
  status: 'status',
};

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** A form field label as the form stored it ({en, ru?, lv?}), in the reader's language if given. */
function labelIn(label: unknown, language: string): string {
  if (label && typeof label === 'object') {
    const l = label as Record<string, string | undefined>;
    return l[language] || l.en || '';
  }
  return str(label);
}

/**
 * Turns an event of a person's or company's timeline into readable text. Kinds with a richer body of
 * their own (field changes, notes, deals, orders, quotes, consent, merges) are rendered by the item;
 * this covers the rest and, for anything unknown, a humanised type with no payload shown.
 */
export function describeEvent(event: TimelineEvent, ctx: DescribeContext): EventView {
  const { t, exists } = ctx;
  const who = actorName(event, t);
  const p = event.payload ?? {};
  const typeKey = (type: string) => `timeline.types.${type.replace(/\./g, '_')}`;
  const titled = (type: string, extra: Record<string, unknown> = {}) => t(typeKey(type), { who, ...extra });

  if (event.type.startsWith('task.')) {
    const view: EventView = {
      title: exists(typeKey(event.type))
        ? titled(event.type)
        : t('timeline.generic', { who, type: humanizeType(event.type) }),
      link: { to: taskLink(event.entityId), text: str(p.title) || t('timeline.openTask') },
      lines: [],
    };
    if (typeof p.dueAt === 'number' && (event.type === 'task.created' || event.type === 'task.overdue'))
      view.lines?.push(t('timeline.due', { at: ctx.dateTime(p.dueAt) }));
    if (event.type === 'task.updated' && p.changes && typeof p.changes === 'object') {
      const names = Object.keys(p.changes).map((k) =>
        TASK_FIELDS[k] && exists(`tasks.fields.${TASK_FIELDS[k]}`)
          ? t(`tasks.fields.${TASK_FIELDS[k]}`)
          : humanizeType(k),
      );
      view.lines?.push(t('timeline.changedFields', { fields: names.join(', ') }));
    }
    return view;
  }
  switch (event.type) {
    case 'activity.logged': {
      const kind = str(p.kind);
      const lines = [str(p.outcome), str(p.body)].filter(Boolean);
      if (typeof p.durationSeconds === 'number' && p.durationSeconds > 0)
        lines.unshift(t('timeline.duration', { minutes: Math.round(p.durationSeconds / 60) }));
      return {
        title: titled(event.type, {
          kind: exists(`timeline.activityKinds.${kind}`) ? t(`timeline.activityKinds.${kind}`) : kind,
        }),
        lines,
      };
    }
    case 'lead.created': {
      const name = [str(p.firstName), str(p.lastName)].filter(Boolean).join(' ') || str(p.email);
      return {
        title: titled(event.type),
        link: { to: leadLink(event.entityId), text: name || t('timeline.openLead') },
      };
    }
    case 'lead.updated':
      return { title: titled(event.type), changes: Boolean(p.changes && typeof p.changes === 'object') };
    case 'lead.converted':
      return {
        title: titled(event.type),
        link:
          typeof p.dealId === 'string' ? { to: dealLink(p.dealId), text: t('timeline.openDeal') } : undefined,
        lines: typeof p.score === 'number' ? [t('timeline.leadScore', { score: p.score })] : [],
      };
    case 'lead.score_changed': {
      const from = Number(p.from ?? 0);
      const to = Number(p.to ?? 0);
      const delta = to - from;
      const reason = str(p.reason);
      const reasonKey = `timeline.scoreReasons.${reason.replace(/\./g, '_')}`;
      const reasonText = exists(reasonKey) ? t(reasonKey) : humanizeType(reason);
      return {
        title: t('timeline.scoreChanged', {
          delta: `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${Math.abs(delta)}`,
          reason: reasonText,
          score: to,
        }),
      };
    }
    case 'form.submitted': {
      const fields = Array.isArray(p.fields)
        ? (p.fields as { label?: unknown; key?: unknown; value?: unknown }[])
        : [];
      const lines = fields.map((f) => `${labelIn(f.label, ctx.language) || str(f.key)}: ${str(f.value)}`);
      const consents = Array.isArray(p.consents) ? p.consents.map(str) : [];
      if (consents.length)
        lines.push(
          t('timeline.consentsGiven', {
            list: consents
              .map((c) => (exists(`consent.purposes.${c}`) ? t(`consent.purposes.${c}`) : humanizeType(c)))
              .join(', '),
          }),
        );
      // The visitor's IP address stays in the API; it is not for everyone reading the timeline.
      return { title: titled(event.type, { form: str(p.formName) || t('timeline.aForm') }), lines };
    }
    case 'attachment.added':
    case 'attachment.deleted':
      return { title: titled(event.type), lines: [str(p.filename)].filter(Boolean) };
    case 'person.company_linked':
      if (ctx.viewing === 'company')
        return {
          title: titled('company.person_linked'),
          link: personLink(event, ctx),
          lines: [str(p.role)].filter(Boolean),
        };
      return { title: titled(event.type), lines: [str(p.companyName)].filter(Boolean) };
    case 'person.company_unlinked':
      if (ctx.viewing === 'company')
        return { title: titled('company.person_unlinked'), link: personLink(event, ctx) };
      return { title: titled(event.type) };
  }
  if (exists(typeKey(event.type))) return { title: titled(event.type) };
  return { title: t('timeline.generic', { who, type: humanizeType(event.type) }), unknown: true };
}
