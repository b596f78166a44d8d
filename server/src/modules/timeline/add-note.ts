import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';

/**
 * A note on a person's or company's timeline: an event `note.added` (the log is its storage).
 * The body is Markdown, kept as sent; no HTML is accepted as HTML, clients render with raw HTML off.
 */
export async function addNote(
  ctx: AppContext,
  actor: Actor,
  target: { personId: string } | { companyId: string },
  body: string,
) {
  const noteId = newId('note');
  const isPerson = 'personId' in target;
  const entityId = isPerson ? target.personId : target.companyId;
  const eventId = await ctx.db.transaction().execute((trx) =>
    appendEvent(trx, ctx.clock, actor, {
      type: 'note.added',
      entityType: isPerson ? 'person' : 'company',
      entityId,
      ...(isPerson ? { personId: entityId } : { companyId: entityId }),
      payload: { noteId, body, format: 'markdown' },
    }),
  );
  return { id: noteId, eventId, body, format: 'markdown' as const, at: ctx.clock.now() };
}
