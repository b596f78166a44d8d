import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { colleaguesProbe, emailProbe, phoneProbe } from '../src/modules/people/duplicates/find-candidates.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';
import { queryPlan } from './query-plan.js';

/**
 * Duplicate detection must stay index-only at a million people: every candidate source is an
 * equality probe, never a scan (PostgreSQL is told to avoid sequential scans, as in people-indexes).
 */
describeEachDialect('duplicate candidate query plans', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(() => t.close());

  const plan = (query: { compile(): CompiledQuery }) => queryPlan(t.db, dialect, query);
  const scans = (p: string) => (dialect === 'sqlite' ? /SCAN \w+\b(?! USING)/.test(p) : /Seq Scan/.test(p));

  it('probes emails, phones and colleagues through indexes', async () => {
    for (const q of [emailProbe(t.db, 'per_1'), phoneProbe(t.db, 'per_1'), colleaguesProbe(t.db, 'com_1')]) {
      const p = await plan(q);
      expect(scans(p), p).toBe(false);
    }
  });
});
