/**
 * p1's varied workload (issue 19, item 3): the query shapes frontends send — the deep care chain
 * (a page of clients with their decisions, executions and HSL orders), a client's page, a provider
 * unit's staff, and the HSL orders of a period — in turn, each with other variables, from several
 * signed-in callers (their own principal tokens, each reused for the caller's lifetime).
 *
 * A pool of distinct requests (shape, variables, caller) is drawn once, deterministically, and each
 * target walks it from the start in the same order, so every target gets the same requests; the
 * pool is larger than any window, so no two requests in flight at once are the same and in-flight
 * deduplication (ours or a peer's) has nothing to share.
 *
 * Every answer is checked: status 200, no `errors`, the shape asked for (the number of clients,
 * the client or unit asked for, orders within the period) and the same data as the first answer
 * to the same request, from whichever gateway gave it (a SHA-1 of its `data`). An answer whose
 * text is byte for byte one that passed all of this for the same request passes without being
 * parsed again (a SHA-1 of the whole text).
 */
import { createHash } from 'node:crypto';
import { CLIENT_PAGE_QUERY, DEEP_QUERY, HSL_PERIOD_QUERY, UNIT_STAFF_QUERY } from '../queries.ts';
import type { NextRequest } from './load.ts';

export interface VariedInputs {
  clientIds: string[];
  unitIds: string[];
  /** The HSL orders' order dates (ms since the epoch), first and last. */
  hslFrom: number;
  hslTo: number;
  /** Clients per deep query at most (each request asks for 0–5 fewer, at varied offsets). */
  deepClients: number;
}

type Shape = 'deep' | 'client' | 'unit' | 'hsl';
export const SHAPES: Shape[] = ['deep', 'client', 'unit', 'hsl'];

interface Spec {
  shape: Shape;
  key: string;
  body: string;
  caller: number;
  check: (data: Record<string, unknown>) => string | undefined;
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct items drawn from `combos` (all of them, shuffled, repeated only when there are fewer). */
function draw<T>(combos: T[], n: number, rnd: () => number): T[] {
  const xs = [...combos];
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return Array.from({ length: n }, (_, i) => xs[i % xs.length]!);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const DAY = 86_400_000;

function body(query: string, operationName: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables, operationName });
}

/** The pool of distinct requests (`size` of them, a multiple of the number of shapes). */
export function variedPool(inputs: VariedInputs, callers: number, size: number): Spec[] {
  const rnd = prng(19);
  const per = Math.ceil(size / SHAPES.length);
  const maxFirst = Math.max(1, Math.min(inputs.deepClients, inputs.clientIds.length));
  const minFirst = Math.max(1, maxFirst - 5);
  const deep = draw(
    range(minFirst, maxFirst).flatMap((first) =>
      range(0, inputs.clientIds.length - first).map((offset) => ({ first, offset })),
    ),
    per,
    rnd,
  );
  const client = draw(
    inputs.clientIds.flatMap((id) => range(5, 10).map((n) => ({ id, n }))),
    per,
    rnd,
  );
  const unit = draw(
    inputs.unitIds.flatMap((id) => range(10, 73).map((first) => ({ id, first }))),
    per,
    rnd,
  );
  const spanDays = Math.max(1, Math.floor((inputs.hslTo - inputs.hslFrom) / DAY));
  const hsl = draw(
    range(0, spanDays).flatMap((start) => [90, 120, 180, 365].map((len) => ({ start, len }))),
    per,
    rnd,
  );
  const specs: Spec[] = [];
  for (let i = 0; i < per; i++) {
    const d = deep[i]!;
    specs.push({
      shape: 'deep',
      key: `deep:${d.first}:${d.offset}`,
      body: body(DEEP_QUERY, 'BenchDeep', d),
      caller: 0,
      check: (data) => {
        const nodes = (data.clients as { nodes?: unknown[] } | undefined)?.nodes;
        return nodes?.length === d.first ? undefined : `deep query: ${nodes?.length} clients, not ${d.first}`;
      },
    });
    const c = client[i]!;
    specs.push({
      shape: 'client',
      key: `client:${c.id}:${c.n}`,
      body: body(CLIENT_PAGE_QUERY, 'BenchClientPage', c),
      caller: 0,
      check: (data) =>
        (data.client as { id?: string } | null)?.id === c.id ? undefined : `client page: not client ${c.id}`,
    });
    const u = unit[i]!;
    specs.push({
      shape: 'unit',
      key: `unit:${u.id}:${u.first}`,
      body: body(UNIT_STAFF_QUERY, 'BenchUnitStaff', u),
      caller: 0,
      check: (data) =>
        (data.providerUnit as { id?: string } | null)?.id === u.id ? undefined : `unit staff: not unit ${u.id}`,
    });
    const h = hsl[i]!;
    const from = inputs.hslFrom + h.start * DAY;
    const to = from + h.len * DAY;
    const vars = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), first: 100 };
    specs.push({
      shape: 'hsl',
      key: `hsl:${h.start}:${h.len}`,
      body: body(HSL_PERIOD_QUERY, 'BenchHslPeriod', vars),
      caller: 0,
      check: (data) => {
        const nodes = (data.hslOrders as { nodes?: { orderDate?: string }[] } | undefined)?.nodes;
        if (!Array.isArray(nodes)) return 'HSL orders: no list';
        const out = nodes.find((n) => {
          const t = Date.parse(n.orderDate ?? '');
          return !(t >= from && t <= to);
        });
        return out ? `HSL orders: ${out.orderDate} outside ${vars.from}…${vars.to}` : undefined;
      },
    });
  }
  // callers in turn, independent of the shapes (a number of callers prime to 4 mixes them)
  specs.forEach((s, i) => (s.caller = i % callers));
  return specs;
}

/**
 * The varied workload: `stream()` makes a fresh walk of the pool for one target (every target gets
 * the same requests in the same order); answers are checked against the first answer to the
 * same request.
 */
export function variedWorkload(pool: Spec[], callerHeaders: Record<string, string>[]) {
  // (each first answer's text is kept, so that a mismatch can say where the answers differ)
  const reference = new Map<string, { hash: string; from: string; caller: number; text: string }>();
  const mismatches: string[] = [];
  // SHA-1s of whole answer texts that passed the full check, per request: an answer byte for byte
  // the same as one of them passes it too, and is not parsed again (the load generator shares the
  // cores with the platform it measures; parsing every 31 KB answer took them from the platform)
  const passed = new Map<string, Set<string>>();
  const checkFor =
    (spec: Spec, target: string) =>
    (status: number, text: string): string | undefined => {
      if (status !== 200) return `status ${status}`;
      const textHash = createHash('sha1').update(text).digest('base64');
      const known = passed.get(spec.key);
      if (known?.has(textHash)) return undefined;
      const why = fullCheck(spec, target, text);
      if (!why) {
        if (known) known.add(textHash);
        else passed.set(spec.key, new Set([textHash]));
      }
      return why;
    };
  const fullCheck = (spec: Spec, target: string, text: string): string | undefined => {
    let json: { data?: Record<string, unknown> | null; errors?: unknown[] };
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return `${spec.shape}: not JSON`;
    }
    if (json.errors?.length) return `${spec.shape}: a GraphQL answer with errors`;
    if (!json.data) return `${spec.shape}: no data`;
    const bad = spec.check(json.data);
    if (bad) return bad;
    const dataText = JSON.stringify(json.data);
    const hash = createHash('sha1').update(dataText).digest('base64');
    const ref = reference.get(spec.key);
    if (!ref) reference.set(spec.key, { hash, from: target, caller: spec.caller, text: dataText });
    else if (ref.hash !== hash) {
      const why =
        `${spec.key}: ${target}'s data (caller ${spec.caller}) differs from ${ref.from}'s answer to the ` +
        `same request (caller ${ref.caller}) ${firstDifference(JSON.parse(ref.text), json.data)}`;
      if (mismatches.length < 20) mismatches.push(why);
      return why;
    }
    return undefined;
  };
  return {
    pool,
    mismatches,
    /** The answers checked against a reference, and the requests that had one. */
    references: () => reference.size,
    stream(target: string): () => NextRequest {
      let i = 0;
      return () => {
        const spec = pool[i++ % pool.length]!;
        return { body: spec.body, headers: callerHeaders[spec.caller], check: checkFor(spec, target) };
      };
    },
  };
}

export type VariedWorkload = ReturnType<typeof variedWorkload>;

/** Where two JSON values first differ: `at <path>: <first> → <second>` (values cut to 200 characters). */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string {
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 200);
  if (a === b) return 'nowhere';
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return `at ${path}: ${show(a)} → ${show(b)}`;
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
    return `at ${path}: ${a.length} items → ${b.length} items (${show(a)} → ${show(b)})`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (JSON.stringify(x) !== JSON.stringify(y)) return firstDifference(x, y, `${path}.${k}`);
  }
  return 'nowhere';
}
