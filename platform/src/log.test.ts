import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskIdentityNumbers, REDACTED } from './log.ts';

function collect() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, log: createLogger(stream, 'debug') };
}

describe('log redaction', () => {
  it('redacts secrets and personal data by path', () => {
    const { lines, log } = collect();
    log.info(
      {
        req: {
          headers: {
            cookie: 'lcs_session=abc',
            'x-api-key': 'lcs_k_secret',
            authorization: 'Bearer t',
            'x-lcs-principal': 'jwt',
          },
        },
        form: { SAMLResponse: 'PHNhbWw+', name: 'Anna Andersson' },
        client: { fullName: 'Anna Andersson', personalIdentityNumber: '19121212-1212' },
        key: 'lcs_k_other',
      },
      'x',
    );
    const line = lines.join('');
    for (const secret of [
      'lcs_session=abc',
      'lcs_k_secret',
      'Bearer t',
      'PHNhbWw+',
      'Anna Andersson',
      '19121212-1212',
      'lcs_k_other',
      'jwt',
    ])
      expect(line).not.toContain(secret);
    expect(line.split(REDACTED).length - 1).toBeGreaterThanOrEqual(9);
  });

  it('masks valid identity numbers anywhere in a line, and leaves other numbers alone', () => {
    const { lines, log } = collect();
    log.warn(`lookup of 191212121212 and 121212-1212 and 19121212+1212 failed; took 1733234567 ms, id 1234567890`);
    const line = lines.join('');
    expect(line).not.toMatch(/191212121212|121212-1212|19121212\+1212/);
    expect(line).toContain('1733234567');
    expect(line).toContain('1234567890');
    expect(maskIdentityNumbers('"20121212-1212"')).toBe(`"${REDACTED}"`);
  });
});
