/**
 * Generated artefacts, all committed and checked fresh in CI: each subgraph's SDL
 * (subgraphs/<name>/schema.graphql), the composed supergraph (schema/supergraph.graphql), and
 * each subgraph's drizzle migrations (subgraphs/<name>/drizzle).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { buildFacade } from './facade-gen.ts';
import { openApiArtefact } from './openapi-gen.ts';
import { dedupeSql, naturalKeys, subgraphKit, type SubgraphDefinition } from '@lcs/platform';
import { SUBGRAPHS, DEFAULT_PORTS } from './subgraphs.ts';

import { ROOT, type Artefact } from './paths.ts';

export { ROOT };
export const SUPERGRAPH_FILE = join(ROOT, 'schema/supergraph.graphql');
const OPERATIONS_DIR = join(ROOT, 'schema/operations');
const sdlFile = (name: string) => join(ROOT, 'subgraphs', name, 'schema.graphql');

export const API_SCHEMA_FILE = join(ROOT, 'schema/api-schema.graphql');

function compose() {
  const result = composeServices(
    SUBGRAPHS.map((d) => ({
      name: d.name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[d.name]}/graphql`,
      typeDefs: parse(subgraphKit(d).sdl),
    })),
  );
  if (result.errors?.length) {
    throw new Error('composition failed:\n' + result.errors.map((e) => '  - ' + e.message).join('\n'));
  }
  return {
    supergraphSdl: result.supergraphSdl!,
    apiSchemaSdl: printSchema(result.schema!.toAPISchema().toGraphQLJSSchema()),
  };
}

export function supergraphSdl(): string {
  return compose().supergraphSdl;
}

export function schemaArtefacts(): Artefact[] {
  return SUBGRAPHS.map((d) => ({ file: sdlFile(d.name), content: subgraphKit(d).sdl }));
}

/** `when` of a subgraph's first migration (2026-01-01); each later one is a minute after the previous. */
const MIGRATION_EPOCH = 1_767_225_600_000;

interface Journal {
  version: string;
  dialect: string;
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/** Diffs a subgraph's tables against its latest committed snapshot with drizzle-kit's engine. */
export async function pendingMigration(
  def: SubgraphDefinition,
): Promise<{ statements: string[]; write: (name: string) => string }> {
  const { generateDrizzleJson, generateMigration } = await import('drizzle-kit/api');
  const folder = def.migrations.folder;
  const journalFile = join(folder, 'meta/_journal.json');
  const journal: Journal = existsSync(journalFile)
    ? JSON.parse(readFileSync(journalFile, 'utf8'))
    : { version: '7', dialect: 'postgresql', entries: [] };
  const last = journal.entries[journal.entries.length - 1];
  const prev = last
    ? JSON.parse(readFileSync(join(folder, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`), 'utf8'))
    : generateDrizzleJson({}, undefined, [def.migrations.schema]);
  const cur = generateDrizzleJson(subgraphKit(def).drizzleExports, prev.id, [def.migrations.schema]);
  const statements = withDedupe(def, nameDroppedPrimaryKeys(await generateMigration(prev, cur)));
  return {
    statements,
    write(name: string) {
      const idx = journal.entries.length;
      const tag = `${String(idx).padStart(4, '0')}_${name}`;
      mkdirSync(join(folder, 'meta'), { recursive: true });
      writeFileSync(join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n') + '\n');
      writeFileSync(
        join(folder, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`),
        JSON.stringify(cur, null, 2) + '\n',
      );
      // drizzle's migrator applies the migrations whose `when` is later than the last applied one's,
      // so it must grow; it is derived from the position, not the clock, so regenerating is reproducible.
      const when = MIGRATION_EPOCH + idx * 60_000;
      journal.entries.push({ idx, version: '7', when, tag, breakpoints: true });
      writeFileSync(journalFile, JSON.stringify(journal, null, 2) + '\n');
      return tag;
    },
  };
}

/**
 * A new natural key's unique index cannot be made over the duplicates a database may hold from
 * before it (natural-keys.ts): the migration first marks them deleted, referenced entities first
 * (merging two users can make two of their role assignments one).
 */
function withDedupe(def: SubgraphDefinition, statements: string[]): string[] {
  const model = subgraphKit(def).model;
  const uniqueIndexOf = (st: string) => /^CREATE UNIQUE INDEX "([^"]+)"/.exec(st)?.[1] ?? '';
  const created = new Set(statements.map(uniqueIndexOf).filter(Boolean));
  const keyed = model.entities.flatMap((e) => naturalKeys(e).map((key) => ({ e, key })));
  const added = keyed.filter((k) => created.has(k.key.index));
  if (!added.length) return statements;
  const order: typeof added = [];
  const visit = (k: (typeof added)[number]) => {
    if (order.includes(k)) return;
    for (const r of k.e.refs) added.filter((o) => o.e.name === r.entity && o.e !== k.e).forEach(visit);
    order.push(k);
  };
  added.forEach(visit);
  const models = SUBGRAPHS.map((d) => subgraphKit(d).model);
  const dedupe = [...new Set(order.flatMap((k) => dedupeSql(models, model, k.e, k.key)))];
  const first = statements.findIndex((st) => created.has(uniqueIndexOf(st)));
  return [...statements.slice(0, first), ...dedupe, ...statements.slice(first)];
}

/**
 * drizzle-kit cannot name a primary key it drops and writes a commented-out placeholder instead.
 * The keys it cannot name were declared on the column, so PostgreSQL named them `<table>_pkey`.
 */
function nameDroppedPrimaryKeys(statements: string[]): string[] {
  const placeholder = new RegExp(
    String.raw`table_schema = '([^']+)'\s+AND table_name = '([^']+)'\s+AND constraint_type = 'PRIMARY KEY'` +
      String.raw`[\s\S]*-- ALTER TABLE "[^"]+" DROP CONSTRAINT "<constraint_name>";`,
  );
  return statements.map((st) => {
    const m = placeholder.exec(st);
    return m ? `ALTER TABLE "${m[1]}"."${m[2]}" DROP CONSTRAINT "${m[2]}_pkey";` : st;
  });
}

export function migrationFiles(def: SubgraphDefinition): string[] {
  return existsSync(def.migrations.folder) ? readdirSync(def.migrations.folder).filter((f) => f.endsWith('.sql')) : [];
}

/** Writes every artefact (or, with check, reports the stale ones without writing). */
export async function generate(opts: {
  check?: boolean;
  migrationName?: string;
  only?: string[];
  log?: (s: string) => void;
}): Promise<string[]> {
  const log = opts.log ?? console.log;
  const stale: string[] = [];
  const write = (a: Artefact) => {
    const current = existsSync(a.file) ? readFileSync(a.file, 'utf8') : '';
    if (current === a.content) return;
    stale.push(a.file.replace(ROOT, ''));
    if (!opts.check) {
      mkdirSync(dirname(a.file), { recursive: true });
      writeFileSync(a.file, a.content);
      log(`wrote ${a.file.replace(ROOT, '')}`);
    }
  };
  schemaArtefacts().forEach(write);
  for (const def of SUBGRAPHS) {
    if (opts.only && !opts.only.includes(def.name)) continue;
    const m = await pendingMigration(def);
    if (!m.statements.length) continue;
    stale.push(`subgraphs/${def.name}/drizzle (${m.statements.length} statements not in a migration)`);
    if (!opts.check) log(`wrote subgraphs/${def.name}/drizzle/${m.write(opts.migrationName ?? 'schema')}.sql`);
  }
  // Composition last: a composition error still leaves each subgraph's own files written.
  const composed = compose();
  write({ file: SUPERGRAPH_FILE, content: composed.supergraphSdl });
  write({
    file: API_SCHEMA_FILE,
    content:
      `# The API schema clients see (composed from the subgraphs by \`pnpm ` +
      `generate\`).\n${composed.apiSchemaSdl}\n`,
  });
  // The REST facade: operations, persisted-operation list, route table (from schema/packages.yaml).
  const facade = buildFacade(composed.apiSchemaSdl);
  facade.artefacts.forEach(write);
  write(openApiArtefact(facade.table, { apiSchemaSdl: composed.apiSchemaSdl, operations: facade.operations }));
  for (const e of facade.errors) stale.push(`schema/packages.yaml: ${e}`);
  if (facade.errors.length && !opts.check)
    log(`REST facade manifest problems (CI fails on these):\n${facade.errors.map((e) => '  - ' + e).join('\n')}`);
  const wanted = new Set(facade.artefacts.map((a) => a.file));
  for (const f of existsSync(OPERATIONS_DIR) ? readdirSync(OPERATIONS_DIR) : []) {
    const file = join(OPERATIONS_DIR, f);
    if (wanted.has(file)) continue;
    stale.push(`schema/operations/${f} (no longer in the manifest)`);
    if (!opts.check) rmSync(file);
  }
  return stale;
}
