import { describe, expect, it } from 'vitest';
import { JSON_ARRAY, JsonBytes, NDJSON_LINES, jsonTextChunks, jsonTextString, type JsonText } from './json-text.ts';

const whole = (texts: JsonText[], size: number, join = JSON_ARRAY) => {
  const chunks = [...jsonTextChunks(texts, size, join)];
  return { chunks, text: Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString() };
};

describe('JSON texts as strings or bytes', () => {
  const items = ['{"Id":1,"Name":"Åsa"}', '{"Id":2,"Name":"✓ \\"q\\""}', '{"Id":3}', '{}'];
  const bytes = items.map((t) => new JsonBytes(Buffer.from(t)));

  it('serialises bytes as the string they hold (an HTTP answer is the same either way)', () => {
    expect(JSON.stringify({ page: bytes })).toBe(JSON.stringify({ page: items }));
    expect(bytes.map(jsonTextString)).toEqual(items);
    expect(JSON.parse(String(bytes[1]))).toEqual({ Id: 2, Name: '✓ "q"' });
  });

  it('joins strings, bytes and a mix into the same JSON array and NDJSON, at any chunk size', () => {
    const mixed = items.map((t, i) => (i % 2 ? t : bytes[i]!));
    for (const texts of [items, bytes, mixed])
      for (const size of [1, 20, 45, Infinity]) {
        expect(whole(texts, size).text, `${size}`).toBe(`[${items.join(',')}]`);
        expect(whole(texts, size, NDJSON_LINES).text, `${size}`).toBe(`${items.join('\n')}\n`);
      }
  });

  it('keeps strings as strings and bytes as one Buffer a chunk', () => {
    expect(whole(items, Infinity).chunks).toEqual([`[${items.join(',')}]`]);
    const c = whole(bytes, 45).chunks;
    expect(c.length).toBeGreaterThan(1);
    expect(c.every((x) => Buffer.isBuffer(x))).toBe(true);
  });

  it('writes no items as an empty array, and as no lines', () => {
    expect(whole([], 10).chunks).toEqual(['[]']);
    expect(whole([], 10, NDJSON_LINES).chunks).toEqual([]);
  });
});
