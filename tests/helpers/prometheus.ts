/** Parsing a Prometheus exposition (parse-prometheus-text-format) and reading samples from it. */
// @ts-expect-error the package ships no types
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface Sample {
  labels?: Record<string, string>;
  value?: string;
  buckets?: Record<string, string>;
  count?: string;
  sum?: string;
}

export interface Family {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: Sample[];
}

export function parseExposition(text: string): Map<string, Family> {
  const families = parsePrometheusTextFormat(text) as Family[];
  return new Map(families.map((f) => [f.name, f]));
}

/** Samples of a family whose labels include `match`. */
export function samples(families: Map<string, Family>, name: string, match: Record<string, string> = {}): Sample[] {
  const f = families.get(name);
  if (!f) throw new Error(`no metric family ${name}`);
  return f.metrics.filter((m) => Object.entries(match).every(([k, v]) => m.labels?.[k] === v));
}

/** The sum of the values (counters, gauges) or counts (histograms) of the matching samples. */
export function total(families: Map<string, Family>, name: string, match: Record<string, string> = {}): number {
  return samples(families, name, match).reduce((n, s) => n + Number(s.value ?? s.count ?? 0), 0);
}
