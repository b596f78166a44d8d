import type { Actor } from '../../platform/actor.js';

/** Deeper chains of rules triggering rules are dropped: a misconfigured pair cannot loop forever. */
export const MAX_AUTOMATION_DEPTH = 3;

/** Changes made by a rule carry actor `system` with id `automation:<ruleId>:<depth>`. */
export function automationActor(ruleId: string, depth: number): Actor {
  return { type: 'system', id: `automation:${ruleId}:${depth}` };
}

/** The rule and depth behind an event, or null when a person (or other system part) made it. */
export function automationOrigin(e: { actorType: string; actorId: string | null }) {
  if (e.actorType !== 'system' || !e.actorId?.startsWith('automation:')) return null;
  const [, ruleId, depth] = e.actorId.split(':');
  return { ruleId: ruleId ?? '', depth: Number(depth) || 1 };
}
