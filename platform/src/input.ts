/**
 * Checks on anything a caller sends, before it reaches a parser, validator or the database: no
 * NUL characters (PostgreSQL text cannot hold them), no nesting deeper than the contract or any
 * GraphQL input needs (deep JSON overflows recursive code: validators, clones, coercion), and no
 * prototype keys. Walked iteratively, so a hostile document cannot overflow the walk itself.
 */
import { Lexer, Source, TokenKind } from 'graphql';
import { PlatformError } from './errors.ts';

/** Deepest JSON nesting accepted in bodies and GraphQL variables (contract bodies need < 10). */
export const MAX_INPUT_DEPTH = 32;

const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const bad = (message: string, field: string) => new PlatformError('BAD_USER_INPUT', message, { field });

/** Refuses a string with a NUL character, naming the field. */
export function checkText(value: string, field: string): void {
  if (value.includes('\u0000')) throw bad(`${field} contains a NUL character, which is not allowed in text`, field);
}

/**
 * Walks a parsed JSON value: refuses NUL in strings and keys, nesting beyond `maxDepth`, and
 * (with `protoKeys: false`) keys like `__proto__`. `field` names the root (e.g. "variables").
 */
export function checkJson(value: unknown, field: string, o: { maxDepth?: number; protoKeys?: boolean } = {}): void {
  const max = o.maxDepth ?? MAX_INPUT_DEPTH;
  const stack: [unknown, string, number][] = [[value, field, 0]];
  while (stack.length) {
    const [v, at, depth] = stack.pop()!;
    if (typeof v === 'string') {
      checkText(v, at);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) throw bad(`${at} is nested more than ${max} levels deep`, at);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], `${at}[${i}]`, depth + 1]);
      continue;
    }
    for (const k of Object.keys(v)) {
      checkText(k, `${at}.${k.replaceAll('\u0000', '\\0')}`);
      if (o.protoKeys === false && PROTO_KEYS.has(k))
        throw bad(`${at}.${k} is not an allowed property name`, `${at}.${k}`);
      stack.push([(v as Record<string, unknown>)[k], `${at}.${k}`, depth + 1]);
    }
  }
}

/** JSON.parse of a caller's text, then checkJson; a 400 naming `field` for either failure. */
export function parseJsonInput(text: string, field: string, o?: { maxDepth?: number; protoKeys?: boolean }): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why =
      e instanceof SyntaxError ? e.message.replace(/\s+in JSON at position.*$/, '').slice(0, 200) : 'unparseable';
    throw bad(`${field} is not valid JSON (${why})`, field);
  }
  checkJson(value, field, o);
  return value;
}

/** Most lexical tokens in a GraphQL document (graphql-js `maxTokens`); persisted operations have a few hundred. */
export const MAX_DOCUMENT_TOKENS = 15_000;
/** Deepest bracket nesting ({ [ ( ) in a GraphQL document: the parser recurses per level. */
export const MAX_DOCUMENT_NESTING = 64;

/**
 * Refuses a GraphQL document over the token limit or nested too deeply, or with a NUL character
 * (also one written as an escape in a string literal), before the recursive parser sees it. A
 * lexical error is left to the parser, which reports it as usual.
 */
export function checkDocument(query: string, o: { maxTokens?: number; maxNesting?: number } = {}): void {
  const maxTokens = o.maxTokens ?? MAX_DOCUMENT_TOKENS;
  const maxNesting = o.maxNesting ?? MAX_DOCUMENT_NESTING;
  checkText(query, 'query');
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let t;
  try {
    t = lexer.advance();
  } catch {
    return;
  }
  while (t.kind !== TokenKind.EOF) {
    if (++tokens > maxTokens)
      throw new PlatformError('GRAPHQL_PARSE_FAILED', `the document has more than ${maxTokens} tokens`, {
        field: 'query',
      });
    if (t.kind === TokenKind.BRACE_L || t.kind === TokenKind.BRACKET_L || t.kind === TokenKind.PAREN_L) {
      if (++depth > maxNesting)
        throw new PlatformError('GRAPHQL_PARSE_FAILED', `the document is nested more than ${maxNesting} levels deep`, {
          field: 'query',
        });
    } else if (t.kind === TokenKind.BRACE_R || t.kind === TokenKind.BRACKET_R || t.kind === TokenKind.PAREN_R) depth--;
    else if ((t.kind === TokenKind.STRING || t.kind === TokenKind.BLOCK_STRING) && t.value.includes('\u0000')) {
      throw new PlatformError(
        'BAD_USER_INPUT',
        'a string in the document contains a NUL character, which is not allowed in text',
        { field: 'query' },
      );
    }
    try {
      t = lexer.advance();
    } catch {
      return;
    }
  }
}
