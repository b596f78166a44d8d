import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import { type RunListOptions, runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { withPhotoFlags } from '../attachments/photo-flags.js';
import { listFields } from '../fields/fields.repository.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { hydratePeople, visiblePeople } from './people.repository.js';
import type { Person } from './people.schemas.js';
import type { PersonRow } from './people.table.js';
import { peopleRegistry } from './people-registry.js';
import { countMatches, peopleSearch, peopleSearchPerRow } from './people-search.js';

/** Above this many name matches a newest-first search walks `people_created` instead of sorting matches. */
export const COMMON_MATCHES = 5000;

/**
 * One page of the people the principal may see (visibility is part of the base query, so filters,
 * search and export can never reach past it). Default order: newest first.
 */
export async function listPeople(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const defs = await listFields(ctx.db, 'person');
  const page = await runListQuery(ctx.db, await peopleListOptions(ctx, principal, query, defs));
  const people: Person[] = await hydratePeople(ctx.db, page.data);
  // One batched lookup per page (not per row) for the list's avatars.
  const data = await withPhotoFlags(ctx.db, people);
  return { data, nextCursor: page.nextCursor, defs };
}

/** The list's query options (visibility, quick search, registry, order); the CSV export shares them. */
export async function peopleListOptions(
  ctx: AppContext,
  principal: Principal,
  query: ListQueryInput,
  defs: FieldDefinition[],
): Promise<RunListOptions<PersonRow>> {
  const { q, ...rest } = query;
  const base = visiblePeople(ctx.db, principal);
  let search: ReturnType<typeof peopleSearch> | undefined;
  if (q?.trim()) {
    // Only the default order has an index to walk; any other sort gathers the matches first.
    const counts = rest.sort ? undefined : await countMatches(ctx.db, q, ctx.dialect, COMMON_MATCHES);
    const common = !!counts && counts.names + counts.companies >= COMMON_MATCHES;
    search =
      common && counts
        ? peopleSearchPerRow(q, ctx.dialect, {
            emails: counts.emails > 0,
            phones: counts.phones > 0,
            companies: counts.companies >= COMMON_MATCHES ? 'many' : counts.companies > 0,
          })
        : peopleSearch(q, ctx.dialect);
  }
  return {
    baseQuery: search ? base.where(search) : base,
    registry: peopleRegistry(defs),
    query: rest,
    clock: ctx.clock,
    idColumn: 'people.id',
    defaultSort: '-createdAt',
    mapRow: (row: PersonRow) => row,
  };
}
