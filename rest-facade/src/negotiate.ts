/**
 * Proactive content negotiation (RFC 9110 §12) for the facade's representations, on jshttp's
 * negotiator (the one Express uses): q-values, wildcards and specificity as the RFC has them.
 */
import type { IncomingMessage } from 'node:http';
import Negotiator from 'negotiator';

export type FormatName = 'json' | 'xml' | 'csv';

export interface Offer {
  format: FormatName;
  /** The media type as offered, and sent as Content-Type. */
  contentType: string;
}

/**
 * What the facade offers, in server preference order (the first wins a tie, so `*∕*` and a missing
 * Accept mean JSON). JSON and XML are the contract's `produces`; CSV goes beyond the contract.
 * Parameters are part of the offer so that `Accept: application/json; charset=utf-8` matches.
 */
export const OFFERS: readonly Offer[] = [
  { format: 'json', contentType: 'application/json; charset=utf-8' },
  { format: 'json', contentType: 'text/json; charset=utf-8' },
  { format: 'xml', contentType: 'application/xml; charset=utf-8' },
  { format: 'xml', contentType: 'text/xml; charset=utf-8' },
  { format: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
];
const TYPES = OFFERS.map((o) => o.contentType);
const BY_TYPE = new Map(OFFERS.map((o) => [o.contentType, o]));

/** The offered media types without parameters, for a 406's body. */
export const OFFERED = [...new Set(OFFERS.map((o) => o.contentType.split(';')[0]!))];

/** The representation the client accepts best, or undefined when it accepts none of them (406). */
export function negotiateMedia(req: Pick<IncomingMessage, 'headers'>): Offer | undefined {
  const accept = req.headers.accept;
  if (accept === undefined || accept.trim() === '') return OFFERS[0];
  try {
    const best = new Negotiator(req).mediaType(TYPES);
    return best === undefined ? undefined : BY_TYPE.get(best);
  } catch {
    // An Accept header that does not parse is disregarded (RFC 9110 §12.5.1 allows it).
    return OFFERS[0];
  }
}

export type Coding = 'br' | 'gzip' | 'identity';
const CODINGS: readonly Coding[] = ['br', 'gzip', 'identity'];

/** The content coding to use: the client's highest q wins, br before gzip on a tie; identity otherwise. */
export function negotiateEncoding(req: Pick<IncomingMessage, 'headers'>): Coding {
  const ae = req.headers['accept-encoding'];
  if (!ae) return 'identity';
  try {
    return (new Negotiator(req).encoding(CODINGS, { preferred: CODINGS }) as Coding | undefined) ?? 'identity';
  } catch {
    return 'identity';
  }
}
