import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  crypto.randomBytes(20_000), // bigger than one sniff window
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describeEachDialect('attachments', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let viewer: Session;
  let anna: string;
  let acme: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'agent@x.io', role: 'agent' });
    agent = await login(t, 'agent@x.io', 'password-123');
    await createUser(t, admin, { email: 'viewer@x.io', role: 'viewer' });
    viewer = await login(t, 'viewer@x.io', 'password-123');
    anna = (
      await as(t, admin, { method: 'POST', url: '/api/v1/people', payload: { firstName: 'Anna' } })
    ).json().id;
    acme = (
      await as(t, admin, { method: 'POST', url: '/api/v1/companies', payload: { name: 'Acme' } })
    ).json().id;
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const upload = (url: string, body: Buffer, type: string, who?: Session) =>
    api({ method: 'POST', url, payload: body, headers: { 'content-type': type } }, who);

  it('stores, lists and downloads a file byte for byte, with the event on the timeline', async () => {
    const res = await upload(
      `/api/v1/people/${anna}/attachments?filename=scan%20%C4%81.png`,
      PNG,
      'image/png',
    );
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({
      personId: anna,
      kind: 'file',
      filename: 'scan ā.png',
      contentType: 'image/png',
      size: PNG.length,
      sha256: crypto.createHash('sha256').update(PNG).digest('hex'),
    });
    const files = fs.readdirSync(path.join(t.config.dataDir, 'files'), { recursive: true });
    expect(files.some((f) => String(f).endsWith(a.id))).toBe(true);

    const dl = await api({ url: a.downloadUrl });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PNG)).toBe(true);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="scan _.png"; filename*=UTF-8''scan%20%C4%81.png`,
    );
    expect(dl.headers['x-content-type-options']).toBe('nosniff');

    const list = (await api({ url: `/api/v1/people/${anna}/attachments` })).json();
    expect(list.data.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const timeline = (await api({ url: `/api/v1/people/${anna}/timeline` })).json().data;
    expect(timeline[0]).toMatchObject({
      type: 'attachment.added',
      payload: { attachmentId: a.id, filename: 'scan ā.png' },
    });
  });

  it('stores the sniffed type, not the claimed one, and refuses executables and unknown bytes', async () => {
    const res = await upload(`/api/v1/people/${anna}/attachments?filename=photo.png`, PDF, 'image/png');
    expect(res.statusCode).toBe(201);
    expect(res.json().contentType).toBe('application/pdf');
    expect((await api({ url: res.json().downloadUrl })).headers['content-type']).toBe('application/pdf');
    const csv = await upload(
      `/api/v1/people/${anna}/attachments?filename=list.csv`,
      Buffer.from('a,b\n1,2\n'),
      'application/json',
    );
    expect(csv.json().contentType).toBe('text/csv');
    expect((await api({ url: csv.json().downloadUrl })).headers['content-type']).toBe(
      'text/csv; charset=utf-8',
    );
    const exe = await upload(
      `/api/v1/people/${anna}/attachments?filename=invoice.pdf`,
      Buffer.from('MZ\x90\0\x03'),
      'application/pdf',
    );
    expect(exe.statusCode).toBe(415);
    const bin = await upload(
      `/api/v1/people/${anna}/attachments`,
      Buffer.from([0, 1, 2, 0xfe, 0xff]),
      'application/octet-stream',
    );
    expect(bin.statusCode).toBe(415);
    expect(
      (await upload(`/api/v1/people/${anna}/attachments`, Buffer.alloc(0), 'text/plain')).statusCode,
    ).toBe(400);
    expect((await api({ url: `/api/v1/people/${anna}/attachments` })).json().data).toHaveLength(3);
  });

  it('refuses files over 25 MB with 413 and keeps nothing', async () => {
    const before = (await api({ url: `/api/v1/people/${anna}/attachments` })).json().data.length;
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, 'a');
    const res = await upload(`/api/v1/people/${anna}/attachments?filename=big.txt`, big, 'text/plain');
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
    // Without a Content-Length the limit is enforced while streaming.
    const { Readable } = await import('node:stream');
    const chunks = async function* () {
      for (let i = 0; i < 27; i++) yield Buffer.alloc(1024 * 1024, 'b');
    };
    const streamed = await api({
      method: 'POST',
      url: `/api/v1/people/${anna}/attachments?filename=big2.txt`,
      payload: Readable.from(chunks()),
      headers: { 'content-type': 'text/plain' },
    });
    expect(streamed.statusCode).toBe(413);
    expect((await api({ url: `/api/v1/people/${anna}/attachments` })).json().data).toHaveLength(before);
    const files = fs.readdirSync(path.join(t.config.dataDir, 'files'), { recursive: true });
    expect(files.filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });

  it('answers 404 to a user who cannot see the record, and deletes with an event', async () => {
    const a = (await api({ url: `/api/v1/people/${anna}/attachments` })).json().data[0];
    expect((await api({ url: a.downloadUrl }, agent)).statusCode).toBe(404);
    expect((await api({ url: a.downloadUrl }, viewer)).statusCode).toBe(404);
    expect((await api({ url: `/api/v1/people/${anna}/photo` }, viewer)).statusCode).toBe(404);
    // A viewer who can see the record downloads it, but may not upload or delete.
    const own = (
      await api({ method: 'PATCH', url: `/api/v1/people/${anna}`, payload: { ownerId: viewer.userId } })
    ).json();
    expect(own.ownerId).toBe(viewer.userId);
    expect((await api({ url: a.downloadUrl }, viewer)).statusCode).toBe(200);
    expect(
      (await upload(`/api/v1/people/${anna}/attachments`, PDF, 'application/pdf', viewer)).statusCode,
    ).toBe(403);
    expect((await api({ method: 'DELETE', url: `/api/v1/attachments/${a.id}` }, viewer)).statusCode).toBe(
      403,
    );
    await api({ method: 'PATCH', url: `/api/v1/people/${anna}`, payload: { ownerId: null } });
    expect((await api({ url: `/api/v1/people/${anna}/attachments` }, agent)).statusCode).toBe(404);
    expect(
      (await upload(`/api/v1/people/${anna}/attachments`, PDF, 'application/pdf', agent)).statusCode,
    ).toBe(404);
    expect((await api({ method: 'DELETE', url: `/api/v1/attachments/${a.id}` }, agent)).statusCode).toBe(404);
    expect((await api({ method: 'DELETE', url: `/api/v1/attachments/${a.id}` })).statusCode).toBe(204);
    expect((await api({ url: a.downloadUrl })).statusCode).toBe(404);
    const last = await t.db
      .selectFrom('events')
      .select(['type', 'personId'])
      .orderBy('seq', 'desc')
      .executeTakeFirst();
    expect(last).toEqual({ type: 'attachment.deleted', personId: anna });
  });

  it('keeps one photo per person (images only) and attaches files to companies too', async () => {
    const put = (body: Buffer, type: string) =>
      api({
        method: 'PUT',
        url: `/api/v1/people/${anna}/photo`,
        payload: body,
        headers: { 'content-type': type },
      });
    expect((await put(PDF, 'image/png')).statusCode).toBe(415);
    const first = await put(PNG, 'image/png');
    expect(first.statusCode).toBe(200);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
    const second = await put(gif, 'image/gif');
    expect(second.json()).toMatchObject({ kind: 'photo', contentType: 'image/gif' });
    const shown = await api({ url: `/api/v1/people/${anna}/photo` });
    expect(shown.rawPayload.equals(gif)).toBe(true);
    expect(shown.headers['content-disposition']).toMatch(/^inline;/);
    expect(
      await t.db.selectFrom('attachments').select('id').where('kind', '=', 'photo').execute(),
    ).toHaveLength(1);
    expect((await api({ url: `/api/v1/people/${anna}/photo` }, agent)).statusCode).toBe(404);
    expect((await api({ method: 'DELETE', url: `/api/v1/people/${anna}/photo` })).statusCode).toBe(204);
    expect((await api({ url: `/api/v1/people/${anna}/photo` })).statusCode).toBe(404);

    const c = await upload(
      `/api/v1/companies/${acme}/attachments?filename=contract.pdf`,
      PDF,
      'application/pdf',
    );
    expect(c.json()).toMatchObject({ companyId: acme, personId: null, contentType: 'application/pdf' });
    expect((await api({ url: c.json().downloadUrl })).rawPayload.equals(PDF)).toBe(true);
    expect((await api({ url: `/api/v1/companies/${acme}/timeline` })).json().data[0].type).toBe(
      'attachment.added',
    );
  });

  it('answers hasPhoto on the list and GET, flipping with upload and delete (files do not count)', async () => {
    const bert = (await api({ method: 'POST', url: '/api/v1/people', payload: { firstName: 'Bert' } })).json()
      .id;
    // Anna has an ordinary file but no photo: a file must not count as a photo.
    await upload(`/api/v1/people/${anna}/attachments?filename=a.pdf`, PDF, 'application/pdf');
    const flags = async () => {
      const list = (await api({ url: '/api/v1/people?limit=100' })).json().data as {
        id: string;
        hasPhoto: boolean;
      }[];
      return Object.fromEntries(
        list.filter((p) => [anna, bert].includes(p.id)).map((p) => [p.id, p.hasPhoto]),
      );
    };
    expect(await flags()).toEqual({ [anna]: false, [bert]: false });
    expect((await api({ url: `/api/v1/people/${bert}` })).json().hasPhoto).toBe(false);

    const put = await api({
      method: 'PUT',
      url: `/api/v1/people/${bert}/photo`,
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await flags()).toEqual({ [anna]: false, [bert]: true });
    expect((await api({ url: `/api/v1/people/${bert}` })).json().hasPhoto).toBe(true);
    expect((await api({ url: `/api/v1/people/${anna}` })).json().hasPhoto).toBe(false);

    expect((await api({ method: 'DELETE', url: `/api/v1/people/${bert}/photo` })).statusCode).toBe(204);
    expect(await flags()).toEqual({ [anna]: false, [bert]: false });
  });

  it('moves files and the photo with a merge', async () => {
    const other = (
      await api({ method: 'POST', url: '/api/v1/people', payload: { firstName: 'Anne' } })
    ).json().id;
    const f = (
      await upload(`/api/v1/people/${other}/attachments?filename=a.pdf`, PDF, 'application/pdf')
    ).json();
    await api({
      method: 'PUT',
      url: `/api/v1/people/${other}/photo`,
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    });
    const merged = await api({
      method: 'POST',
      url: '/api/v1/people/merge',
      payload: { survivorId: anna, mergedId: other },
    });
    expect(merged.statusCode).toBe(200);
    const files = (await api({ url: `/api/v1/people/${anna}/attachments` }))
      .json()
      .data.map((x: { id: string }) => x.id);
    expect(files).toContain(f.id);
    expect((await api({ url: `/api/v1/people/${anna}/photo` })).rawPayload.equals(PNG)).toBe(true);
  });

  it('removes the bytes when the record is deleted', async () => {
    const bob = (await api({ method: 'POST', url: '/api/v1/people', payload: { firstName: 'Bob' } })).json()
      .id;
    const f = (
      await upload(`/api/v1/people/${bob}/attachments?filename=a.pdf`, PDF, 'application/pdf')
    ).json();
    const stored = () =>
      fs
        .readdirSync(path.join(t.config.dataDir, 'files'), { recursive: true })
        .some((x) => String(x).endsWith(f.id));
    expect(stored()).toBe(true);
    expect((await api({ method: 'DELETE', url: `/api/v1/people/${bob}` })).statusCode).toBe(204);
    expect(stored()).toBe(false);
    expect(await t.db.selectFrom('attachments').select('id').where('id', '=', f.id).execute()).toEqual([]);
  });
});
