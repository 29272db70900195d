/**
 * Writing a representation: content negotiation (JSON by default, XML as the contract produces
 * it, CSV beyond the contract, 406 otherwise), compression (br or gzip), and strong ETags with
 * If-None-Match → 304 on single resources.
 *
 * Small bodies are serialised whole and sent with a Content-Length. Large lists (the 1,000–5,000
 * row pages) are streamed: serialised in ~64 KB chunks that flow through the compressor (zlib
 * works on the thread pool) while the next chunk is built, so the first bytes leave early, the
 * event loop is released between chunks, and no full-size copy of the body is held as one string
 * and then again as a buffer and again compressed.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { csvChunks } from './csv.ts';
import type { JsonWriter } from './contract-json.ts';
import { negotiateEncoding, negotiateMedia, OFFERED, type Coding, type Offer } from './negotiate.ts';
import { xmlDocument, xmlListChunks } from './xml.ts';
import { problem } from './problems.ts';
import { JSON_ARRAY, concatChunks, jsonTextChunks, type JsonText } from '@lcs/platform';

export interface Representation {
  /** The contract-shaped (PascalCase) body. */
  body: unknown;
  /** Contract definition of the body's items. */
  definition: string;
  /** A single resource (ETag applies) rather than a list. */
  single: boolean;
  /**
   * A list's GraphQL items and the writer of one item's contract JSON (contract-json.ts jsonFor):
   * a JSON answer is written straight from them, and `body` (the mapped items) is not needed.
   */
  json?: { nodes: readonly unknown[]; write: (node: unknown) => string };
  /**
   * XML root element of a list. Default `ArrayOf{item}`, {item} being the `xml.name` of the
   * route's array response in the contract (see xml.ts for how the contract's hints are read).
   */
  xmlRoot?: string;
  /**
   * The resource's version ETag (`"v…"`, entities with writes): sent instead of a content hash, so
   * it can be sent back in If-Match; other media types and codings get a suffix (`"v…-xml"`).
   */
  version?: string;
}

/** Bodies below this are not worth compressing (headers and framing would eat the gain). */
export const MIN_COMPRESS_BYTES = 1024;
/** Lists from this many items on are streamed rather than serialised whole. */
export const STREAM_MIN_ITEMS = 200;
const CHUNK_CHARS = 64 * 1024;

/**
 * Compression settings for dynamic content on the hot path. Brotli's default quality (11) is for
 * static assets: on a 1,000-row page (695 KB of JSON) it took ~2 s, against ~10 ms at 5 (28 KB;
 * 4 would be ~5 ms for 32 KB). gzip 6 is zlib's own default (~9 ms, 35 KB).
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
const brotliOptions = (sizeHint?: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    ...(sizeHint ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
  },
});
/** Output buffer of the streaming compressors (zlib's default is 16 KB): fewer, larger writes. */
const ZLIB_CHUNK = 64 * 1024;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const VARY = ['Accept', 'Accept-Encoding'];

function addVary(res: ServerResponse): void {
  const current = res.getHeader('vary');
  const have = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (have.includes('*')) return;
  const lower = new Set(have.map((h) => h.toLowerCase()));
  const add = VARY.filter((v) => !lower.has(v.toLowerCase()));
  if (add.length) res.setHeader('vary', [...have, ...add].join(', '));
}

/** 406 with an RFC 9457 body naming what is offered (always JSON: the client accepts nothing we have). */
function notAcceptable(req: IncomingMessage, res: ServerResponse): void {
  const accept = req.headers.accept ?? '';
  problem(
    res,
    'NOT_ACCEPTABLE',
    `none of the offered media types is acceptable (Accept: ${accept}); offered: ${OFFERED.join(', ')}`,
    {
      offered: OFFERED,
    },
  );
}

/** The whole body as text, for single resources and small lists. */
function serialise(offer: Offer, rep: Representation, items: readonly unknown[] | undefined): string {
  switch (offer.format) {
    case 'json':
      return JSON.stringify(rep.body ?? null);
    case 'xml':
      return items
        ? join(xmlListChunks(rep.definition, items, rep.xmlRoot, Infinity))
        : xmlDocument(rep.definition, rep.body);
    case 'csv':
      return join(
        csvChunks(rep.definition, items ?? (rep.body === null || rep.body === undefined ? [] : [rep.body]), Infinity),
      );
  }
}

function join(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

/** A list as text chunks of about CHUNK_CHARS (JSON texts the database wrote: Buffers when they are bytes). */
function chunks(offer: Offer, rep: Representation, items: readonly unknown[]): Iterable<string | Buffer> {
  switch (offer.format) {
    case 'json':
      return jsonChunks(items);
    case 'xml':
      return xmlListChunks(rep.definition, items, rep.xmlRoot, CHUNK_CHARS);
    case 'csv':
      return csvChunks(rep.definition, items, CHUNK_CHARS);
  }
}

/**
 * The chunks as a stream, the first one already built; between chunks the event loop gets a turn
 * (a fast local socket never pushes back, and a 5,000-row XML page would otherwise hold the loop for
 * its whole serialisation). A Readable of our own rather than `Readable.from` over an async
 * generator: with that, every streamed page's items stayed alive through the young-generation
 * collections and were promoted (a 1,000-row page's ~1 MB of the database's bytes each, freed only by
 * full collections: README § Benchmarks, 7 December, before noon); with this they are young garbage.
 */
class ChunkStream extends Readable {
  #first: IteratorResult<string | Buffer> | undefined;
  constructor(
    first: IteratorResult<string | Buffer>,
    private readonly rest: Iterator<string | Buffer>,
  ) {
    super({ objectMode: true, highWaterMark: 4 });
    this.#first = first;
  }
  override _read(): void {
    const first = this.#first;
    if (first) {
      this.#first = undefined;
      this.push(first.done ? null : first.value);
      return;
    }
    setImmediate(() => {
      if (this.destroyed) return; // the caller went away: the rest is not built
      let r: IteratorResult<string | Buffer>;
      try {
        r = this.rest.next();
      } catch (e) {
        this.destroy(e as Error);
        return;
      }
      this.push(r.done ? null : r.value);
    });
  }
}

const stringify: JsonWriter = (item) => JSON.stringify(item ?? null);

/** Items per JSON.stringify when a writer writes many at once (~700 characters each: ~64 KB). */
const JSON_BATCH = 96;

/** A JSON array of the items, in chunks of about `size` characters (each item written by `write`). */
function* jsonChunks(
  items: readonly unknown[],
  write: JsonWriter = stringify,
  size = CHUNK_CHARS,
): Generator<string | Buffer> {
  // JSON texts the database wrote (represent.ts writtenList): joined, never parsed (bytes stay bytes)
  if (write.texts) return yield* jsonTextChunks(items as readonly JsonText[], size, JSON_ARRAY);
  const many = write.many;
  if (many && items.length) {
    // batches of items in one JSON.stringify each, without their brackets, joined by commas
    let buf = '';
    for (let i = 0; i < items.length; i += JSON_BATCH) {
      const part = many(items, i, Math.min(items.length, i + JSON_BATCH));
      buf += (i ? ',' : '[') + part.slice(1, -1);
      if (buf.length >= size) {
        yield buf;
        buf = '';
      }
    }
    yield `${buf}]`;
    return;
  }
  let buf = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) buf += ',';
    buf += write(items[i]);
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}]`;
}

/** A strong validator for the bytes sent as `contentType` with `coding` (RFC 9110 §8.8.3). */
function strongEtag(contentType: string, body: Buffer, coding: Coding): string {
  const h = createHash('sha256').update(contentType).update('\n').update(body).digest('base64url').slice(0, 27);
  return `"${h}${coding === 'identity' ? '' : `-${coding}`}"`;
}

/** A version ETag per representation: the JSON one as is, others suffixed by format and coding. */
function versionEtag(version: string, offer: Offer, coding: Coding): string {
  const suffix = [offer.format === 'json' ? '' : offer.format, coding === 'identity' ? '' : coding]
    .filter(Boolean)
    .join('-');
  return suffix ? `${version.slice(0, -1)}-${suffix}"` : version;
}

/** If-None-Match (weak comparison, RFC 9110 §13.1.2) against the current ETag. */
function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  for (const raw of header.split(',')) {
    const t = raw.trim();
    if ((t.startsWith('W/') ? t.slice(2) : t) === etag) return true;
  }
  return false;
}

function isClientGone(e: unknown, res: ServerResponse): boolean {
  return res.destroyed || (e as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}

export async function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  rep: Representation,
): Promise<void> {
  addVary(res);
  const offer = negotiateMedia(req);
  if (!offer) return notAcceptable(req, res);
  const coding = negotiateEncoding(req);
  // JSON lists straight from the GraphQL items when the route has a writer; else the mapped body.
  const json = offer.format === 'json' ? rep.json : undefined;
  const items = json ? undefined : Array.isArray(rep.body) ? (rep.body as readonly unknown[]) : undefined;
  const count = json ? json.nodes.length : items?.length;
  res.setHeader('content-type', offer.contentType);
  // personal data: a list is stored by no cache (a single resource is revalidated by its ETag, below)
  if (!rep.single && !res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');

  if (count !== undefined && count >= STREAM_MIN_ITEMS) {
    // The first chunk is built before anything is committed, so a failure to serialise still gets
    // a clean problem response from the caller rather than a cut connection.
    const rest = (json ? jsonChunks(json.nodes, json.write) : chunks(offer, rep, items!))[Symbol.iterator]();
    const first = rest.next();
    if (coding !== 'identity') res.setHeader('content-encoding', coding);
    res.statusCode = status;
    if (req.method === 'HEAD') return void res.end();
    const source = new ChunkStream(first, rest);
    try {
      if (coding === 'identity') await pipeline(source, res);
      else
        await pipeline(
          source,
          coding === 'br'
            ? zlib.createBrotliCompress({ ...brotliOptions(), chunkSize: ZLIB_CHUNK })
            : zlib.createGzip({ level: GZIP_LEVEL, chunkSize: ZLIB_CHUNK }),
          res,
        );
    } catch (e) {
      if (!isClientGone(e, res)) throw e;
    }
    return;
  }

  let body = json
    ? concatChunks(jsonChunks(json.nodes, json.write, Infinity))
    : Buffer.from(serialise(offer, rep, items));
  const use: Coding = body.length >= MIN_COMPRESS_BYTES ? coding : 'identity';
  if (rep.single && status === 200) {
    const etag = rep.version ? versionEtag(rep.version, offer, use) : strongEtag(offer.contentType, body, use);
    res.setHeader('etag', etag);
    if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'private, no-cache');
    if ((req.method === 'GET' || req.method === 'HEAD') && noneMatch(req.headers['if-none-match'], etag)) {
      res.removeHeader('content-type');
      res.statusCode = 304;
      res.end();
      return;
    }
  }
  if (use === 'br') body = await brotli(body, brotliOptions(body.length));
  else if (use === 'gzip') body = await gzip(body, { level: GZIP_LEVEL });
  if (use !== 'identity') res.setHeader('content-encoding', use);
  res.statusCode = status;
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
