/**
 * The facade's behaviour beyond the happy path: licence checks, clear 4xx errors, the `q` syntax,
 * paging (limit bounds, offset, keyset Link header), removed and deprecated APIs, the
 * de-identified package and the platform's own 8974 route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeRequest } from './helpers/facade.ts';

let s: TestStack;
let get: (pkg: string, path: string, init?: RequestInit) => Promise<Response>;
beforeAll(async () => {
  s = await startTestStack({ clients: 20 });
  get = (pkg, path, init) => facadeClient(s.facadeUrl!, 'demo', pkg)(path, init);
});
afterAll(async () => {
  await s?.close();
});

const problemOf = async (r: Response) => {
  expect(r.headers.get('content-type')).toMatch(/problem\+json/);
  const body = await r.json();
  expect(body.detail.length).toBeGreaterThan(5);
  return body;
};

describe(`facade behaviour on ${DB_KIND}`, () => {
  it('answers unknown paths 404, wrong methods 405, unlicensed paths 403, all with a body that says why', async () => {
    const unknown = await get('8873', '/api/v1/no_such_thing');
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).detail).toMatch(/no route/);
    const method = await get('8873', '/api/v1/clients', { method: 'DELETE' });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('GET');
    const unlicensed = await get('9018', '/api/v1/clients');
    expect(unlicensed.status).toBe(403);
    expect((await problemOf(unlicensed)).detail).toMatch(/package 9018 does not include GET \/api\/v1\/clients/);
    const outside = await facadeRequest(`${s.facadeUrl!.replace('/WE.EC.Integration.Host', '')}/elsewhere`, {
      headers: { 'x-api-key': s.demoKeys.demo!['8873']! },
    });
    expect(outside.status).toBe(404);
  });

  it('keeps personal data out of caches: no-store on lists; nosniff everywhere, HSTS over TLS', async () => {
    const list = await get('8873', '/api/v1/clients?limit=2');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('no-store');
    expect(list.headers.get('x-content-type-options')).toBe('nosniff');
    expect(list.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const [first] = (await list.json()) as { Id: number }[];
    const one = await get('8873', `/api/v1/clients/${first!.Id}`);
    expect(one.headers.get('cache-control')).toBe('private, no-cache'); // revalidated by its ETag
    expect(one.headers.get('etag')).toBeTruthy();
    const refused = await get('9018', '/api/v1/clients');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    const gw = await fetch(new URL('/healthz', s.gatewayUrl));
    expect(gw.headers.get('x-content-type-options')).toBe('nosniff');
    expect(gw.headers.get('strict-transport-security')).toBeNull(); // plain HTTP: HSTS means nothing there
  });

  it('rejects bad parameters with 400 and the parameter named', async () => {
    for (const [q, field] of [
      ['limit=0', 'limit'],
      ['limit=100000', 'limit'],
      ['limit=abc', 'limit'],
      ['offset=-1', 'offset'],
      ['gt=yesterday', 'gt'],
      ['lt=2026-13-45', 'lt'],
    ] as const) {
      const r = await get('8873', `/api/v1/clients?${q}`);
      expect(r.status, q).toBe(400);
      expect((await problemOf(r)).field, q).toBe(field);
    }
    const notAcceptable = await get('8873', '/api/v1/clients', { headers: { accept: 'image/png' } });
    expect(notAcceptable.status).toBe(406);
  });

  it('filters with q on searchable fields, and says "Invalid query format" otherwise', async () => {
    const [first] = await (await get('8873', '/api/v1/clients?limit=1')).json();
    const byPerson = await (
      await get('8873', `/api/v1/clients?q=${encodeURIComponent(`PersonId='${first.PersonId}'`)}`)
    ).json();
    expect(byPerson.map((c: { Id: number }) => c.Id)).toEqual([first.Id]);
    const both = await (
      await get(
        '8873',
        `/api/v1/clients?q=${encodeURIComponent(`FirstName='${first.FirstName}' and LastName='${first.LastName}'`)}`,
      )
    ).json();
    expect(
      both.every(
        (c: { FirstName: string; LastName: string }) =>
          c.FirstName === first.FirstName && c.LastName === first.LastName,
      ),
    ).toBe(true);
    expect(both.length).toBeGreaterThan(0);
    const byId = await (await get('8873', `/api/v1/clients?q=${encodeURIComponent(`Id='${first.Id}'`)}`)).json();
    expect(byId).toHaveLength(1);
    for (const bad of ['PersonId=1', "PersonId='1' or Active='true'", "Nonsense='x'", "MaritalStatus='Gift'"]) {
      const r = await get('8873', `/api/v1/clients?q=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect((await problemOf(r)).detail, bad).toMatch(/Invalid query format/);
    }
  });

  it('pages by offset and by the keyset cursor in the Link header, keeping the base URL', async () => {
    const all = await (await get('8873', '/api/v1/executed_services?limit=5000')).json();
    expect(all.length).toBeGreaterThan(100);
    const byOffset = await (await get('8873', '/api/v1/executed_services?limit=50&offset=50')).json();
    expect(byOffset.map((x: { Id: number }) => x.Id)).toEqual(all.slice(50, 100).map((x: { Id: number }) => x.Id));
    const seen: number[] = [];
    let next: string | null = '/api/v1/executed_services?limit=100';
    while (next) {
      const r: Response = await get('8873', next);
      seen.push(...(await r.json()).map((x: { Id: number }) => x.Id));
      const link = r.headers.get('link');
      const m = link
        ? /<\/WE\.EC\.Integration\.Host(\/api\/v1\/executed_services\?[^>]*)>; rel="next"/.exec(link)
        : null;
      expect(link ?? '').not.toMatch(/key=/);
      next = m ? m[1]!.replace(/&?domain=demo/, '') : null;
    }
    expect(seen).toEqual(all.map((x: { Id: number }) => x.Id));
  });

  it('answers removed V1 personnel APIs with 410 naming the V2 path, and marks deprecated ones', async () => {
    const gone = await get('8961', '/api/v1/personnels');
    expect(gone.status).toBe(410);
    const body = await problemOf(gone);
    expect(body.detail).toMatch(/removed on 2024-05-01; use \/api\/v2\/personnel/);
    expect(gone.headers.get('link')).toMatch(/\/api\/v2\/personnel>; rel="successor-version"/);
    expect((await get('8931', '/api/v1/provider_personnels')).status).toBe(410);
    const deprecated = await get('8873', '/api/v1/executing_providers?limit=1');
    expect(deprecated.status).toBe(200);
    expect(deprecated.headers.get('deprecation')).toMatch(/^@\d+$/);
    expect(deprecated.headers.get('sunset')).toMatch(/GMT$/);
    expect(deprecated.headers.get('link')).toMatch(/rel="successor-version"/);
  });

  it('serves package 8900 without a name or identity number', async () => {
    const r = await get('8900', '/api/v1/hsl_performed_services?limit=200');
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(JSON.parse(text).length).toBeGreaterThan(0);
    expect(text).not.toMatch(/"(PersonId|FirstName|LastName|FullName|PatientName|PersonName)"/);
    expect(text).not.toMatch(/\b(19|20)\d{10}\b/); // no identity number anywhere
    const clients = await (await get('8873', '/api/v1/clients?limit=5000')).json();
    for (const c of clients) expect(text).not.toContain(c.LastName);
  });

  it('serves package 8974: patients with an ongoing HSL journal, with name and identity number from care', async () => {
    const r = await get('8974', '/api/v1/hsl_patients?limit=100');
    expect(r.status).toBe(200);
    const patients = await r.json();
    expect(patients.length).toBeGreaterThan(0);
    for (const p of patients) {
      expect(p.PersonId).toMatch(/^\d{12}$/);
      expect(p.FullName).toBeTruthy();
      expect(p.Deleted).toBe(false);
    }
    const one = await get('8974', `/api/v1/hsl_patients/${patients[0].Id}`);
    expect(await one.json()).toEqual(patients[0]);
    expect((await get('8974', '/api/v1/hsl_patients/999999999')).status).toBe(404);
  });
});
