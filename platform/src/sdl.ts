/** Entity kit, part 3: the subgraph SDL, generated from the model (committed as schema.graphql). */
import { inversesOf, type EntityModel, type FieldModel, type SubgraphModel } from './model.ts';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

/** Paging arguments of every root list field (documented once here). */
export const LIST_ARGS = [
  '"Page size (default 100, at most 5000)." first: Int = 100',
  '"Cursor from pageInfo.endCursor of the previous page." after: String',
  '"Only these ids." ids: [ID!]',
  '"Only rows modified after this time (the contract\'s gt)." modifiedAfter: DateTime',
  '"Only rows modified before this time (the contract\'s lt)." modifiedBefore: DateTime',
  '"Include deleted rows as tombstones (deleted: true). Defaults to true when modifiedAfter is given." ' +
    'includeDeleted: Boolean',
  '"Skip this many rows (after the cursor, if any); for clients that page by offset. Prefer after." offset: Int = 0',
].join(', ');

/**
 * Filters of a list: equality on every stored scalar field; for date-times the calendar day
 * (`x: Date`) and a range (`xFrom`, `xTo`, inclusive); for entities with a period
 * (startDate/endDate or the like), `activeFrom`/`activeTo` select rows whose period overlaps (an
 * open end counts as ongoing). All given conditions must hold.
 */
export interface FilterField {
  name: string;
  type: string;
  field: FieldModel;
  op: 'eq' | 'day' | 'gte' | 'lte' | 'gt' | 'activeFrom' | 'activeTo' | 'some';
  /** For `some`: the related entity and the field of it that points here. */
  source?: EntityModel;
  via?: string;
}

/**
 * Filters of a list (see filterInput). With the subgraph model, also `<inverse>Some`: rows that
 * have at least one related row (of this subgraph) matching that entity's filter, e.g.
 * users with a role assignment on a unit.
 */
/** Field pairs that make an entity's period (from, to); the first present one gives activeFrom/activeTo. */
const PERIODS = [
  ['startDate', 'endDate'],
  ['activeFromDate', 'activeToDate'],
  ['validFrom', 'validTo'],
  ['fromDate', 'toDate'],
] as const;

/** A list page's items as the contract's JSON (contract-sql.ts; the REST facade's exports read pages so). */
const CONTRACT_JSON_FIELD = [
  '  """',
  '  The page\'s items, each as the published contract\'s JSON for `definition` (e.g. "Provider.V1.ExecutedService"),',
  '  written by the database: what the REST facade sends for them. Null when the database cannot write that',
  '  definition for this entity (select `nodes` instead).',
  '  """',
  '  contractJson(definition: String!): [JsonText!]',
].join('\n');

export function filterFields(e: EntityModel, m?: SubgraphModel): FilterField[] {
  const out: FilterField[] = [];
  const vias = new Set(e.refs.map((r) => r.via));
  for (const f of e.fields) {
    if (f.hidden && vias.has(f.name)) {
      out.push({ name: f.name, type: 'ID', field: f, op: 'eq' }); // relation keys: indexed, the natural filters
      continue;
    }
    if (f.hidden || f.name === 'id' || !f.column || f.column.kind === 'jsonb') continue;
    const base = f.gql.replace(/!$/, '');
    if (f.column.kind === 'timestamp') {
      out.push({ name: f.name, type: 'Date', field: f, op: 'day' });
      out.push({ name: `${f.name}From`, type: 'DateTime', field: f, op: 'gte' });
      out.push({ name: `${f.name}To`, type: 'DateTime', field: f, op: 'lte' });
    } else {
      out.push({ name: f.name, type: base, field: f, op: 'eq' });
      // batches by id
      if (f.column.kind === 'int') out.push({ name: `${f.name}After`, type: 'Int', field: f, op: 'gt' });
    }
  }
  // The entity's period, under the names the contract uses for it.
  const ts = (n: string) => e.fields.find((f) => f.name === n && !f.hidden && f.column?.kind === 'timestamp');
  const pair = PERIODS.map(([a, b]) => [ts(a), ts(b)] as const).find(([a, b]) => a && b);
  const [start, end] = pair ?? [];
  if (start && end) {
    out.push({ name: 'activeFrom', type: 'DateTime', field: end, op: 'activeFrom' });
    out.push({ name: 'activeTo', type: 'DateTime', field: start, op: 'activeTo' });
  }
  for (const { source, ref } of m ? inversesOf(m, e.name) : []) {
    if (source.name === e.name || !filterFields(source).length) continue;
    out.push({
      name: `${ref.inverse}Some`,
      type: `${source.name}Filter`,
      field: e.fields[0]!,
      op: 'some',
      source,
      via: ref.via,
    });
  }
  return out;
}

export function filterInput(e: EntityModel, m?: SubgraphModel): string | undefined {
  const fields = filterFields(e, m);
  if (!fields.length) return undefined;
  const lines = fields.map((f) => `  ${f.name}: ${f.type}`);
  return `"Filters on ${e.name} (every given condition must hold)."\ninput ${e.name}Filter {\n${lines.join('\n')}\n}`;
}

export const INVERSE_ARGS = '"At most this many (default 100, at most 5000), in id order." first: Int = 100';

const desc = (d?: string, indent = '') => (d ? `${indent}${JSON.stringify(d)}\n` : '');

function fieldLines(fields: FieldModel[]): string[] {
  return fields
    .filter((f) => !f.hidden)
    .map((f) => `${desc(f.description, '  ')}  ${f.name}: ${f.gql}${f.personal ? ' @personalData' : ''}`);
}

function entityType(m: SubgraphModel, e: EntityModel): string {
  const lines = fieldLines(e.fields);
  for (const r of e.refs) lines.push(`${desc(r.description, '  ')}  ${r.field}: ${r.entity}`);
  for (const { source, ref } of inversesOf(m, e.name))
    lines.push(`  ${ref.inverse}(${INVERSE_ARGS}): [${source.name}!]!`);
  return `${desc(e.description)}type ${e.name} @key(fields: "id") {\n${lines.join('\n')}\n}`;
}

export function subgraphSdl(m: SubgraphModel, extra = ''): string {
  const out: string[] = [
    `# Generated from the entity specs of the ${m.name} subgraph by \`pnpm generate\`. Do not edit.`,
    FEDERATION_LINK,
    '"Marks a field that holds personal data (identity number, name, address, contact details). ' +
      'De-identified API packages may not select it; the build checks." directive @personalData on FIELD_DEFINITION',
    '"An ISO 8601 date and time." scalar DateTime',
    '"An ISO 8601 calendar date." scalar Date',
    '"Free-form JSON." scalar JSON',
    '"A JSON text, sent as a string (a list page\'s `contractJson` items)." scalar JsonText',
    'type PageInfo @shareable {\n  endCursor: String\n  hasNextPage: Boolean!\n}',
  ];
  const q = m.entities.flatMap((e) => {
    const description = JSON.stringify(`${e.name} list, in a stable order (modification time, id).`);
    const filterArg = filterInput(e, m) ? `, "Only rows matching every condition." filter: ${e.name}Filter` : '';
    return [
      `  ${description}\n  ${e.listField}(${LIST_ARGS}${filterArg}): ${e.name}Page!`,
      `  ${e.byIdField}(id: ID!): ${e.name}`,
    ];
  });
  out.push(`type Query {\n${q.join('\n')}\n}`);
  for (const e of m.entities) {
    out.push(entityType(m, e));
    out.push(`type ${e.name}Page {\n  nodes: [${e.name}!]!\n${CONTRACT_JSON_FIELD}\n  pageInfo: PageInfo!\n}`);
    const filter = filterInput(e, m);
    if (filter) out.push(filter);
  }
  for (const name of m.foreign) {
    const inv = inversesOf(m, name);
    if (!inv.length) out.push(`type ${name} @key(fields: "id", resolvable: false) {\n  id: ID!\n}`);
    else {
      const fields = inv.map(({ source, ref }) => `  ${ref.inverse}(${INVERSE_ARGS}): [${source.name}!]!`).join('\n');
      out.push(`type ${name} @key(fields: "id") {\n  id: ID!\n${fields}\n}`);
    }
  }
  for (const v of m.valueTypes)
    out.push(`${desc(v.description)}type ${v.name} @shareable {\n${fieldLines(v.fields).join('\n')}\n}`);
  for (const en of m.enums) out.push(`enum ${en.name} {\n${en.values.map((v) => `  ${v}`).join('\n')}\n}`);
  if (extra.trim()) out.push(extra.trim());
  return out.join('\n\n') + '\n';
}
