/**
 * XML request bodies (the contract's write routes consume application/xml and text/xml too), read
 * as ASP.NET Web API writes them (see xml.ts): one root element, a property per child element, an
 * array property as a wrapper element holding one element per item, null as `i:nil="true"`. The
 * text is typed by the contract definition (integers, numbers, booleans), so the result is the
 * same JSON a client would have sent, and is validated the same way; what does not fit stays a
 * string and fails validation with a field error.
 */
import { XMLParser } from 'fast-xml-parser';
import { contract, definitionName, properties, refName, PlatformError, type ContractSchema } from '@lcs/platform';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
});

type Node = Record<string, unknown> | string | undefined;

const isNil = (n: unknown) => typeof n === 'object' && n !== null && (n as Record<string, unknown>)['@_nil'] === 'true';
const children = (n: Record<string, unknown>) =>
  Object.entries(n).filter(([k]) => !k.startsWith('@_') && k !== '#text');

function typed(s: ContractSchema, n: Node, depth: number): unknown {
  if (isNil(n)) return null;
  if (s.$ref) return depth > 8 ? null : object(refName(s.$ref), n, depth + 1);
  if (s.type === 'array') {
    if (n === undefined || typeof n !== 'object') return n === '' || n === undefined ? [] : n;
    const items = children(n).flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
    return items.map((i) => typed(s.items ?? {}, i as Node, depth));
  }
  const text = typeof n === 'object' ? ((n['#text'] as string | undefined) ?? '') : (n ?? '');
  if (s.type === 'integer' || s.type === 'number')
    return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (s.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

function object(def: string, n: Node, depth: number): unknown {
  if (n === undefined || isNil(n)) return null;
  if (typeof n !== 'object') return n; // text where an object belongs: validation names the field
  const out: Record<string, unknown> = {};
  for (const [prop, s] of Object.entries(properties(contract().definitions[definitionName(def)]!))) {
    if (prop in n) out[prop] = typed(s, n[prop] as Node, depth);
  }
  return out;
}

/** The JSON of an XML body for a contract definition; 400 for XML that does not parse or has no single root. */
export function xmlBody(text: string, def: string): unknown {
  if (/<!DOCTYPE/i.test(text))
    throw new PlatformError('BAD_USER_INPUT', 'XML bodies may not carry a DOCTYPE', { field: '(body)' });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text, true) as Record<string, unknown>;
  } catch (e) {
    throw new PlatformError(
      'BAD_USER_INPUT',
      `the request body is not well-formed XML: ${(e as Error).message.split('\n')[0]}`,
      { field: '(body)' },
    );
  }
  const roots = children(doc).filter(([k]) => !k.startsWith('?'));
  if (roots.length !== 1 || Array.isArray(roots[0]![1]))
    throw new PlatformError('BAD_USER_INPUT', 'the XML body must have exactly one root element', { field: '(body)' });
  return object(def, roots[0]![1] as Node, 0);
}
