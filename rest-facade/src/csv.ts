/**
 * CSV representations of contract bodies (beyond the contract, which produces JSON and XML only):
 * RFC 4180 text with a header row, one row per resource. Columns are the definition's properties
 * in contract order; a nested object is flattened into dotted columns (`OrganizationUnit.Id`), an
 * array is one cell holding its JSON text, null is an empty cell, booleans are true/false. Quoting
 * is csv-stringify's. Cells are written as they are: no spreadsheet-formula escaping, which would
 * alter data (free-text notes often start with "-"); spreadsheets importing this should treat
 * cells as text.
 */
import { stringify } from 'csv-stringify/sync';
import { contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';

type Cell = string | number | null;
export interface Column {
  header: string;
  cell: (row: Record<string, unknown>) => Cell;
  /** The column's value as the body holds it (not flattened to text). */
  value: (row: Record<string, unknown>) => unknown;
  /** The contract schema of a scalar column (absent: the cell is JSON text). */
  schema?: ContractSchema;
}

/** Nested objects deeper than this (or a definition inside itself) are one JSON cell. */
const MAX_DEPTH = 4;

const json = (v: unknown): Cell => (v === null || v === undefined ? null : JSON.stringify(v));
function scalar(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'number':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      return JSON.stringify(v);
    default:
      return String(v);
  }
}

function columnsOf(
  full: string,
  prefix: string,
  get: (row: Record<string, unknown>) => unknown,
  seen: string[],
): Column[] {
  const out: Column[] = [];
  for (const [p, s] of Object.entries(properties(contract().definitions[full]!))) {
    const header = prefix + p;
    const value = (row: Record<string, unknown>) => {
      const o = get(row);
      return o === null || o === undefined || typeof o !== 'object' ? undefined : (o as Record<string, unknown>)[p];
    };
    const target = nestedDefinition(s);
    if (target && !seen.includes(target) && seen.length < MAX_DEPTH) {
      out.push(...columnsOf(target, `${header}.`, value, [...seen, target]));
    } else if (target || s.type === 'array' || s.type === 'object') {
      out.push({ header, cell: (row) => json(value(row)), value });
    } else {
      out.push({ header, cell: (row) => scalar(value(row)), value, schema: s });
    }
  }
  return out;
}

/** The definition an object-valued property refers to, if it has properties to flatten. */
function nestedDefinition(s: ContractSchema): string | undefined {
  if (!s.$ref) return undefined;
  const full = refName(s.$ref);
  const def = contract().definitions[full];
  return def && Object.keys(properties(def)).length > 0 ? full : undefined;
}

const compiled = new Map<string, Column[]>();
/** The CSV columns of a definition (memoised). */
export function csvColumns(def: string): Column[] {
  const full = definitionName(def);
  let cols = compiled.get(full);
  if (!cols) {
    cols = columnsOf(full, '', (row) => row, [full]);
    compiled.set(full, cols);
  }
  return cols;
}

const OPTIONS = { record_delimiter: 'windows' } as const;

/** The header row of a definition's CSV. */
export const csvHeader = (def: string): string => stringify([csvColumns(def).map((c) => c.header)], OPTIONS);

/** Rows as CSV text in chunks of about `chunk` characters, the header row first (unless `header` is false). */
export function* csvChunks(
  def: string,
  items: readonly unknown[],
  chunk = 64 * 1024,
  header = true,
): Generator<string> {
  const cols = csvColumns(def);
  const n = cols.length;
  let buf = header ? csvHeader(def) : '';
  let batch = 64;
  for (let i = 0; i < items.length;) {
    const end = Math.min(items.length, i + batch);
    const rows: Cell[][] = new Array(end - i);
    for (let j = i; j < end; j++) {
      const item = (items[j] ?? {}) as Record<string, unknown>;
      const row: Cell[] = new Array(n);
      for (let k = 0; k < n; k++) row[k] = cols[k]!.cell(item);
      rows[j - i] = row;
    }
    const text = stringify(rows, OPTIONS);
    buf += text;
    batch = Math.max(1, Math.min(2048, Math.round((chunk / Math.max(1, text.length)) * (end - i))));
    i = end;
    if (buf.length >= chunk) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
