/**
 * Representations of a response body: JSON (default). Content negotiation for XML and CSV,
 * compression and ETags build on this one function.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Representation {
  /** The contract-shaped (PascalCase) body. */
  body: unknown;
  /** Contract definition of the body's items. */
  definition: string;
  /** A single resource (ETag applies) rather than a list. */
  single: boolean;
}

export async function send(_req: IncomingMessage, res: ServerResponse, status: number, rep: Representation): Promise<void> {
  const text = JSON.stringify(rep.body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
