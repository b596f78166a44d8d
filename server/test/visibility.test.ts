import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { applyVisibility, visibleOwnerIds } from '../src/platform/auth/visibility.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

interface Notes {
  notes: { id: string; ownerId: string | null };
}

describeEachDialect('record visibility', (dialect) => {
  let t: TestContext;
  let db: Kysely<Notes>;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    db = t.db as unknown as Kysely<Notes>;
    const now = t.clock.now();
    const user = (id: string) => ({
      id,
      email: `${id}@x.io`,
      name: id,
      role: 'agent',
      passwordHash: 'x',
      active: 1,
      locale: 'en',
      theme: 'auto',
      createdAt: now,
      updatedAt: now,
    });
    await t.db.insertInto('users').values(['u1', 'u2', 'u3', 'u4'].map(user)).execute();
    await t.db
      .insertInto('teams')
      .values([
        { id: 'tA', name: 'A', createdAt: now, updatedAt: now },
        { id: 'tB', name: 'B', createdAt: now, updatedAt: now },
      ])
      .execute();
    // u1 and u2 in team A; u3 in team B; u4 in no team.
    await t.db
      .insertInto('teamMembers')
      .values([
        { teamId: 'tA', userId: 'u1' },
        { teamId: 'tA', userId: 'u2' },
        { teamId: 'tB', userId: 'u3' },
      ])
      .execute();
    // A throwaway table standing in for a later module's records.
    await db.schema
      .createTable('notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text')
      .execute();
    await db
      .insertInto('notes')
      .values([
        { id: 'n1', ownerId: 'u1' },
        { id: 'n2', ownerId: 'u2' },
        { id: 'n3', ownerId: 'u3' },
        { id: 'n4', ownerId: 'u4' },
        { id: 'n5', ownerId: null },
      ])
      .execute();
  });
  afterEach(() => t.close());

  const visible = async (p: { scope: 'all' | 'team' | 'own'; userId: string | null; teamIds: string[] }) => {
    const rows = await applyVisibility(db.selectFrom('notes').select('id'), p, 'notes.ownerId')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  };

  it('all sees everything, own sees own, team sees the teams members', async () => {
    expect(await visible({ scope: 'all', userId: 'u1', teamIds: ['tA'] })).toEqual([
      'n1',
      'n2',
      'n3',
      'n4',
      'n5',
    ]);
    expect(await visible({ scope: 'own', userId: 'u2', teamIds: ['tA'] })).toEqual(['n2']);
    expect(await visible({ scope: 'team', userId: 'u1', teamIds: ['tA'] })).toEqual(['n1', 'n2']);
    expect(await visible({ scope: 'team', userId: 'u1', teamIds: ['tA', 'tB'] })).toEqual(['n1', 'n2', 'n3']);
    expect(await visible({ scope: 'team', userId: 'u4', teamIds: [] })).toEqual(['n4']);
    expect(await visible({ scope: 'own', userId: null, teamIds: [] })).toEqual([]);
  });

  it('visibleOwnerIds agrees with applyVisibility', async () => {
    expect(await visibleOwnerIds(t.db, { scope: 'all', userId: 'u1', teamIds: ['tA'] })).toBeNull();
    expect(await visibleOwnerIds(t.db, { scope: 'own', userId: 'u3', teamIds: ['tB'] })).toEqual(['u3']);
    expect(await visibleOwnerIds(t.db, { scope: 'team', userId: 'u1', teamIds: ['tA'] })).toEqual([
      'u1',
      'u2',
    ]);
    expect(await visibleOwnerIds(t.db, { scope: 'team', userId: 'u4', teamIds: [] })).toEqual(['u4']);
  });
});
