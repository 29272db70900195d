import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS } from './subgraphs.ts';

describe('committed migrations', () => {
  // drizzle's migrator applies only migrations whose `when` is later than the last applied one:
  // a journal whose times do not grow would silently skip migrations on an existing database.
  it.each(SUBGRAPHS.map((d) => [d.name, d.migrations.folder] as const))(
    '%s: journal times grow with every migration',
    (_name, folder) => {
      const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
        entries: { idx: number; when: number; tag: string }[];
      };
      journal.entries.forEach((e, i) => {
        expect(e.idx).toBe(i);
        if (i > 0) expect(e.when).toBeGreaterThan(journal.entries[i - 1]!.when);
      });
    },
  );
});
