/**
 * deploy/observability: every query of the Grafana dashboard and every alert rule names only
 * metrics the platform exports (a fresh registry's families, with histogram series suffixes),
 * so a renamed metric cannot leave a panel or an alert silently empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Metrics } from '@lcs/platform';
import { ROOT } from './generate.ts';

const DIR = join(ROOT, 'deploy/observability');
/** Prometheus' own `up`. */
const ELSEWHERE = new Set(['up']);
const FUNCTIONS = new Set([
  'sum',
  'rate',
  'irate',
  'increase',
  'histogram_quantile',
  'max',
  'min',
  'avg',
  'by',
  'without',
  'on',
  'ignoring',
  'and',
  'or',
  'unless',
  'time',
  'label_values',
  'count',
  'topk',
  'bool',
]);

async function exported(): Promise<Set<string>> {
  const m = new Metrics();
  const names = new Set<string>();
  for (const f of await m.registry.getMetricsAsJSON()) {
    names.add(f.name);
    if (String(f.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(f.name + s);
  }
  return names;
}

/** Metric names in a PromQL expression: identifiers not inside {…} or quotes, not functions or keywords. */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"[^"]*"/g, '""')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\[[^\]]*\]/g, '[]')
    .replace(/\$\w+/g, '');
  const inBy = /\b(?:by|without|on|ignoring)\s*\(([^)]*)\)/g;
  const labels = new Set<string>();
  for (const m of bare.matchAll(inBy)) for (const l of m[1]!.split(',')) labels.add(l.trim());
  return [...bare.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b/g)]
    .map((m) => m[1]!)
    .filter((n) => !FUNCTIONS.has(n) && !labels.has(n) && !/^\d/.test(n) && !/^(e|le)$/.test(n));
}

describe('deploy/observability', () => {
  it('every dashboard panel queries metrics the platform exports', async () => {
    const names = await exported();
    const dash = JSON.parse(readFileSync(join(DIR, 'dashboard.json'), 'utf8')) as {
      panels: { title: string; type: string; targets?: { expr: string }[] }[];
    };
    const panels = dash.panels.filter((p) => p.type !== 'row');
    expect(panels.length).toBeGreaterThan(15);
    for (const p of panels) {
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
      for (const t of p.targets!) {
        const used = metricNames(t.expr);
        expect(used.length, `${p.title}: ${t.expr}`).toBeGreaterThan(0);
        for (const n of used) expect(names.has(n), `${p.title}: ${n} is not a metric the platform exports`).toBe(true);
      }
    }
  });

  it('every alert rule names metrics the platform exports (or that a named part will)', async () => {
    const names = await exported();
    const text = readFileSync(join(DIR, 'alerts.yml'), 'utf8');
    const exprs = [...text.matchAll(/expr: (\|\n((?: {10}.*\n)+)|.*)/g)].map((m) => m[2] ?? m[1]!);
    expect(exprs.length).toBe(13);
    for (const e of exprs) {
      const used = metricNames(e);
      expect(used.length, e).toBeGreaterThan(0);
      for (const n of used) expect(names.has(n) || ELSEWHERE.has(n), `${n} in ${e}`).toBe(true);
    }
  });
});
