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
import { commonSearchArms, peopleSearch, peopleSearchPerRow } from './people-search.js';

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
    // Only the default order has an index (`people_created`) to walk; any other sort gathers matches.
    const arms = await commonSearchArms(ctx.db, q, ctx.dialect, !!rest.sort);
    search = arms ? peopleSearchPerRow(q, ctx.dialect, arms) : peopleSearch(q, ctx.dialect);
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
