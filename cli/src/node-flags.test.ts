import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_IN_ONE_HEAP_MB, ALL_IN_ONE_NODE_FLAGS } from './node-flags.ts';
import { ROOT } from './paths.ts';

describe("the all-in-one's Node flags", () => {
  it('`pnpm start` runs with them', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${ALL_IN_ONE_NODE_FLAGS.join(' ')} --import tsx cli/src/lcs.ts start`);
  });

  it('give V8 the heap limit they name', () => {
    const limit = Number(
      execFileSync(
        process.execPath,
        [...ALL_IN_ONE_NODE_FLAGS, '-p', 'require("node:v8").getHeapStatistics().heap_size_limit'],
        { encoding: 'utf8' },
      ),
    );
    // the old generation's limit plus the young generation's
    expect(limit / 2 ** 20).toBeGreaterThanOrEqual(ALL_IN_ONE_HEAP_MB);
    expect(limit / 2 ** 20).toBeLessThan(ALL_IN_ONE_HEAP_MB + 128);
  });
});
