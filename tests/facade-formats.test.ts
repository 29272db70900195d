/**
 * The REST facade's representations, black-box over HTTP: JSON by default, XML as the contract
 * produces it (parsed back and compared with the JSON), CSV, 406 with what is offered, gzip and
 * brotli (decompressed and compared, buffered and streamed pages), ETag and If-None-Match → 304.
 * Runs on PGlite and on PostgreSQL (vitest projects).
 */
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';
import { escapeText, xmlDocument, xmlListChunks } from '@lcs/rest-facade/xml';
import { csvChunks } from '@lcs/rest-facade/csv';
import { STREAM_MIN_ITEMS } from '@lcs/rest-facade/respond';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeRequest } from './helpers/facade.ts';

/** What fast-xml-parser makes of a document: elements by name, their text or children. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk parsed XML of many shapes
type ParsedXml = Record<string, any>;

// fast-xml-parser is the facade's dependency, not the root's: resolve it from there.
const { XMLParser } = createRequire(new URL('../rest-facade/package.json', import.meta.url))('fast-xml-parser') as {
  XMLParser: new (options: Record<string, unknown>) => { parse(xml: string): ParsedXml };
};

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 10, tenants: ['demo'] });
});
afterAll(async () => {
  await s?.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * GET over mutual TLS with package 8873's demo key and exactly these headers; the body as sent (fetch would decompress
 * it).
 */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  const url = `${s.facadeUrl}${path}${path.includes('?') ? '&' : '?'}domain=demo`;
  return facadeRequest(url, { headers: { 'x-api-key': s.demoKeys.demo!['8873']!, ...headers } });
}

const json = (r: Raw) => JSON.parse(r.body.toString('utf8'));
const CLIENT = 'WE.EC.Integration.Contracts.Client.V1.Client';
const EXECUTED_SERVICE = 'WE.EC.Integration.Contracts.ExecutedService.V1.ExecutedService';

// --- XML back to the contract's JSON shape, by the contract (independent of the facade's writer) ---

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
});
const isNil = (n: unknown) =>
  typeof n === 'object' && n !== null && (n as Record<string, unknown>)['@_i:nil'] === 'true';
const children = (n: Record<string, unknown>) => Object.keys(n).filter((k) => !k.startsWith('@_'));

function fromXml(s: ContractSchema, node: unknown): unknown {
  if (isNil(node)) return null;
  if (s.$ref) return fromXmlDef(refName(s.$ref), node);
  if (s.type === 'array') {
    if (node === '') return [];
    const keys = children(node as Record<string, unknown>);
    expect(keys).toHaveLength(1);
    if (s.xml?.name) expect(keys[0]).toBe(s.xml.name);
    const items = (node as Record<string, unknown>)[keys[0]!];
    return (Array.isArray(items) ? items : [items]).map((x) => fromXml(s.items ?? {}, x));
  }
  switch (s.type) {
    case 'integer':
    case 'number':
      return Number(node);
    case 'boolean':
      return node === 'true';
    default:
      return String(node);
  }
}

function fromXmlDef(def: string, node: unknown): Record<string, unknown> | null {
  if (isNil(node)) return null;
  const n = (node === '' ? {} : node) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [p, ps] of Object.entries(properties(contract().definitions[definitionName(def)]!)))
    if (p in n) out[p] = fromXml(ps, n[p]);
  return out;
}

// --- CSV (RFC 4180) ---

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const at = (o: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k]), o);
const cellOf = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

describe(`facade representations on ${DB_KIND}`, () => {
  it('JSON by default, for */*, for application/json and when the Accept header is missing', async () => {
    const bare = await get('/api/v1/clients');
    expect(bare.status).toBe(200);
    expect(bare.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json(bare)).toHaveLength(10);
    for (const accept of ['*/*', 'application/json', 'application/json; charset=utf-8', 'text/html, */*;q=0.1', '']) {
      const r = await get('/api/v1/clients', { accept });
      expect(r.status, accept).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(r.body.equals(bare.body)).toBe(true);
    }
    const textJson = await get('/api/v1/clients', { accept: 'text/json' });
    expect(textJson.headers['content-type']).toBe('text/json; charset=utf-8');
    expect(String(bare.headers.vary)).toMatch(/Accept, Accept-Encoding/);
  });

  it('XML for application/xml and text/xml: ArrayOf<item> of <item> elements that read back as the JSON', async () => {
    const list = json(await get('/api/v1/clients'));
    const r = await get('/api/v1/clients', { accept: 'application/xml' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/xml; charset=utf-8');
    const text = r.body.toString('utf8');
    expect(
      text.startsWith(
        '<?xml version="1.0" encoding="utf-8"?><ArrayOfClient xmlns:i="http://www.w3.org/2001/XMLSchema-instance">',
      ),
    ).toBe(true);
    const doc = parser.parse(text);
    const items = doc.ArrayOfClient.Client as unknown[];
    expect(items).toHaveLength(list.length);
    expect(items.map((x) => fromXmlDef(CLIENT, x))).toEqual(list);
    // arrays are wrapped in their property, items named by the contract's hint; null is i:nil
    expect(text).toMatch(/<Addresses><Address><StreetAddress>/);
    expect(list.some((c: { Deregistration: unknown }) => c.Deregistration === null)).toBe(true);
    expect(text).toContain('<Deregistration i:nil="true"/>');

    const t = await get('/api/v1/clients', { accept: 'text/xml' });
    expect(t.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(t.body.equals(r.body)).toBe(true);

    // a single resource is the definition's element
    const one = await get(`/api/v1/clients/${list[0].Id}`, { accept: 'application/xml' });
    const single = parser.parse(one.body.toString('utf8'));
    expect(Object.keys(single).filter((k) => k !== '?xml')).toEqual(['Client']);
    expect(fromXmlDef(CLIENT, single.Client)).toEqual(json(await get(`/api/v1/clients/${list[0].Id}`)));
  });

  it('XML of a large (streamed) page reads back as its JSON', async () => {
    const path = `/api/v1/executed_services?limit=${STREAM_MIN_ITEMS + 50}`;
    const list = json(await get(path));
    expect(list.length).toBeGreaterThanOrEqual(STREAM_MIN_ITEMS);
    const r = await get(path, { accept: 'application/xml' });
    expect(r.headers['transfer-encoding']).toBe('chunked');
    const items = parser.parse(r.body.toString('utf8')).ArrayOfExecutedService.ExecutedService as unknown[];
    expect(items.map((x) => fromXmlDef(EXECUTED_SERVICE, x))).toEqual(list);
  });

  it('XML text is escaped by the writer, never spliced: markup, CR and characters XML cannot carry', () => {
    const nasty = 'a<b>&c"d\'e]]>\r\n\u0001f';
    const body = { Id: 1, FirstName: nasty, LastName: '', FullName: null, Addresses: [], Phones: null };
    const doc = xmlDocument(CLIENT, body);
    expect(doc).not.toContain('<b>');
    expect(doc).toContain('<Addresses/>');
    expect(doc).toContain('<Phones i:nil="true"/>');
    const back = fromXmlDef(CLIENT, parser.parse(doc).Client);
    expect(back).toEqual({ ...body, FirstName: nasty.replace('\u0001', '\uFFFD') });
    expect(escapeText('plain')).toBe('plain');
    const empty = [...xmlListChunks(CLIENT, [])].join('');
    expect(parser.parse(empty).ArrayOfClient).toBeDefined();
  });

  it('CSV: a header row of contract properties, nested objects as dotted columns, arrays as JSON', async () => {
    const path = '/api/v1/executed_services?limit=50';
    const list = json(await get(path));
    const r = await get(path, { accept: 'text/csv' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const rows = parseCsv(r.body.toString('utf8'));
    const [header, ...data] = rows;
    expect(header).toContain('OrganizationUnit.Id');
    expect(header).toContain('Personnel.FullName');
    expect(header![0]).toBe('Id');
    expect(data).toHaveLength(list.length);
    data.forEach((row, i) => header!.forEach((h, k) => expect(row[k], `${i}:${h}`).toBe(cellOf(at(list[i], h)))));

    // arrays are one JSON cell; a null nested object leaves its columns empty
    const clients = json(await get('/api/v1/clients'));
    const c = parseCsv((await get('/api/v1/clients', { accept: 'text/csv' })).body.toString('utf8'));
    const addr = c[0]!.indexOf('Addresses');
    expect(addr).toBeGreaterThan(-1);
    expect(c[0]!.some((h) => h.startsWith('Deregistration.'))).toBe(true);
    c.slice(1).forEach((row, i) => expect(JSON.parse(row[addr]!)).toEqual(clients[i].Addresses));
    expect([...csvChunks(CLIENT, [])].join('')).toBe(`${c[0]!.join(',')}\r\n`);
  });

  it('406 with a problem body listing what is offered when nothing acceptable is asked; q-values count', async () => {
    for (const accept of ['text/html', 'application/json;q=0', 'image/*, application/pdf']) {
      const r = await get('/api/v1/clients', { accept });
      expect(r.status, accept).toBe(406);
      expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      const p = json(r);
      expect(p).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE' });
      expect(p.offered).toEqual(['application/json', 'text/json', 'application/xml', 'text/xml', 'text/csv']);
    }
    const pick = async (accept: string) => (await get('/api/v1/clients', { accept })).headers['content-type'];
    expect(await pick('application/json;q=0.5, application/xml')).toMatch(/^application\/xml/);
    expect(await pick('application/xml;q=0.5, application/json;q=0.8')).toMatch(/^application\/json/);
    expect(await pick('text/*;q=0.5, text/csv')).toMatch(/^text\/csv/);
    expect(await pick('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toMatch(/^application\/xml/);
  });

  it('gzip and br when accepted (br preferred), decompressing to the same bytes; tiny bodies stay plain', async () => {
    for (const path of ['/api/v1/clients', `/api/v1/executed_services?limit=${STREAM_MIN_ITEMS + 50}`]) {
      for (const accept of ['application/json', 'application/xml', 'text/csv']) {
        const plain = await get(path, { accept });
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body.length).toBeGreaterThan(1024);
        const br = await get(path, { accept, 'accept-encoding': 'gzip, deflate, br' });
        expect(br.headers['content-encoding'], `${path} ${accept}`).toBe('br');
        expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
        expect(br.body.length).toBeLessThan(plain.body.length / 3);
        const gz = await get(path, { accept, 'accept-encoding': 'gzip' });
        expect(gz.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
        expect(String(gz.headers.vary)).toMatch(/Accept, Accept-Encoding/);
      }
    }
    // the client's q-values win over our preference; identity;q=0 alone still gets an answer
    expect((await get('/api/v1/clients', { 'accept-encoding': 'br;q=0.5, gzip' })).headers['content-encoding']).toBe(
      'gzip',
    );
    expect(
      (await get('/api/v1/clients', { 'accept-encoding': 'identity' })).headers['content-encoding'],
    ).toBeUndefined();
    const id = json(await get('/api/v1/clients'))[0].Id;
    const small = await get(`/api/v1/clients/${id}`, { 'accept-encoding': 'br, gzip' });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(Number(small.headers['content-length'])).toBe(small.body.length);
  });

  it('strong ETag on a single resource, If-None-Match → 304 without a body; none on lists', async () => {
    const id = json(await get('/api/v1/clients'))[0].Id;
    const path = `/api/v1/clients/${id}`;
    const first = await get(path);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect((await get(path)).headers.etag).toBe(etag);
    for (const inm of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const r = await get(path, { 'if-none-match': inm });
      expect(r.status, inm).toBe(304);
      expect(r.body.length).toBe(0);
      expect(r.headers.etag).toBe(etag);
      expect(String(r.headers.vary)).toMatch(/Accept, Accept-Encoding/);
    }
    expect((await get(path, { 'if-none-match': '"nope"' })).status).toBe(200);
    // each representation has its own validator
    const xml = await get(path, { accept: 'application/xml' });
    expect(xml.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(xml.headers.etag).not.toBe(etag);
    expect((await get(path, { accept: 'application/xml', 'if-none-match': etag })).status).toBe(200);
    expect((await get(path, { accept: 'application/xml', 'if-none-match': xml.headers.etag as string })).status).toBe(
      304,
    );
    expect((await get('/api/v1/clients')).headers.etag).toBeUndefined();
  });
});
