import { describe, expect, it } from 'vitest';
import { RegisterChanged, type AuditDeferral, type Metrics } from '@lcs/platform';
import { ReadAhead, type Walker } from './read-ahead.ts';
import type { ExecutionResult } from './server.ts';

/** A list of `pages` pages of `size` items; page n's cursor is `c{n}`. */
function walker(o: {
  pages: number;
  size?: number;
  fail?: number;
  /** The records' commit fails: the audit log is down, or (`register`) the register of protected identities changed. */
  failCommit?: boolean | 'register';
  /** Where the page read after `after` is guessed to end (Walker.predict); none: no guesses. */
  guess?: (after: string) => string;
}) {
  const size = o.size ?? 10;
  const reads: string[] = [];
  const commits: string[] = [];
  const pending = new Map<string, () => void>();
  const w: Walker = {
    walk: 'w',
    keyOf: (v) => `w/${String(v.after)}`,
    nextOf(v, r) {
      const page = r.data?.page as { pageInfo: { hasNextPage: boolean; endCursor: string }; contractJson: string[] };
      if (!page.pageInfo.hasNextPage || page.contractJson.length < 10) return undefined;
      return { ...v, after: page.pageInfo.endCursor };
    },
    read(v, deferAudit: AuditDeferral) {
      const n = Number(String(v.after).slice(1)) + 1;
      reads.push(`c${n}`);
      return new Promise<ExecutionResult>((resolve, reject) => {
        pending.set(`c${n}`, () => {
          if (o.fail === n) return reject(new Error('down'));
          deferAudit.hold(async () => {
            if (o.failCommit === 'register') throw new RegisterChanged();
            if (o.failCommit) throw new Error('audit down');
            commits.push(`c${n}`);
            return 1;
          });
          resolve({
            data: {
              page: {
                contractJson: Array.from({ length: size }, (_, i) => `{"Id":${n * 100 + i}}`),
                pageInfo: { hasNextPage: n < o.pages, endCursor: `c${n}` },
              },
            },
          });
        });
      });
    },
  };
  if (o.guess) w.predict = async (v) => ({ ...v, after: o.guess!(String(v.after)) });
  /** Lets the read of page `c` answer, and the promises that follow it settle. */
  const answer = async (c: string) => {
    pending.get(c)!();
    pending.delete(c);
    await new Promise((r) => setImmediate(r));
  };
  return { w, reads, commits, answer };
}

const served = (n: number, more = true): ExecutionResult => ({
  data: { page: { contractJson: Array(10).fill('{}'), pageInfo: { hasNextPage: more, endCursor: `c${n}` } } },
});

describe('ReadAhead', () => {
  it('reads the next page at once and the one after it when that is done, up to its depth', async () => {
    const ra = new ReadAhead({ depth: 2 });
    const { w, reads, commits, answer } = walker({ pages: 10 });
    ra.follow(w, { after: 'c1' }, served(2));
    expect(reads).toEqual(['c3']); // one read at a time per walk
    await answer('c3');
    expect(reads).toEqual(['c3', 'c4']);
    await answer('c4');
    expect(reads).toEqual(['c3', 'c4']); // two held: no more until the caller takes one
    expect(commits).toEqual([]); // nothing delivered, nothing recorded
    const page3 = await ra.take(w, { after: 'c2' });
    expect((page3?.data?.page as { pageInfo: { endCursor: string } }).pageInfo.endCursor).toBe('c3');
    expect(commits).toEqual(['c3']); // recorded when delivered, before it is handed out
    expect(reads).toEqual(['c3', 'c4', 'c5']); // room again: the waiting read starts
    expect(ra.size).toBe(2);
    // delivered once: asked for again, it is not held, so the walk is out of step and starts afresh
    expect(await ra.take(w, { after: 'c2' })).toBeUndefined();
    expect(ra.size).toBe(0);
  });

  it('stops at the last page and does not read ahead short pages', async () => {
    const ra = new ReadAhead();
    const { w, reads, answer } = walker({ pages: 3 });
    ra.follow(w, { after: 'c1' }, served(2));
    await answer('c3');
    expect(reads).toEqual(['c3']); // c3 is the last page
    ra.follow(w, { after: 'c3' }, served(4, false));
    expect(reads).toEqual(['c3']);
  });

  it('drops a page nobody asks for without recording it, and gives the walk up', async () => {
    const ra = new ReadAhead({ ttlMs: 30, depth: 1 });
    const { w, reads, commits, answer } = walker({ pages: 10 });
    ra.follow(w, { after: 'c1' }, served(2));
    await answer('c3');
    expect(reads).toEqual(['c3']); // depth 1: c4 waits for c3 to be taken
    await new Promise((r) => setTimeout(r, 60));
    expect(ra.size).toBe(0);
    expect(await ra.take(w, { after: 'c2' })).toBeUndefined();
    expect(reads).toEqual(['c3']); // the waiting read was given up with the walk
    expect(commits).toEqual([]);
  });

  it('hands out nothing for a read that failed or a record that could not be committed', async () => {
    const ra = new ReadAhead();
    const failing = walker({ pages: 10, fail: 3 });
    ra.follow(failing.w, { after: 'c1' }, served(2));
    await failing.answer('c3');
    expect(await ra.take(failing.w, { after: 'c2' })).toBeUndefined();
    const unaudited = walker({ pages: 10, failCommit: true });
    const u: Walker = { ...unaudited.w, walk: 'u', keyOf: (v) => `u/${String(v.after)}` };
    ra.follow(u, { after: 'c1' }, served(2));
    await unaudited.answer('c3');
    expect(await ra.take(u, { after: 'c2' })).toBeUndefined();
    expect(unaudited.commits).toEqual([]);
  });

  it('drops a page masked as the register of protected identities no longer stands, counted as remasked', async () => {
    const counted: string[] = [];
    const metrics = { facadeReadAhead: { inc: (l: { outcome: string }) => void counted.push(l.outcome) } };
    const ra = new ReadAhead({ metrics: metrics as unknown as Metrics });
    const { w, answer, commits } = walker({ pages: 10, failCommit: 'register' });
    ra.follow(w, { after: 'c1' }, served(2));
    await answer('c3');
    expect(await ra.take(w, { after: 'c2' })).toBeUndefined(); // the caller's request then runs as usual
    expect(commits).toEqual([]);
    expect(counted).toEqual(['remasked']);
  });

  it('reads the page after at once where it can guess where this one ends, and drops a wrong guess', async () => {
    const ra = new ReadAhead({ depth: 2 });
    // right for every page but c4, whose guess is c9 (as if rows had changed meanwhile)
    const { w, reads, commits, answer } = walker({
      pages: 10,
      guess: (after) => (after === 'c3' ? 'c9' : `c${Number(after.slice(1)) + 1}`),
    });
    ra.follow(w, { after: 'c1' }, served(2));
    await new Promise((r) => setImmediate(r));
    expect(reads).toEqual(['c3', 'c4']); // both at once
    await answer('c3');
    expect(reads).toEqual(['c3', 'c4']); // c4 was guessed right: not read again
    expect(await ra.take(w, { after: 'c2' })).toBeDefined();
    await new Promise((r) => setImmediate(r));
    expect(reads).toEqual(['c3', 'c4', 'c10']); // room: c4's guess (wrong: c9 + 1)
    await answer('c4'); // ends on c4: the page read from the guess is dropped, c5 is read
    expect(reads).toEqual(['c3', 'c4', 'c10', 'c5']);
    await answer('c10');
    expect(await ra.take(w, { after: 'c9' })).toBeUndefined(); // not held
    expect(commits).toEqual(['c3']);
  });

  it('starts afresh when the caller asks for a page not held, dropping what was held for it', async () => {
    const ra = new ReadAhead({ depth: 2 });
    const { w, reads, commits, answer } = walker({ pages: 10 });
    ra.follow(w, { after: 'c1' }, served(2));
    await answer('c3');
    await answer('c4');
    expect(ra.size).toBe(2);
    // the caller went its own way (an earlier page again)
    expect(await ra.take(w, { after: 'c1' })).toBeUndefined();
    expect(ra.size).toBe(0);
    ra.follow(w, { after: 'c1' }, served(2)); // served as usual: the walk begins again, c3 is read again
    expect(reads).toEqual(['c3', 'c4', 'c3']);
    expect(commits).toEqual([]);
  });

  it('holds at most maxHeld pages in the process', () => {
    const ra = new ReadAhead({ maxHeld: 2 });
    for (const walk of ['a', 'b', 'c']) {
      const { w } = walker({ pages: 10 });
      ra.follow({ ...w, walk, keyOf: (v) => `${walk}/${String(v.after)}` }, { after: 'c1' }, served(2));
    }
    expect(ra.size).toBe(2);
  });
});
