import { afterAll, beforeAll, expect, it } from 'vitest';
import { blankPerson } from '../src/modules/imports/merge-person.js';
import { insertPeopleBulk } from '../src/modules/people/bulk-insert-people.js';
import {
  countMatches,
  countNameMatches,
  peopleSearch,
  peopleSearchPerRow,
} from '../src/modules/people/people-search.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

const FIRST = ['Anna', 'Annija', 'Olga', 'Ivan'];
const LAST = ['Bērziņa', 'Ivanova', 'Liepa'];

/**
 * Quick search has two SQL forms (the union of index ranges for rare prefixes, per-row checks while
 * walking the newest-first index for common ones); listPeople picks one by the match count, so
 * both must find exactly the same people.
 */
describeEachDialect('people quick search forms', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    const people = Array.from({ length: 60 }, (_, i) => {
      const p = blankPerson(`per_${String(i).padStart(3, '0')}`, null, 1000 + i);
      const email = `${FIRST[i % 4]!.toLowerCase()}.${i}@example.com`;
      return {
        ...p,
        firstName: FIRST[i % 4]!,
        lastName: LAST[i % 3]!,
        email: i % 5 ? email : null,
        emails: i % 5 ? [{ email, primary: true }] : [],
        phone: `+3712000${String(i).padStart(4, '0')}`,
        phones: [{ phone: `+3712000${String(i).padStart(4, '0')}`, primary: true }],
      };
    });
    await insertPeopleBulk(t.db, people);
    const company = (id: string, name: string) => ({
      id,
      name,
      searchName: name.toLowerCase(),
      tags: '[]',
      custom: '{}',
      version: 1,
      createdAt: 1000,
      updatedAt: 1000,
    });
    await t.db
      .insertInto('companies')
      .values([company('com_1', 'Baltic Logistics'), company('com_2', 'Amber Foods')])
      .execute();
    // Every third person works at Baltic Logistics, every seventh at Amber Foods.
    const links = people.flatMap((p, i) => [
      ...(i % 3 === 0 ? [{ personId: p.id, companyId: 'com_1', role: null, createdAt: 1000 }] : []),
      ...(i % 7 === 0 ? [{ personId: p.id, companyId: 'com_2', role: null, createdAt: 1000 }] : []),
    ]);
    await t.db.insertInto('personCompanies').values(links).execute();
  });
  afterAll(() => t.close());

  const ids = async (where: ReturnType<typeof peopleSearch>) =>
    (await t.db.selectFrom('people').select('id').where(where).orderBy('id').execute()).map((r) => r.id);

  it('finds the same people with the union and the per-row form', async () => {
    for (const q of [
      'anna',
      'Anna B',
      'ivan',
      'Liepa Olga',
      'olga.2',
      '+37120000011',
      'zzz',
      'baltic l',
      'Amber',
    ]) {
      const union = await ids(peopleSearch(q, dialect));
      expect(await ids(peopleSearchPerRow(q, dialect)), q).toEqual(union);
      // With the arms countMatches says can match (what listPeople passes), and with company probes.
      const c = await countMatches(t.db, q, dialect, 1000);
      const known = { emails: c.emails > 0, phones: c.phones > 0, companies: c.companies > 0 };
      expect(await ids(peopleSearchPerRow(q, dialect, known)), `${q} (known arms)`).toEqual(union);
      const probe = { emails: true, phones: true, companies: 'many' as const };
      expect(await ids(peopleSearchPerRow(q, dialect, probe)), `${q} (company probe)`).toEqual(union);
      if (q === 'baltic l') expect(union.length).toBe(20);
      if (q === 'anna') expect(union.length).toBe(15); // not Annija
      if (q === 'zzz') expect(union).toEqual([]);
    }
  });

  it('counts name matches per index range up to the cap', async () => {
    // "anna": 15 first names (emails are not counted); each range stops at the cap.
    expect(await countNameMatches(t.db, 'anna', dialect, 1000)).toBe(15);
    expect(await countNameMatches(t.db, 'anna', dialect, 10)).toBe(10);
    expect(await countNameMatches(t.db, 'liepa', dialect, 1000)).toBe(20); // "last first"
    expect(await countNameMatches(t.db, '+37120000011', dialect, 10)).toBe(0);
    expect(await countNameMatches(t.db, 'zzz', dialect, 10)).toBe(0);
    // People at a company whose name matches count too ("baltic": 20 of them), capped alike.
    expect(await countMatches(t.db, 'baltic', dialect, 1000)).toEqual({
      names: 0,
      companies: 20,
      emails: 0,
      phones: 0,
    });
    expect(await countMatches(t.db, 'baltic', dialect, 5)).toMatchObject({ companies: 5 });
    // Emails and phones: only whether any matches (at most 1).
    expect(await countMatches(t.db, 'olga.', dialect, 1000)).toMatchObject({ emails: 1, phones: 0 });
    expect(await countMatches(t.db, '+3712000', dialect, 1000)).toMatchObject({ emails: 0, phones: 1 });
  });
});
