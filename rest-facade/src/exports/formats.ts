/**
 * How an export job writes rows: NDJSON (one contract JSON object per line, the very text the
 * REST route's JSON answer has for the item), CSV (the REST route's CSV: same header, columns and
 * quoting) and Parquet (the CSV's columns, typed from the contract: integers, doubles, booleans,
 * UTC timestamps, strings; nested arrays as JSON text) written by hyparquet-writer — a maintained,
 * dependency-light writer that runs on Node 20 and writes row group by row group.
 *
 * NDJSON and CSV are appended page by page (each page one gzip member when compressed: a file of
 * concatenated members is one valid gzip stream, and a restart truncates to the last whole page).
 * Parquet keeps its footer at the end, so pages are spooled as NDJSON and converted once at the end.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { ContractSchema } from '@lcs/platform';
import { jsonFor, mapperFor } from '../contract-json.ts';
import { csvChunks, csvColumns, csvHeader, type Column } from '../csv.ts';

export interface PageEncoder {
  /** Written once before the first page. */
  header: string;
  /** The text of one page of GraphQL items. */
  page(nodes: readonly unknown[]): string;
}

export function pageEncoder(format: 'ndjson' | 'csv', def: string): PageEncoder {
  if (format === 'csv') {
    const map = mapperFor(def);
    return {
      header: csvHeader(def),
      page: (nodes) => {
        let s = '';
        for (const c of csvChunks(def, nodes.map(map), Infinity, false)) s += c;
        return s;
      },
    };
  }
  const json = jsonFor(def);
  return {
    header: '',
    page: (nodes) => {
      let s = '';
      for (const n of nodes) s += `${json(n)}\n`;
      return s;
    },
  };
}

type Element = {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: string;
  num_children?: number;
};

/** The Parquet column of a CSV column: its schema element and how a contract value becomes a cell. */
function parquetColumn(c: Column): { element: Element; cell: (row: Record<string, unknown>) => unknown } {
  const s: ContractSchema | undefined = c.schema;
  const optional = { name: c.header, repetition_type: 'OPTIONAL' };
  if (!s) return { element: { ...optional, type: 'BYTE_ARRAY', converted_type: 'JSON' }, cell: c.cell };
  const v = c.value;
  switch (s.type) {
    case 'integer':
      if (s.format === 'int32') return { element: { ...optional, type: 'INT32' }, cell: (r) => num(v(r), true) };
      return {
        element: { ...optional, type: 'INT64' },
        cell: (r) => {
          const n = num(v(r), true);
          return n === null ? null : BigInt(n);
        },
      };
    case 'number':
      return { element: { ...optional, type: 'DOUBLE' }, cell: (r) => num(v(r), false) };
    case 'boolean':
      return {
        element: { ...optional, type: 'BOOLEAN' },
        cell: (r) => {
          const b = v(r);
          return b === null || b === undefined ? null : Boolean(b);
        },
      };
    default:
      if (s.format === 'date-time') {
        return {
          element: { ...optional, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
          cell: (r) => {
            const d = v(r);
            return d === null || d === undefined ? null : new Date(String(d));
          },
        };
      }
      return {
        element: { ...optional, type: 'BYTE_ARRAY', converted_type: 'UTF8' },
        cell: (r) => {
          const x = v(r);
          return x === null || x === undefined ? null : typeof x === 'string' ? x : String(x);
        },
      };
  }
}

function num(x: unknown, integer: boolean): number | null {
  if (x === null || x === undefined || x === '') return null;
  const n = typeof x === 'number' ? x : Number(x);
  return Number.isFinite(n) && (!integer || Number.isInteger(n)) ? n : null;
}

/**
 * Rows per Parquet row group (and per batch read from the spool): small enough that encoding one
 * holds the event loop briefly.
 */
export const PARQUET_ROW_GROUP = 1_000;

/**
 * Converts an NDJSON spool of contract objects to a Parquet file of the definition's columns, one
 * row group per PARQUET_ROW_GROUP rows; `turn` is awaited between row groups (the background
 * lane's turn: it gives way to interactive traffic), given how long the last row group took.
 */
export async function spoolToParquet(
  def: string,
  spool: string,
  out: string,
  turn: (lastMs: number) => Promise<void>,
  createdBy = 'lcs-platform export',
): Promise<number> {
  const cols = csvColumns(def).map(parquetColumn);
  const schema: Element[] = [{ name: 'root', num_children: cols.length }, ...cols.map((c) => c.element)];
  const writer = new ParquetWriter({ writer: fileWriter(out), schema: schema as never, createdBy });
  let batch: Record<string, unknown>[] = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    const started = performance.now();
    const columnData = cols.map((c) => ({ name: c.element.name, data: batch.map((r) => c.cell(r)) }));
    await writer.write({ columnData: columnData as never, rowGroupSize: batch.length });
    rows += batch.length;
    batch = [];
    await turn(performance.now() - started);
  };
  const lines = createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line) as Record<string, unknown>);
    if (batch.length >= PARQUET_ROW_GROUP) await flush();
  }
  await flush();
  await writer.finish();
  return rows;
}
