import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { streamCsv } from '../../src/platform/lists/csv-export.js';

// A synthetic selection of 2,000,000 rows: far more than memory would allow if the export buffered.
const PAGES = 1000;
const PAGE = 2000;
let fetched = 0;
const app = Fastify({ logger: false });
app.get('/export', (_req, reply) =>
  streamCsv(reply, {
    filename: 'big.csv',
    columns: [
      { header: 'n', value: (r: { n: number }) => r.n },
      { header: 'pad', value: () => 'x'.repeat(50) },
    ],
    fetchPage: async (cursor) => {
      fetched++;
      const page = cursor ? Number(cursor) : 0;
      const data = Array.from({ length: PAGE }, (_, i) => ({ n: page * PAGE + i }));
      return { data, nextCursor: page + 1 < PAGES ? String(page + 1) : null };
    },
  }),
);
let url = '';
beforeAll(async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/export`;
});
afterAll(() => app.close());

const settle = () => new Promise((r) => setTimeout(r, 300));

it('pulls pages only as fast as the client reads, and stops when the client goes away', async () => {
  const firstChunk = await new Promise<string>((resolve, reject) => {
    const req = http.get(url, (res) => {
      res.pause();
      res.once('readable', () => {
        const chunk = String(res.read());
        // Hold the connection without reading: the server must stop at its buffers, not walk on.
        settle().then(() => {
          const whilePaused = fetched;
          expect(whilePaused).toBeGreaterThan(0);
          expect(whilePaused).toBeLessThan(50); // 50 pages would be 100,000 rows buffered
          req.destroy();
          resolve(chunk);
        });
      });
    });
    req.on('error', (err) => (err.message.includes('aborted') ? undefined : reject(err)));
  });
  expect(firstChunk.startsWith('n,pad\n0,')).toBe(true);
  await settle();
  const afterAbort = fetched;
  await settle();
  expect(fetched).toBe(afterAbort); // the page walk ended with the connection
  expect(fetched).toBeLessThan(PAGES);
});
