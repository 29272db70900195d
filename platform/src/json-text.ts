/**
 * One item's contract JSON as the database wrote it (contract-sql.ts), on its way to a REST answer
 * or an export file. On PostgreSQL the read gate keeps it as the bytes the server sent (`JsonBytes`):
 * decoding 3.3 MB of UTF-8 into JavaScript strings for every 5,000-row page, only to encode them
 * back for the socket, was most of an export's CPU (bench/json-rows.ts: 14.1 µs a row as strings,
 * 3.5 µs as bytes). On PGlite, and after any JSON hop (a subgraph or gateway answering over HTTP,
 * a deduplicated copy), it is a string. Whoever reads it takes either (`jsonTextString`,
 * `jsonTextChunks`); serialised as JSON, `JsonBytes` is the string it holds, so a GraphQL answer over
 * HTTP is the same either way.
 */
export class JsonBytes {
  constructor(readonly bytes: Buffer) {}
  toString(): string {
    return this.bytes.toString('utf8');
  }
  /** JSON.stringify (an HTTP answer): the text, as a JSON string. */
  toJSON(): string {
    return this.toString();
  }
}

export type JsonText = string | JsonBytes;

export const isJsonText = (v: unknown): v is JsonText => typeof v === 'string' || v instanceof JsonBytes;

/** The text of one item. */
export const jsonTextString = (t: JsonText): string => (typeof t === 'string' ? t : t.toString());

/** Chunks (strings and Buffers, as jsonTextChunks gives them) as one Buffer. */
export function concatChunks(chunks: Iterable<string | Buffer>): Buffer {
  const parts = [...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c) : c));
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** How items are joined: a JSON array (`[`, `,`, `]`) or NDJSON lines (``, `\n`, `\n`). */
export interface TextJoin {
  open: string;
  separator: string;
  close: string;
}
export const JSON_ARRAY: TextJoin = { open: '[', separator: ',', close: ']' };
export const NDJSON_LINES: TextJoin = { open: '', separator: '\n', close: '\n' };

/**
 * Items joined as `join` says, in chunks of about `size` bytes (characters for strings) whose
 * concatenation is the whole: one flat string per chunk when its items are strings (one join, the
 * texts copied once; concatenating them made strings that were copied again when flattened for the
 * socket), one Buffer when any is bytes (never decoded). No items: `open` + `close` when there is an
 * `open` (an empty JSON array; no lines).
 */
export function* jsonTextChunks(texts: readonly JsonText[], size: number, join: TextJoin): Generator<string | Buffer> {
  if (!texts.length) {
    if (join.open) yield join.open + join.close;
    return;
  }
  const sep = Buffer.from(join.separator);
  for (let from = 0; from < texts.length;) {
    let to = from;
    let bytes = false;
    for (let n = 0; to < texts.length && n < size;) {
      const t = texts[to++]!;
      if (typeof t === 'string') n += t.length + 1;
      else {
        bytes = true;
        n += t.bytes.length + 1;
      }
    }
    const last = to === texts.length;
    if (!bytes) {
      const part = texts.slice(from, to) as string[];
      part[0] = (from ? join.separator : join.open) + part[0];
      if (last) part[part.length - 1] += join.close;
      yield part.join(join.separator);
    } else {
      const parts: Buffer[] = [];
      if (!from && join.open) parts.push(Buffer.from(join.open));
      for (let i = from; i < to; i++) {
        if (i) parts.push(sep);
        const t = texts[i]!;
        parts.push(typeof t === 'string' ? Buffer.from(t) : t.bytes);
      }
      if (last) parts.push(Buffer.from(join.close));
      yield Buffer.concat(parts);
    }
    from = to;
  }
}
