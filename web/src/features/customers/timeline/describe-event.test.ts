import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import lv from '../../../i18n/lv.json';
import ru from '../../../i18n/ru.json';
import type { TimelineEvent } from '../customers.types.js';
import { type DescribeContext, describeEvent, type EventView } from './describe-event.js';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    fallbackLng: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: en }, ru: { translation: ru }, lv: { translation: lv } },
  });
});

const anna = { type: 'user', id: 'usr_1', name: 'Anna Bērziņa' };
const system = { type: 'system', id: null, name: null };
const visitor = { type: 'customer', id: null, name: null };

function ev(
  type: string,
  payload: Record<string, unknown>,
  actor: TimelineEvent['actor'] = anna,
  entityId = 'x_1',
): TimelineEvent {
  return { id: `evt_${type}`, type, at: 0, actor, entityType: type.split('.')[0] ?? '', entityId, payload };
}

function describeIn(lng: string, event: TimelineEvent): EventView {
  const t = i18n.getFixedT(lng);
  const ctx: DescribeContext = {
    t,
    exists: (key) => i18n.exists(key, { lng }),
    language: lng,
    dateTime: (at) => `@${at}`,
    viewing: 'person',
  };
  return describeEvent(event, ctx);
}

/** All the text a reader sees of one event. */
const text = (v: EventView) => [v.title, v.link?.text ?? '', ...(v.lines ?? [])].join('\n');

// Every kind that reaches a person's timeline and is not drawn by a body of its own.
const KINDS: [string, TimelineEvent][] = [
  [
    'task.created',
    ev('task.created', { title: 'Call back', type: 'call', dueAt: 1000, assigneeId: 'usr_1' }, anna, 'tsk_1'),
  ],
  [
    'task.updated',
    ev('task.updated', { changes: { dueAt: [1, 2], priority: ['normal', 'high'] } }, anna, 'tsk_1'),
  ],
  ['task.completed', ev('task.completed', { title: 'Call back' }, anna, 'tsk_1')],
  [
    'task.reassigned',
    ev('task.reassigned', { title: 'Call back', from: 'a', to: 'b', reason: 'manual' }, anna, 'tsk_1'),
  ],
  ['task.overdue', ev('task.overdue', { title: 'Call back', dueAt: 1000, assigneeId: 'a' }, system, 'tsk_1')],
  [
    'activity.logged',
    ev('activity.logged', { kind: 'call', outcome: 'Reached', durationSeconds: 300, body: 'Talked' }),
  ],
  [
    'lead.created',
    ev(
      'lead.created',
      { firstName: 'Pēteris', lastName: 'Kalniņš', email: 'p@k.lv', source: 'web_form' },
      visitor,
      'led_1',
    ),
  ],
  ['lead.updated', ev('lead.updated', { changes: { status: ['new', 'qualified'] } }, anna, 'led_1')],
  [
    'lead.converted',
    ev('lead.converted', { dealId: 'deal_9', reusedPerson: false, score: 30 }, anna, 'led_1'),
  ],
  ['lead.deleted', ev('lead.deleted', {}, anna, 'led_1')],
  [
    'lead.score_changed',
    ev('lead.score_changed', { from: 20, to: 35, reason: 'form.submitted' }, system, 'led_1'),
  ],
  [
    'form.submitted',
    ev(
      'form.submitted',
      {
        formId: 'form_1',
        formName: 'Kontaktforma',
        fields: [
          { key: 'name', label: { en: 'Name', lv: 'Vārds', ru: 'Имя' }, value: 'Pēteris' },
          { key: 'msg', label: { en: 'Message' }, value: 'Call me' },
        ],
        consents: ['data_processing'],
        ip: '203.0.113.7',
      },
      visitor,
      'led_1',
    ),
  ],
  ['attachment.added', ev('attachment.added', { filename: 'offer.pdf' })],
  ['attachment.deleted', ev('attachment.deleted', { filename: 'offer.pdf' })],
  ['person.created', ev('person.created', { firstName: 'P' })],
  ['person.deleted', ev('person.deleted', {})],
  ['person.duplicate_dismissed', ev('person.duplicate_dismissed', { otherId: 'per_2' })],
  ['person.company_linked', ev('person.company_linked', { companyName: 'Kalniņš un dēli', role: null })],
  ['person.company_unlinked', ev('person.company_unlinked', {})],
];

describe('describeEvent', () => {
  for (const lng of ['en', 'ru', 'lv']) {
    it.each(KINDS)(`reads %s as translated words in ${lng}, no raw type or JSON`, (type, event) => {
      const v = describeIn(lng, event);
      const all = text(v);
      expect(v.unknown).toBeFalsy();
      expect(all).not.toContain(type);
      expect(all).not.toContain(type.replace('.', '_'));
      expect(all).not.toMatch(/timeline\.|[{}]|undefined|\[object/);
      expect(all).not.toMatch(/Someone|Кто-то|Kāds/);
    });
  }

  it('links a task event to the task, titled by it', () => {
    const v = describeIn('en', KINDS[0]![1]);
    expect(v.title).toBe('Anna Bērziņa created a task');
    expect(v.link).toEqual({ to: '/tasks?task=tsk_1', text: 'Call back' });
    expect(v.lines).toEqual(['Due @1000']);
    expect(describeIn('en', KINDS[1]![1]).lines).toEqual(['Changed: Due, Priority']);
  });

  it('links a lead conversion to the deal it created', () => {
    const v = describeIn('en', ev('lead.converted', { dealId: 'deal_9', reusedPerson: false, score: 30 }));
    expect(v.title).toBe('Anna Bērziņa converted the lead');
    expect(v.link?.to).toBe('/sales/board?deal=deal_9');
    expect(describeIn('en', ev('lead.converted', { dealId: null })).link).toBeUndefined();
  });

  it('reads a score change as the difference, the reason and the new score', () => {
    const up = ev('lead.score_changed', { from: 20, to: 35, reason: 'form.submitted' }, system);
    expect(describeIn('en', up).title).toBe('Score +15 (submitted a form) → 35');
    expect(describeIn('lv', up).title).toBe('Vērtējums +15 (iesniegta forma) → 35');
    const down = ev('lead.score_changed', { from: 30, to: 25, reason: 'custom.thing' }, system);
    expect(describeIn('en', down).title).toBe('Score −5 (Custom thing) → 25');
  });

  it('shows a form submission by the visitor: form name and fields in the reader language, never the IP', () => {
    const v = describeIn('lv', KINDS.find(([k]) => k === 'form.submitted')![1]);
    expect(v.title).toBe('Apmeklētājs (tīmekļa forma) iesniedza formu “Kontaktforma”');
    expect(v.lines).toEqual([
      'Vārds: Pēteris',
      'Message: Call me',
      'Dota piekrišana: Personas datu apstrāde',
    ]);
    expect(text(v)).not.toContain('203.0.113.7');
    expect(describeIn('ru', ev('consent.changed', {}, visitor)).title).toContain('Посетитель (веб-форма)');
  });

  it("names and links the person a link event is about on the company's timeline", () => {
    const linked = ev('person.company_linked', { companyName: 'Baltic Amber', role: 'CFO' }, anna, 'per_7');
    const onCompany = (lng: string, event: TimelineEvent, personName?: (id: string) => string | undefined) =>
      describeEvent(event, {
        t: i18n.getFixedT(lng),
        exists: (key) => i18n.exists(key, { lng }),
        language: lng,
        dateTime: (at) => `@${at}`,
        viewing: 'company',
        personName,
      });
    const names = (id: string) => (id === 'per_7' ? 'Carl Kalniņš' : undefined);
    expect(onCompany('en', linked, names)).toEqual({
      title: 'Anna Bērziņa linked a person',
      link: { to: '/customers/people/per_7', text: 'Carl Kalniņš' },
      lines: ['CFO'],
    });
    // Someone no longer among the company's people is still one click away.
    expect(onCompany('lv', ev('person.company_unlinked', {}, anna, 'per_8'), names).link).toEqual({
      to: '/customers/people/per_8',
      text: 'Atvērt personu',
    });
  });

  it('degrades an unknown kind to its humanised type, the payload only behind details', () => {
    const v = describeIn('en', ev('loyalty.points_earned', { points: 10 }));
    expect(v).toEqual({ title: 'Anna Bērziņa: Loyalty points earned', unknown: true });
  });
});
