import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: two forks keep the machine responsive and PostgreSQL uncontended.
    pool: 'forks',
    maxWorkers: 2,
  },
});
