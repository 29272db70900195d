/**
 * Hostile input, black-box over HTTP against the REST facade (mutual TLS + demo keys) and the
 * gateway, on PGlite and PostgreSQL: NUL characters wherever a caller can put text, malformed
 * percent-encoding, JSON and XML nested thousands of levels deep, prototype keys and JSON Patch
 * paths, GraphQL documents over the token and nesting limits, thousands of aliased root fields,
 * values the database refuses (out-of-range numbers, bad syntax), oversized bodies (gateway,
 * facade, SAML ACS). Each gets its 4xx (problem+json from the facade, a GraphQL error with a
 * code from the gateway) naming what was wrong; no answer shows internals; the processes stay up.
 * And: an unexpected failure is masked to an error id that the log line carries, without the
 * request's identity number or name (the log output of this file is captured).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rowsOf } from '@lcs/platform';
import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { captureStreams } from './helpers/output.ts';
import { demoKey, facadeRequest } from './helpers/facade.ts';
import { FIRST_STAFF, providerUnits, reportedVisit, type VisitExecution, type VisitStaff } from './helpers/visits.ts';

let s: TestStack;
/** Everything written to stdout/stderr while this file runs (the platform logs there). */
const output: string[] = [];

interface Answer {
  status: number;
  type: string;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What no answer may contain: SQL, stack frames, source paths, library internals. */
const INTERNALS = [
  /\bselect\s/i,
  /Failed query/i,
  /\bparams:/i,
  /\n\s*at\s/,
  /\bat [\w$.<>]+ \(/,
  /\.[cm]?[jt]s:\d/,
  /node_modules/,
  /Maximum call stack/i,
  /\bpg_|\bSQLSTATE|\b22P02\b|\b22003\b/,
];

/** A raw facade request as `pkg`'s demo system (path exactly as given, not normalised). */
async function facade(
  pkg: string,
  method: string,
  pathAndQuery: string,
  o: { body?: string | Buffer; type?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const base = s.facadeUrl!;
  const sep = pathAndQuery.includes('?') ? '&' : '?';
  const r = await facadeRequest(`${base}${pathAndQuery}${sep}domain=demo`, {
    method,
    headers: {
      'x-api-key': demoKey(base, 'demo', pkg),
      ...(o.type ? { 'content-type': o.type } : {}),
      ...(method !== 'GET' ? { 'idempotency-key': randomUUID() } : {}),
      ...o.headers,
    },
    body: o.body,
  });
  return {
    status: r.status,
    type: String(r.headers['content-type'] ?? ''),
    text: r.body.toString('utf8'),
    headers: r.headers,
  };
}

/** A raw gateway request as a developer of demo. */
async function gateway(
  o: {
    body?: string | Uint8Array;
    method?: string;
    path?: string;
    type?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const url = new URL(s.gatewayUrl);
  const r = await fetch(`${url.origin}${o.path ?? '/graphql'}`, {
    method: o.method ?? 'POST',
    headers: {
      'x-lcs-tenant': 'demo',
      ...(o.body !== undefined ? { 'content-type': o.type ?? 'application/json' } : {}),
      ...o.headers,
    },
    body: typeof o.body === 'string' || o.body === undefined ? o.body : new Blob([Buffer.from(o.body)]),
  });
  return {
    status: r.status,
    type: r.headers.get('content-type') ?? '',
    text: await r.text(),
    headers: Object.fromEntries(r.headers),
  };
}
const gql = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) =>
  gateway({ body: JSON.stringify({ query, variables, ...extra }) });

const nested = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const big = (bytes: number) => JSON.stringify({ ExternalId: 'x'.repeat(bytes) });

/**
 * A valid reported visit body for package 8931 (its unit's execution), for write cases that must pass validation up to
 * the hostile part.
 */
let visit: Record<string, unknown>;
/** A reported visit the patch cases address. */
let visitId: number;

interface Case {
  name: string;
  send: () => Promise<Answer>;
  /** Expected HTTP status. */
  status: number | number[];
  /** Expected error code (problem `code`, or the GraphQL errors' extensions.code). */
  code: string | string[];
  /** Something the answer names: the parameter or field (problem `field`, or in the message). */
  names?: RegExp;
}

const F = 'facade';
const G = 'gateway';
const CLIENTS = '/api/v1/clients';

const cases: [string, Case][] = [
  // — facade: NUL characters in query parameters, q, path segments
  [
    F,
    {
      name: 'NUL in q (quoted form)',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=${encodeURIComponent("PersonId='19900101\u00001234'")}`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /q/,
    },
  ],
  [
    F,
    {
      name: 'NUL in q (colon form)',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=PersonId:abc%00def`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /q/,
    },
  ],
  [
    F,
    {
      name: 'NUL in limit',
      send: () => facade('8873', 'GET', `${CLIENTS}?limit=1%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /limit/,
    },
  ],
  [
    F,
    {
      name: 'a day that is not on the calendar in gt (not rolled over into March)',
      send: () => facade('8873', 'GET', `/api/v1/executions?gt=2027-02-30T08:00:00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /gt must be a date/,
    },
  ],
  [
    G,
    {
      name: 'a DateTime variable that is not ISO 8601 ("1" was read as 2001-01-01)',
      send: () =>
        gql('query Q($at: DateTime) { clients(first: 1, filter: { updateTimeFrom: $at }) { nodes { id } } }', {
          at: '1',
        }),
      status: [200, 400],
      code: 'BAD_USER_INPUT',
      names: /ISO 8601/,
    },
  ],
  [
    F,
    {
      name: 'NUL in gt',
      send: () => facade('8873', 'GET', `/api/v1/executions?gt=2024-01-01%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /gt/,
    },
  ],
  [
    F,
    {
      name: 'NUL in an unknown parameter',
      send: () => facade('8873', 'GET', `${CLIENTS}?foo=%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /foo/,
    },
  ],
  [
    F,
    {
      name: 'NUL in a parameter name',
      send: () => facade('8873', 'GET', `${CLIENTS}?a%00b=1`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /parameter name/,
    },
  ],
  [
    F,
    {
      name: 'NUL in the key parameter',
      send: () => facade('8873', 'GET', `${CLIENTS}?key=%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /key/,
    },
  ],
  [
    F,
    {
      name: 'NUL in a path segment',
      send: () => facade('8873', 'GET', `${CLIENTS}/1%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  [
    F,
    {
      name: 'NUL alone as a path segment',
      send: () => facade('8873', 'GET', `/api/v1/executions/%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  [
    F,
    {
      name: 'NUL in a write path segment',
      send: () => facade('8931', 'DELETE', `/api/v1/reported_visits/1%00`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  // — facade: malformed percent-encoding in the path
  [
    F,
    {
      name: 'malformed %-encoding (%ZZ)',
      send: () => facade('8873', 'GET', `${CLIENTS}/%ZZ`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  [
    F,
    {
      name: 'truncated %-encoding (%E0%A4%A)',
      send: () => facade('8873', 'GET', `${CLIENTS}/%E0%A4%A`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  [
    F,
    {
      name: 'invalid UTF-8 in %-encoding (%C0%AF)',
      send: () => facade('8873', 'GET', `/api/v1/orders/%C0%AF`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  [
    F,
    {
      name: 'lone %-sign in a write path',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/%`, { type: 'application/json-patch+json', body: '[]' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /id/,
    },
  ],
  // — facade: ids that cannot exist (never reach the database as such), values the database refuses (data exceptions)
  [
    F,
    {
      name: 'id beyond bigint',
      send: () => facade('8873', 'GET', `${CLIENTS}/99999999999999999999`),
      status: 404,
      code: 'NOT_FOUND',
    },
  ],
  [
    F,
    {
      name: 'id that is not a number',
      send: () => facade('8873', 'GET', `/api/v1/executions/abc`),
      status: 404,
      code: 'NOT_FOUND',
    },
  ],
  [
    F,
    {
      name: 'negative huge id',
      send: () => facade('8873', 'GET', `/api/v1/investigations/-99999999999999999999999`),
      status: 404,
      code: 'NOT_FOUND',
    },
  ],
  [
    F,
    {
      name: 'write to an id beyond bigint',
      send: () => facade('8931', 'DELETE', `/api/v1/reported_visits/99999999999999999999`),
      status: 404,
      code: 'NOT_FOUND',
    },
  ],
  [
    F,
    {
      name: 'q date in year 0 (database: date out of range)',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=UpdateTime:0000-01-01`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /date/,
    },
  ],
  [
    F,
    {
      name: 'q date in year 0, quoted form',
      send: () => facade('8873', 'GET', `/api/v1/executions?q=${encodeURIComponent("StartDate='0000-06-30'")}`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /date/,
    },
  ],
  [
    F,
    {
      name: 'out-of-range number in a write body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: JSON.stringify({ ...visit, ExecutionId: 1e30 }),
        }),
      status: [400, 422],
      code: ['BAD_USER_INPUT', 'UNPROCESSABLE'],
      names: /ExecutionId/,
    },
  ],
  [
    F,
    {
      name: 'year 300000 in a write body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: JSON.stringify({ ...visit, StartTime: '300000-01-01T00:00:00Z' }),
        }),
      status: [400, 422],
      code: ['BAD_USER_INPUT', 'UNPROCESSABLE'],
      names: /StartTime/,
    },
  ],
  // — facade: q syntax
  [
    F,
    {
      name: 'q unterminated quote',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=${encodeURIComponent("PersonId='1990")}`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /q/,
    },
  ],
  [
    F,
    {
      name: 'q colon with an unknown field',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=Nope:1`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /q/,
    },
  ],
  [
    F,
    {
      name: 'q id beyond int',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=Id:99999999999999999999`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /Id/,
    },
  ],
  [
    F,
    {
      name: 'q date that is no date',
      send: () => facade('8873', 'GET', `/api/v1/executions?q=StartDate:2024-13-45`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /StartDate/,
    },
  ],
  [
    F,
    {
      name: 'q terms without and',
      send: () => facade('8873', 'GET', `${CLIENTS}?q=${encodeURIComponent('Id:1 or Id:2')}`),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /q/,
    },
  ],
  // — facade: JSON write bodies
  [
    F,
    {
      name: 'NUL in a JSON string value',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: JSON.stringify({ ...visit, ExternalId: 'a\u0000b' }),
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /ExternalId/,
    },
  ],
  [
    F,
    {
      name: 'NUL in a JSON key',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: JSON.stringify({ ...visit, 'Ex\u0000': 1 }),
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    F,
    {
      name: 'raw NUL byte in a JSON body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: Buffer.from('{"ExternalId":"a\u0000b"}'),
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    F,
    {
      name: 'JSON array nested 10,000 deep',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: `{"ExternalId":${nested(10_000)}}`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    F,
    {
      name: 'JSON object nested 50,000 deep',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', { type: 'application/json', body: nestedObject(50_000) }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    F,
    {
      name: 'JSON nested 5,000 deep in users (9067)',
      send: () =>
        facade('9067', 'POST', '/api/v1/users', { type: 'application/json', body: `{"Roles":${nested(5000, '{}')}}` }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    F,
    {
      name: '__proto__ key in a body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: `{"__proto__":{"polluted":true},"ExternalId":"x"}`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /__proto__/,
    },
  ],
  [
    F,
    {
      name: 'constructor.prototype in a body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: `{"constructor":{"prototype":{"polluted":true}}}`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /constructor/,
    },
  ],
  [
    F,
    {
      name: 'JSON that does not parse',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', { type: 'application/json', body: '{"ExternalId":' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    F,
    {
      name: 'invalid UTF-8 bytes in a JSON body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: Buffer.concat([Buffer.from('{"ExternalId":"'), Buffer.from([0xc0, 0xaf, 0xff]), Buffer.from('"}')]),
        }),
      status: [400, 422],
      code: ['BAD_USER_INPUT', 'UNPROCESSABLE'],
    },
  ],
  // — facade: XML write bodies
  [
    F,
    {
      name: 'NUL in an XML body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/xml',
          body: '<ReportedVisit><ExternalId>a\u0000b</ExternalId></ReportedVisit>',
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    F,
    {
      name: 'XML nested 20,000 deep',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/xml',
          body: `<ReportedVisit>${'<a>'.repeat(20_000)}x${'</a>'.repeat(20_000)}</ReportedVisit>`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    F,
    {
      name: 'XML entity expansion (DOCTYPE)',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'text/xml',
          body:
            '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b ' +
            '"&a;&a;&a;&a;">]><ReportedVisit><ExternalId>&b;</ExternalId></ReportedVisit>',
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /DOCTYPE/,
    },
  ],
  [
    F,
    {
      name: 'XML that does not parse',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/xml',
          body: '<ReportedVisit><ExternalId>x</Wrong></ReportedVisit>',
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  // — facade: JSON Patch on prototype paths
  [
    F,
    {
      name: 'JSON Patch add /__proto__/polluted',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: JSON.stringify([{ op: 'add', path: '/__proto__/polluted', value: true }]),
        }),
      status: 422,
      code: 'UNPROCESSABLE',
      names: /__proto__/,
    },
  ],
  [
    F,
    {
      name: 'JSON Patch replace /constructor/prototype/x',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: JSON.stringify([{ op: 'replace', path: '/constructor/prototype/x', value: 1 }]),
        }),
      status: 422,
      code: 'UNPROCESSABLE',
      names: /constructor/,
    },
  ],
  [
    F,
    {
      name: 'JSON Patch move from /__proto__',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: JSON.stringify([{ op: 'move', from: '/__proto__', path: '/Status' }]),
        }),
      status: 422,
      code: 'UNPROCESSABLE',
      names: /__proto__/,
    },
  ],
  [
    F,
    {
      name: 'JSON Patch copy to /ExternalId/__proto__',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: JSON.stringify([{ op: 'copy', from: '/Status', path: '/ExternalId/__proto__' }]),
        }),
      status: 422,
      code: 'UNPROCESSABLE',
      names: /__proto__/,
    },
  ],
  [
    F,
    {
      name: 'JSON Patch value with NUL',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: JSON.stringify([{ op: 'replace', path: '/ExternalId', value: 'x\u0000' }]),
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /value/,
    },
  ],
  [
    F,
    {
      name: 'JSON Patch value nested 5,000 deep',
      send: () =>
        facade('8931', 'PATCH', `/api/v1/reported_visits/${visitId}`, {
          type: 'application/json-patch+json',
          body: `[{"op":"replace","path":"/ExternalId","value":${nested(5000)}}]`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  // — facade: oversized bodies
  [
    F,
    {
      name: 'write body of 2 MB',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', { type: 'application/json', body: big(2 * 1024 * 1024) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ],
  [
    F,
    {
      name: 'write body of 8 MB (XML)',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/xml',
          body: `<ReportedVisit><ExternalId>${'x'.repeat(8 * 1024 * 1024)}</ExternalId></ReportedVisit>`,
        }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ],

  [
    F,
    {
      name: 'gzip-compressed write body',
      send: () =>
        facade('8931', 'POST', '/api/v1/reported_visits', {
          type: 'application/json',
          body: gzipSync(JSON.stringify({ ExternalId: 'x' })),
          headers: { 'content-encoding': 'gzip' },
        }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      names: /Content-Encoding/,
    },
  ],

  // — gateway: NUL in variables, document, operation name
  [
    G,
    {
      name: 'NUL in a variable',
      send: () => gql('query($id: ID!) { client(id: $id) { id } }', { id: '1\u0000' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /variables\.id/,
    },
  ],
  [
    G,
    {
      name: 'NUL in a nested variable',
      send: () =>
        gql('query($f: ClientFilter) { clients(first: 1, filter: $f) { nodes { id } } }', {
          f: { personId: '19900101\u00001234' },
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /variables\.f\.personId/,
    },
  ],
  [
    G,
    {
      name: 'NUL in a variable name',
      send: () => gql('query { clients(first: 1) { nodes { id } } }', { 'a\u0000': 1 }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /variables/,
    },
  ],
  [
    G,
    {
      name: 'NUL escaped in a string literal',
      send: () => gql('{ client(id: "1\\u0000") { id } }'),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /query|NUL/,
    },
  ],
  [
    G,
    {
      name: 'raw NUL in the document',
      send: () => gql('{ clients(first: 1) { nodes { id \u0000 } } }'),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /query/,
    },
  ],
  [
    G,
    {
      name: 'NUL in operationName',
      send: () => gql('query A { clients(first: 1) { nodes { id } } }', undefined, { operationName: 'A\u0000' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /operationName/,
    },
  ],
  [
    G,
    {
      name: 'NUL in a GET query parameter',
      send: () =>
        gateway({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ client(id: "1\u0000") { id } }')}` }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /query/,
    },
  ],
  // — gateway: deep JSON in variables
  [
    G,
    {
      name: 'variables nested 10,000 deep (array)',
      send: () =>
        gateway({
          body:
            `{"query":"query($f: ClientFilter) { clients(first: 1, filter: $f) { nodes { id } } ` +
            `}","variables":{"f":${nested(10_000)}}}`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'variables nested 50,000 deep (object)',
      send: () =>
        gateway({ body: `{"query":"{ clients(first: 1) { nodes { id } } }","variables":${nestedObject(50_000)}}` }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'mutation JSON input nested 5,000 deep',
      send: () =>
        gateway({ body: `{"query":"mutation($i: JSON) { __typename }","variables":{"i":${nested(5000, '{}')}}}` }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'GET variables nested 1,000 deep',
      send: () =>
        gateway({
          method: 'GET',
          path:
            `/graphql?query=${encodeURIComponent('{ clients(first: 1) { nodes { id } } }')}` +
            `&variables=${encodeURIComponent(`{"x":${nested(1000)}}`)}`,
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'GET URL over the header limit',
      send: () => gateway({ method: 'GET', path: `/graphql?query=${'x'.repeat(40_000)}` }),
      status: 431,
      code: 'HEADERS_TOO_LARGE',
    },
  ],
  [
    G,
    {
      name: '__proto__ in variables',
      send: () =>
        gateway({
          body:
            '{"query":"query($f: ClientFilter) { clients(first: 1, filter: $f) { nodes { id } } ' +
            '}","variables":{"f":{"__proto__":{"x":1}}}}',
        }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /__proto__/,
    },
  ],
  // — gateway: documents over the limits
  [
    G,
    {
      name: 'document of 30,000 tokens',
      send: () => gql(`{ clients(first: 1) { nodes { ${'id '.repeat(30_000)} } } }`),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      names: /tokens/,
    },
  ],
  [
    G,
    {
      name: 'selection nested 5,000 deep',
      send: () => gql(`${'{ a '.repeat(5000)}${'}'.repeat(5000)}`),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'list literal nested 5,000 deep',
      send: () => gql(`{ clients(first: 1, ids: ${nested(5000, '"1"')}) { nodes { id } } }`),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: 'object literal nested 2,000 deep',
      send: () => gql(`{ clients(first: 1, filter: ${'{ a: '.repeat(2000)}1${'}'.repeat(2000)}) { nodes { id } } }`),
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      names: /nested/,
    },
  ],
  [
    G,
    {
      name: '1,000 aliased root fields',
      send: () =>
        gql(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: clients(first: 1) { nodes { id } }`).join(' ')} }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      names: /objects/,
    },
  ],
  [
    G,
    {
      name: '600 aliased root fields by id',
      send: () => gql(`{ ${Array.from({ length: 600 }, (_, i) => `a${i}: client(id: "${i + 1}") { id }`).join(' ')} }`),
      status: 400,
      code: 'QUERY_TOO_COMPLEX',
      names: /objects/,
    },
  ],
  // — gateway: values the database refuses
  [
    G,
    {
      name: 'date in year 0 (database: date out of range)',
      send: () =>
        gql('query($f: ClientFilter) { clients(first: 1, filter: $f) { nodes { id } } }', {
          f: { updateTime: '0000-01-01' },
        }),
      status: [200, 400],
      code: 'BAD_USER_INPUT',
      names: /clients/,
    },
  ],
  [
    G,
    {
      name: 'date in year 0 as a literal',
      send: () => gql('{ clients(first: 1, filter: { updateTime: "0000-12-31" }) { nodes { id } } }'),
      status: [200, 400],
      code: 'BAD_USER_INPUT',
      names: /clients/,
    },
  ],
  [
    G,
    {
      name: 'date in year 0 on another subgraph',
      send: () =>
        gql('query($f: ExecutionFilter) { executions(first: 1, filter: $f) { nodes { id } } }', {
          f: { startDate: '0000-01-01' },
        }),
      status: [200, 400],
      code: 'BAD_USER_INPUT',
      names: /executions/,
    },
  ],
  // — gateway: malformed requests, oversized bodies
  [
    G,
    {
      name: 'JSON that does not parse',
      send: () => gateway({ body: '{"query":' }),
      status: 400,
      code: 'BAD_USER_INPUT',
      names: /body/,
    },
  ],
  [
    G,
    {
      name: 'gzip-compressed body',
      send: () =>
        gateway({
          body: gzipSync(JSON.stringify({ query: '{ __typename }' })),
          headers: { 'content-encoding': 'gzip' },
        }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      names: /Content-Encoding/,
    },
  ],
  [
    G,
    {
      name: 'body of 2 MB',
      send: () =>
        gateway({
          body: JSON.stringify({ query: `{ clients(first: 1) { nodes { id } } } #${'x'.repeat(2 * 1024 * 1024)}` }),
        }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ],
  [
    G,
    {
      name: 'SAML ACS body of 1 MB',
      send: () =>
        gateway({
          path: '/saml/demo/acs',
          type: 'application/x-www-form-urlencoded',
          body: `SAMLResponse=${'x'.repeat(1024 * 1024)}`,
        }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ],
];

function codesOf(a: Answer): string[] {
  const body = JSON.parse(a.text);
  if (/problem\+json/.test(a.type)) return [body.code];
  return (body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
}

beforeAll(async () => {
  captureStreams(output);
  s = await startTestStack({ clients: 8, saml: {} });
  const licence = rowsOf<{ provider_units: unknown }>(
    await s.asTenant('demo', (tx) => tx.execute(sql`select provider_units from iam.licence where package = '8931'`)),
  )[0]!;
  const units = providerUnits(licence.provider_units);
  const [ex] = rowsOf<VisitExecution>(
    await s.asTenant('demo', (tx) =>
      tx.execute(
        sql`select id, person_id, provider_unit_id from provider.execution where not deleted and provider_unit_id =
          any(${sql.param(units)}) order by id limit 1`,
      ),
    ),
  );
  const [staff] = rowsOf<VisitStaff>(await s.asTenant('demo', (tx) => tx.execute(FIRST_STAFF)));
  visit = {
    ExternalId: `EXT-${randomUUID()}`,
    ...reportedVisit(ex!, staff!),
  };
  const created = await facade('8931', 'POST', '/api/v1/reported_visits', {
    type: 'application/json',
    body: JSON.stringify(visit),
  });
  expect(created.status, created.text).toBe(200);
  visitId = JSON.parse(created.text);
});
afterAll(async () => {
  await s?.close();
  vi.restoreAllMocks();
});

describe(`hostile input on ${DB_KIND}`, () => {
  it('has at least 60 cases over the facade and the gateway', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter(([w]) => w === F).length).toBeGreaterThanOrEqual(25);
    expect(cases.filter(([w]) => w === G).length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map(([where, c]) => [`${where}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const a = await c.send();
    const statuses = [c.status].flat();
    expect(statuses, `${a.status} ${a.text.slice(0, 300)}`).toContain(a.status);
    expect(a.type, a.text.slice(0, 300)).toMatch(/^application\/(problem\+)?json/);
    const codes = codesOf(a);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect([c.code].flat(), a.text.slice(0, 300)).toContain(code);
    for (const pattern of INTERNALS)
      expect(a.text, `internals (${pattern}) in ${a.text.slice(0, 300)}`).not.toMatch(pattern);
    if (c.names) expect(a.text).toMatch(c.names);
    if (/problem\+json/.test(a.type))
      expect(JSON.parse(a.text)).toMatchObject({
        status: a.status,
        title: expect.any(String),
        detail: expect.any(String),
      });
    // oversized bodies: a problem body everywhere (gateway, facade, SAML ACS), never a reset connection
    if (a.status === 413) expect(a.type).toMatch(/^application\/problem\+json/);
  });

  it('still serves after all of it (facade and gateway)', async () => {
    const health = await fetch(`${new URL(s.gatewayUrl).origin}/healthz`);
    expect(health.status).toBe(200);
    const ok = await gql('{ clients(first: 2) { nodes { id } } }');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text).data.clients.nodes).toHaveLength(2);
    const list = await facade('8873', 'GET', `${CLIENTS}?limit=2`);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.text)).toHaveLength(2);
    // the prototype of plain objects was not touched by any body or patch
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe(`unexpected failures on ${DB_KIND}: masked to an error id, logged without personal data`, () => {
  /** Runs SQL as the database owner (fault injection: the app role cannot revoke its own rights). */
  async function asOwner(statement: string): Promise<void> {
    if (DB_KIND === 'postgres') {
      const owner = postgres(s.config.db.url!, { max: 1, onnotice: () => {} });
      await owner.unsafe(statement);
      await owner.end();
    } else {
      // PGlite has one session, running as the app role; nothing else runs in this file meanwhile
      await s.db.app.execute(sql.raw('RESET ROLE'));
      try {
        await s.db.app.execute(sql.raw(statement));
      } finally {
        await s.db.app.execute(sql.raw(`SET ROLE ${s.db.appRole}`));
      }
    }
  }

  it('answers 500 with an error id, no SQL; the log has the id, no identity number, name or SQL values', async () => {
    const person = '19121212-1212';
    const name = 'Tolvansson';
    await asOwner(`REVOKE SELECT ON care.client FROM ${s.db.appRole}`);
    const before = output.length;
    let rest: Answer;
    let graph: Answer;
    try {
      rest = await facade(
        '8873',
        'GET',
        `${CLIENTS}?q=${encodeURIComponent(`PersonId:${person} and LastName='${name}'`)}`,
      );
      graph = await gql('query($f: ClientFilter) { clients(first: 3, filter: $f) { nodes { id fullName } } }', {
        f: { personId: person, lastName: name },
      });
    } finally {
      await asOwner(`GRANT SELECT ON care.client TO ${s.db.appRole}`);
    }
    expect(rest.status).toBe(500);
    const problem = JSON.parse(rest.text);
    expect(problem).toMatchObject({ code: 'INTERNAL', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const g = JSON.parse(graph.text);
    expect(g.errors[0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    for (const a of [rest, graph]) {
      for (const pattern of INTERNALS) expect(a.text).not.toMatch(pattern);
      expect(a.text).not.toContain('permission denied');
      expect(a.text).not.toContain(person.replace('-', ''));
    }
    const logged = output.slice(before).join('');
    const lines = logged.split('\n').filter((l) => l.startsWith('{'));
    for (const id of [problem.errorId, g.errors[0].extensions.errorId]) {
      const line = lines.find((l) => l.includes(id));
      expect(line, `no log line with ${id} in:\n${logged.slice(0, 2000)}`).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ level: 'error', errorId: id });
    }
    for (const secret of [person, person.replace('-', ''), '1212-1212', '191212121212', name, name.toLowerCase()])
      expect(logged).not.toContain(secret);
    expect(logged).not.toMatch(/params:/);
  });
});

describe(`persisted query hashes on ${DB_KIND}`, () => {
  // Apollo Server's automatic persisted queries, with the query's hash remembered (patches/@apollo__server@5.5.1.patch)
  it('checks a sent hash against its query every time, and finds a registered query by its hash', async () => {
    const query = '{ currentTenant { domain } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const apq = (sha256Hash: string, q?: string) =>
      gateway({
        body: JSON.stringify({
          ...(q ? { query: q } : {}),
          extensions: { persistedQuery: { version: 1, sha256Hash } },
        }),
      });
    for (let i = 0; i < 2; i++) {
      const wrong = await apq('f'.repeat(64), query);
      expect(wrong.status).toBe(400);
      expect(JSON.parse(wrong.text).errors[0]).toMatchObject({
        message: 'provided sha does not match query',
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    const registered = await apq(hash, query);
    expect(registered.status).toBe(200);
    const byHash = await apq(hash);
    expect(byHash.status).toBe(200);
    const version = await gateway({
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }),
    });
    expect(version.status).toBe(400);
    expect(JSON.parse(version.text).errors[0]).toMatchObject({
      message: 'Unsupported persisted query version',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(JSON.parse(byHash.text).data).toEqual(JSON.parse(registered.text).data);
  });
});
