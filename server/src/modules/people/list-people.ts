import type { AppContext } from '../../context.js';
import type { Principal } from '../../shims/auth.js';
import { type ListQuery, runListQuery } from '../../shims/lists.js';
import { listFields } from '../fields/fields.repository.js';
import { tryNormalizePhone } from './contact-values.js';
import { hydratePeople, visiblePeople } from './people.repository.js';
import type { Person } from './people.schemas.js';
import type { PersonRow } from './people.table.js';
import { peopleRegistry } from './people-registry.js';

/**
 * One page of the people the principal may see. `q` is a prefix search over "first last",
 * "last first", any email, any phone and the name of any linked company, each served by an index.
 */
export async function listPeople(ctx: AppContext, principal: Principal, query: ListQuery) {
  const defs = await listFields(ctx.db, 'person');
  let base = visiblePeople(ctx.db, principal);
  const term = query.q?.trim().toLowerCase().replace(/%/g, '');
  if (term) {
    const like = `${term}%`;
    const phone = tryNormalizePhone(term) ?? (/^\+\d{3,}$/.test(term) ? term : null);
    base = base.where((eb) =>
      eb.or([
        eb('people.searchName', 'like', like),
        eb('people.searchNameRev', 'like', like),
        eb.exists(
          eb
            .selectFrom('personEmails')
            .select('personEmails.personId')
            .whereRef('personEmails.personId', '=', 'people.id')
            .where('personEmails.email', 'like', like),
        ),
        eb.exists(
          eb
            .selectFrom('personPhones')
            .select('personPhones.personId')
            .whereRef('personPhones.personId', '=', 'people.id')
            .where('personPhones.phone', 'like', `${phone ?? '\u0000'}%`),
        ),
        eb.exists(
          eb
            .selectFrom('personCompanies')
            .innerJoin('companies', 'companies.id', 'personCompanies.companyId')
            .select('personCompanies.personId')
            .whereRef('personCompanies.personId', '=', 'people.id')
            .where('companies.searchName', 'like', like),
        ),
      ]),
    );
  }
  const page = await runListQuery(ctx.db, {
    baseQuery: base,
    registry: peopleRegistry(ctx.dialect, defs),
    query,
    dialect: ctx.dialect,
    mapRow: (row: PersonRow) => row,
  });
  const data: Person[] = await hydratePeople(ctx.db, page.data);
  return { data, nextCursor: page.nextCursor, defs };
}
