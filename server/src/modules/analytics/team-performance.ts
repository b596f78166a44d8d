import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DAY } from '../../platform/clock.js';
import { dealMargins } from './deal-margins.js';
import type { Performance, TeamPerformanceReport } from './team-performance.types.js';

/**
 * Deals won/lost (closed in [from, to)), revenue, profit, conversion, cycle time, overdue tasks now and
 * activities logged, per visible manager and per team. Who is visible: scope `all` sees everyone;
 * a team lead sees their teams' members; anyone else only themselves.
 */
export async function teamPerformance(
  ctx: AppContext,
  principal: Principal,
  range: { from: number; to: number; teamId?: string },
): Promise<TeamPerformanceReport> {
  const { db } = ctx;
  const teams = await db.selectFrom('teams').selectAll().orderBy('name').execute();
  const members = await db.selectFrom('teamMembers').selectAll().execute();
  const membersOf = (teamId: string) => members.filter((m) => m.teamId === teamId).map((m) => m.userId);
  let visible: Set<string> | null = null; // null: everyone
  if (principal.scope !== 'all') {
    visible = new Set(principal.userId ? [principal.userId] : []);
    for (const t of teams.filter((t) => t.leadId && t.leadId === principal.userId))
      for (const id of membersOf(t.id)) visible.add(id);
  }
  if (range.teamId) {
    const inTeam = new Set(membersOf(range.teamId));
    visible = new Set([...(visible ?? inTeam)].filter((id) => inTeam.has(id)));
  }
  let usersQ = db.selectFrom('users').select(['id', 'name', 'email']).orderBy('name');
  if (visible) usersQ = usersQ.where('id', 'in', visible.size ? [...visible] : ['']);
  const users = await usersQ.execute();
  const ids = users.length ? users.map((u) => u.id) : [''];
  const deals = await db
    .selectFrom('deals')
    .innerJoin('pipelineStages', 'pipelineStages.id', 'deals.stageId')
    .select([
      'deals.id',
      'deals.ownerId',
      'deals.amount',
      'deals.currency',
      'deals.createdAt',
      'deals.closedAt',
      'pipelineStages.kind',
    ])
    .where('deals.ownerId', 'in', ids)
    .where('pipelineStages.kind', '!=', 'open')
    .where('deals.closedAt', '>=', range.from)
    .where('deals.closedAt', '<', range.to)
    .execute();
  const margins = await dealMargins(db, ids, range);
  const overdue = await db
    .selectFrom('tasks')
    .select(['assigneeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assigneeId', 'in', ids)
    .where('status', '=', 'open')
    .where('dueAt', '<', ctx.clock.now())
    .groupBy('assigneeId')
    .execute();
  const acts = await db
    .selectFrom('activities')
    .select(['createdBy', (eb) => eb.fn.countAll<number>().as('n')])
    .where('createdBy', 'in', ids)
    .where('at', '>=', range.from)
    .where('at', '<', range.to)
    .groupBy('createdBy')
    .execute();
  const perUser = (userIds: string[]): Performance => {
    const set = new Set(userIds);
    const mine = deals.filter((d) => d.ownerId && set.has(d.ownerId));
    const won = mine.filter((d) => d.kind === 'won');
    const lost = mine.length - won.length;
    const revenue: Record<string, number> = {};
    for (const d of won) revenue[d.currency] = (revenue[d.currency] ?? 0) + Number(d.amount);
    const profit: Record<string, number> = {};
    let dealsWithCost = 0;
    for (const d of won) {
      const m = margins.get(d.id);
      if (m === undefined) continue;
      profit[d.currency] = (profit[d.currency] ?? 0) + m;
      dealsWithCost++;
    }
    const cycle = won.reduce((s, d) => s + (Number(d.closedAt) - Number(d.createdAt)), 0);
    const count = (rows: { n: number | string }[]) => rows.reduce((s, r) => s + Number(r.n), 0);
    return {
      dealsWon: won.length,
      dealsLost: lost,
      revenue,
      profit,
      dealsWithCost,
      conversion: mine.length ? won.length / mine.length : null,
      avgCycleDays: won.length ? Math.round((cycle / won.length / DAY) * 10) / 10 : null,
      overdueTasks: count(overdue.filter((r) => set.has(r.assigneeId))),
      activities: count(acts.filter((r) => r.createdBy && set.has(r.createdBy))),
    };
  };
  const managers = users.map((u) => ({ userId: u.id, name: u.name || u.email, ...perUser([u.id]) }));
  const shown = new Set(users.map((u) => u.id));
  const teamRows = teams
    .filter((t) => !range.teamId || t.id === range.teamId)
    .map((t) => ({ t, ids: membersOf(t.id).filter((id) => shown.has(id)) }))
    .filter(({ ids }) => ids.length > 0)
    .map(({ t, ids }) => ({ teamId: t.id, name: t.name, memberIds: ids, ...perUser(ids) }));
  const top = (key: 'revenue' | 'profit') =>
    [...new Set(managers.flatMap((m) => Object.keys(m[key])))].sort().map((currency) => {
      // Only managers with an amount in the currency compete (a profit may be negative).
      const best = managers
        .filter((m) => m[key][currency] !== undefined)
        .sort((a, b) => b[key][currency]! - a[key][currency]!)[0]!;
      return { currency, userId: best.userId, name: best.name, amount: best[key][currency]! };
    });
  return {
    from: range.from,
    to: range.to,
    managers,
    teams: teamRows,
    topByRevenue: top('revenue'),
    topByProfit: top('profit'),
  };
}
