/**
 * The driver's share of a JSON page written by PostgreSQL (the lever measured before it was built:
 * the read gate now keeps the texts as bytes, platform/src/json-text.ts): one page
 * of a tenant's executed services, each row's contract JSON built by PostgreSQL (the floor's
 * expression, queries.ts EXPORT_JSON) with its id, modification time and client, read with
 * postgres.js three ways and written into one buffer as the facade would send it:
 *
 *   strings     every value decoded to a JavaScript string (what the platform did until the lever:
 *               the read gate's rows, then the texts joined and encoded again on the socket)
 *   bytes       postgres.js `raw()`: each value the bytes of its message, no string made; the JSON
 *               texts concatenated as they came (what the platform does now on PostgreSQL)
 *   aggregated  one value: PostgreSQL joins the page (string_agg) and the driver decodes one string
 *
 * All three must give the same bytes (else it stops: a figure whose check fails is no figure).
 * Reports the driver process's CPU per page and per row and the wall time, alternating the ways
 * round by round. Needs the benchmark dataset (`pnpm bench` seeds it).
 *
 *   node --import tsx bench/json-rows.ts [--database lcs_bench] [--tenant <id>] [--rows 5000] [--rounds 4] [--pages 40]
 */
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { DATASETS, tenantFor } from './lib/dataset.ts';
import { EXPORT_JSON } from './queries.ts';

const HELP = `node --import tsx bench/json-rows.ts [options]

The driver's CPU for one page of executed services whose JSON PostgreSQL writes: decoded to strings
(as the platform read it before), kept as bytes (postgres.js raw mode, as it does now), or joined
by PostgreSQL into one value. Same bytes checked; CPU per page and per row, wall time; rounds
alternate the three.

  --pg <url>         PostgreSQL app URL without database (postgres://lcs_app@127.0.0.1:5432)
  --database <name>  the benchmark's database (lcs_bench; \`pnpm bench\` seeds it)
  --tenant <id>      the tenant (default: full mode's dataset tenant)
  --rows <n>         rows per page (5000, the export's page)
  --rounds <n>       rounds, each measuring every way (4)
  --pages <n>        pages per way and round (40)
  --help             this text`;

const { values: a } = parseArgs({
  options: {
    pg: { type: 'string' },
    database: { type: 'string' },
    tenant: { type: 'string' },
    rows: { type: 'string' },
    rounds: { type: 'string' },
    pages: { type: 'string' },
    help: { type: 'boolean' },
  },
});
if (a.help) {
  console.log(HELP);
  process.exit(0);
}
const whole = (v: string | undefined, name: string, dflt: number) => {
  const n = v === undefined ? dflt : Number(v);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number ≥ 1, not "${v}"\n\n${HELP}`);
    process.exit(2);
  }
  return n;
};
const rows = whole(a.rows, 'rows', 5000);
const rounds = whole(a.rounds, 'rounds', 4);
const pages = whole(a.pages, 'pages', 40);
const url = `${(a.pg ?? 'postgres://lcs_app@127.0.0.1:5432').replace(/\/$/, '')}/${a.database ?? 'lcs_bench'}`;

const tenant = a.tenant ?? tenantFor(DATASETS.full);
const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { 'app.tenant_id': tenant } });
const page = `select id, updated_at, client_id, (${EXPORT_JSON})::text as json
  from provider.executed_service where deleted = false order by updated_at, id limit ${rows}`;
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** Each way: the page's JSON array as bytes (and the clients it concerns, as the audit needs them). */
const WAYS: Record<string, () => Promise<Buffer>> = {
  async strings() {
    const rs = await sql.unsafe(page);
    const clients = new Set<unknown>();
    for (const r of rs) clients.add(r.client_id);
    return Buffer.from(`[${rs.map((r) => r.json as string).join(',')}]`);
  },
  async bytes() {
    const rs = (await sql.unsafe(page).raw()) as unknown as (Buffer | null)[][];
    const clients = new Set<unknown>();
    const parts: Buffer[] = [OPEN];
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i]!;
      clients.add(r[2] === null ? null : Number(r[2]!.toString('latin1')));
      if (i) parts.push(COMMA);
      parts.push(r[3]!);
    }
    parts.push(CLOSE);
    return Buffer.concat(parts);
  },
  async aggregated() {
    const [r] = await sql.unsafe(
      `select string_agg(json, ',' order by updated_at, id) as json,
         string_agg(distinct client_id::text, ',') as clients
       from (${page}) p`,
    );
    return Buffer.from(`[${(r!.json as string | null) ?? ''}]`);
  },
};

try {
  const expected = await WAYS.strings!().catch((e: Error) => {
    throw new Error(`cannot read ${url} as ${tenant}: ${e.message} (\`pnpm bench\` seeds the dataset)`);
  });
  if (expected.length <= 2)
    throw new Error(`no executed services of ${tenant} in ${url} (\`pnpm bench\` seeds the dataset)`);
  for (const [name, way] of Object.entries(WAYS)) {
    const got = await way();
    if (!got.equals(expected))
      throw new Error(`${name}: not the same bytes as strings (${got.length} vs ${expected.length})`);
  }
  const items = (JSON.parse(expected.toString()) as unknown[]).length;
  console.log(
    `tenant ${tenant}: pages of ${items} rows, ${(expected.length / 1024).toFixed(0)} KB; ` +
      `${rounds} rounds × ${pages} pages per way`,
  );
  const cpu: Record<string, number[]> = {};
  const wall: Record<string, number[]> = {};
  for (let round = 1; round <= rounds; round++) {
    const order = Object.keys(WAYS);
    if (round % 2 === 0) order.reverse();
    for (const name of order) {
      for (let i = 0; i < 3; i++) await WAYS[name]!(); // warm
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < pages; i++) await WAYS[name]!();
      const c = process.cpuUsage(c0);
      (cpu[name] ??= []).push((c.user + c.system) / 1000 / pages);
      (wall[name] ??= []).push((performance.now() - t0) / pages);
    }
    process.stdout.write(`  round ${round}/${rounds} done\n`);
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  for (const name of Object.keys(WAYS)) {
    const c = med(cpu[name]!);
    console.log(
      `${name.padEnd(10)}  driver CPU ${c.toFixed(1).padStart(6)} ms a page ` +
        `(${((c * 1000) / items).toFixed(2)} µs a row; rounds ${cpu[name]!.map((x) => x.toFixed(1)).join(' / ')})  ` +
        `wall ${med(wall[name]!).toFixed(1)} ms a page`,
    );
  }
  const ratio = (x: Record<string, number[]>, way: string) => (med(x[way]!) / med(x.strings!)).toFixed(2);
  console.log(
    `RESULT json_rows_bytes_vs_strings_cpu=${ratio(cpu, 'bytes')} ` +
      `json_rows_aggregated_vs_strings_cpu=${ratio(cpu, 'aggregated')} ` +
      `json_rows_bytes_vs_strings_wall=${ratio(wall, 'bytes')} ` +
      `json_rows_aggregated_vs_strings_wall=${ratio(wall, 'aggregated')}`,
  );
} finally {
  await sql.end();
}
