/**
 * What real integrations send and expect of the facade (issue 13, item 9), on PGlite and
 * PostgreSQL: `q` in the colon form municipal integrations use (`q=PersonId:199001011234`)
 * returns the same rows as the contract's quoted form, with `and` and dates; the grammar is in
 * the OpenAPI description of `q`; the documentation (`/docs`, `/openapi.json`) answers over TLS
 * without a client certificate while the API still refuses a caller without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@lcs/platform';
import { sql } from 'drizzle-orm';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { demoKey, facadeClient, facadeFetch } from './helpers/facade.ts';

let s: TestStack;
let api: ReturnType<typeof facadeClient>;

beforeAll(async () => {
  s = await startTestStack({ clients: 12 });
  api = facadeClient(s.facadeUrl!, 'demo', '8873');
});
afterAll(async () => {
  await s?.close();
});

async function ids(q: string, path = '/api/v1/clients'): Promise<number[]> {
  const r = await api(`${path}?limit=500&q=${encodeURIComponent(q)}`);
  expect(r.status, await r.clone().text()).toBe(200);
  return ((await r.json()) as { Id: number }[]).map((x) => x.Id).sort((a, b) => a - b);
}

describe(`q in the colon form on ${DB_KIND}`, () => {
  it('returns the same rows as the quoted form: identity number, and-joined terms, dates', async () => {
    const [client] = rowsOf<{ person_id: string; last_name: string }>(
      await s.asTenant('demo', (tx) =>
        tx.execute(sql`select person_id, last_name from care.client where not deleted order by id limit 1`),
      ),
    ) as [{ person_id: string; last_name: string }];
    const pnr = String(client.person_id).replace('-', '');
    const one = await ids(`PersonId='${client.person_id}'`);
    expect(one.length).toBe(1);
    expect(await ids(`PersonId:${client.person_id}`)).toEqual(one);
    // the form integrations send: twelve digits, no hyphen, answered like the quoted form
    expect(await ids(`PersonId:${pnr}`)).toEqual(await ids(`PersonId='${pnr}'`));
    expect(await ids(`PersonId:${pnr}`)).toEqual(one);
    // terms joined by and (any case), mixed forms, quoted colon values with spaces and quotes
    expect(await ids(`PersonId:${client.person_id} AND LastName='${client.last_name}'`)).toEqual(one);
    expect(await ids(`LastName:'${client.last_name}' and PersonId:${pnr}`)).toEqual(one);
    expect(await ids(`LastName:'O''Brien Nobody'`)).toEqual(await ids(`LastName='O''Brien Nobody'`));
    // dates
    const [ex] = rowsOf<{ d: string }>(
      await s.asTenant('demo', (tx) =>
        tx.execute(
          sql`select to_char(start_date, 'YYYY-MM-DD') as d from provider.execution where start_date is not null and
            not deleted order by id limit 1`,
        ),
      ),
    ) as [{ d: string }];
    const byDate = await ids(`StartDate='${ex.d}'`, '/api/v1/executions');
    expect(byDate.length).toBeGreaterThan(0);
    expect(await ids(`StartDate:${ex.d}`, '/api/v1/executions')).toEqual(byDate);
    expect(await ids(`Active:true`)).toEqual(await ids(`Active='true'`));
  });

  it('refuses what is neither form with 400 naming q', async () => {
    for (const q of ['PersonId', 'PersonId:', "PersonId:'open", 'PersonId:1 or PersonId:2', ':1']) {
      const r = await api(`/api/v1/clients?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(400);
      expect(await r.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'q' });
    }
  });

  it('documents the grammar in the OpenAPI description of q', async () => {
    const doc = await (await facadeFetch(`${new URL(s.facadeUrl!).origin}/openapi.json`)).json();
    const q = doc.paths['/api/v1/clients'].get.parameters.find(
      (p: { name: string; in: string }) => p.name === 'q' && p.in === 'query',
    );
    expect(q.description).toContain('`Field:Value`');
    expect(q.description).toContain("`Field='Value'`");
    expect(q.description).toMatch(/`and`/);
    expect(q.description).toMatch(/yyyy-MM-dd/);
    expect(q.description).toMatch(/written twice/);
  });
});

describe(`public documentation, certificate-bound API on ${DB_KIND}`, () => {
  it('serves /docs and /openapi.json over TLS to a client without a certificate', async () => {
    const origin = new URL(s.facadeUrl!).origin;
    const anonymous = { ca: s.pki.ca.cert };
    const docs = await facadeFetch(`${origin}/docs`, { identity: anonymous });
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    const spec = await facadeFetch(`${origin}/openapi.json`, { identity: anonymous });
    expect(spec.status).toBe(200);
    expect((await spec.json()).openapi).toMatch(/^3\./);
  });

  it('refuses the API without a client certificate (401, even with a valid key); serves it with one', async () => {
    const key = demoKey(s.facadeUrl!, 'demo', '8873');
    const anonymous = await facadeFetch(`${s.facadeUrl}/api/v1/clients?domain=demo&limit=1`, {
      headers: { 'x-api-key': key },
      identity: { ca: s.pki.ca.cert },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/problem\+json/);
    const body = await anonymous.json();
    expect(body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(body.detail).toMatch(/client certificate/);
    expect(JSON.stringify(body)).not.toMatch(/"Id"/);
    const withCert = await facadeFetch(`${s.facadeUrl}/api/v1/clients?domain=demo&limit=1`, {
      headers: { 'x-api-key': key },
    });
    expect(withCert.status).toBe(200);
  });
});
