/**
 * Parsing a Prometheus exposition with parse-prometheus-text-format and reading samples from it.
 * The library folds a histogram's labelled series into one (losing labels, counts and sums), so
 * histograms are also read as their plain `_bucket`, `_sum` and `_count` series.
 */
// @ts-expect-error the package ships no types
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface Sample {
  labels?: Record<string, string>;
  value?: string;
}

export interface Family {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: Sample[];
}

export function parseExposition(text: string): Map<string, Family> {
  const out = new Map<string, Family>();
  const add = (fs: Family[]) => {
    for (const f of fs) {
      const had = out.get(f.name);
      if (had && had.type === 'UNTYPED') had.metrics.push(...f.metrics);
      else if (!had) out.set(f.name, f);
    }
  };
  add(parsePrometheusTextFormat(text) as Family[]); // throws on a malformed exposition
  const histograms = new Set([...text.matchAll(/^# TYPE (\S+) histogram$/gm)].map((m) => m[1]!));
  const plain = text
    .split('\n')
    .filter((l) => !/^# (HELP|TYPE) /.test(l) || !histograms.has(l.split(' ')[2]!))
    .join('\n');
  add(
    (parsePrometheusTextFormat(plain) as Family[]).filter(
      (f) => !out.has(f.name) || out.get(f.name)!.type === 'UNTYPED',
    ),
  );
  return out;
}

/** Samples of a family (a histogram: its `_count` series) whose labels include `match`. */
export function samples(families: Map<string, Family>, name: string, match: Record<string, string> = {}): Sample[] {
  let f = families.get(name);
  if (f?.type === 'HISTOGRAM') f = families.get(`${name}_count`);
  if (!f) throw new Error(`no metric family ${name}`);
  return f.metrics.filter((m) => Object.entries(match).every(([k, v]) => m.labels?.[k] === v));
}

/** The sum of the values (counters, gauges) or counts (histograms) of the matching samples. */
export function total(families: Map<string, Family>, name: string, match: Record<string, string> = {}): number {
  return samples(families, name, match).reduce((n, s) => n + Number(s.value ?? 0), 0);
}
