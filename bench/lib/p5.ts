/**
 * p5's victim, as bench/run.ts measures it and bench/neighbour-cost.ts measures it alone: the
 * neighbour tenant on its demo key (no limit reached), pages of 100 executed services.
 */
import type { DevPki } from '@lcs/cli/pki';
import type { PreparedDataset } from './dataset.ts';
import { countItems, type Tls } from './https.ts';
import { seededRandom, type LoadTarget } from './load.ts';
import { spawnNode, type Child } from './procs.ts';
import { REST_PATH } from '../queries.ts';

/** The facade's path (without origin) of the executed services of `tenant`, with `?domain=`. */
export const restPath = (facadeUrl: string, tenant: string): string =>
  `${new URL(facadeUrl).pathname}${REST_PATH}`.replace(/^\/\//, '/') + `?domain=${tenant}`;

/** The victim's page size. */
export const VICTIM_ROWS = 100;

/**
 * The victim: `varied` — pages at offsets from a PRNG of its own (seeded the same every run: no two
 * requests alike, nothing deduplicated), each answer's item count checked (the heavy neighbour's
 * victim); otherwise the first page, again and again (the flood's).
 */
export function p5Victim(o: {
  name: string;
  facadeUrl: string;
  ds: Pick<PreparedDataset, 'neighbour' | 'neighbourKey' | 'neighbourExecutedServices'>;
  tls: Tls;
  pids: LoadTarget['pids'];
  varied: boolean;
}): LoadTarget {
  const { ds } = o;
  const rnd = seededRandom(19);
  const live = ds.neighbourExecutedServices;
  return {
    name: o.name,
    url: `${o.facadeUrl}${REST_PATH}?limit=${VICTIM_ROWS}&domain=${ds.neighbour}`,
    headers: { 'x-api-key': ds.neighbourKey },
    tls: o.tls,
    pids: o.pids,
    next: o.varied
      ? () => {
          const offset = Math.floor(rnd() * Math.max(1, live - VICTIM_ROWS));
          const want = Math.min(VICTIM_ROWS, live - offset);
          return {
            path: `${restPath(o.facadeUrl, ds.neighbour)}&limit=${VICTIM_ROWS}&offset=${offset}`,
            check: (_status, text) => {
              const n = countItems(Buffer.from(text));
              return n === want ? undefined : `${o.name} page at offset ${offset}: ${n} items, not ${want}`;
            },
          };
        }
      : undefined,
  };
}

/**
 * The measurement's own noise: p5 alternates the order of a round's two windows (alone then with
 * the neighbour, then with and alone, …), so round i's second window and round i+1's first are the
 * same condition measured back to back. Their p99 ratios (the later ÷ the earlier) are what two
 * windows differ by when nothing but time changed, beside which a round's with ÷ alone is read.
 */
export function sameConditionRatios(rounds: { alone: { p99: number }; with: { p99: number } }[]): number[] {
  const ratios: number[] = [];
  for (let i = 0; i + 1 < rounds.length; i++) {
    const same = i % 2 === 0 ? 'with' : 'alone';
    ratios.push(rounds[i + 1]![same].p99 / rounds[i]![same].p99);
  }
  return ratios;
}

/** The largest of `sameConditionRatios` as a factor either way (1.2: two such windows differed by 20 %). */
export const noiseFactor = (ratios: number[]): number =>
  ratios.length ? Math.max(...ratios.map((r) => Math.max(r, 1 / r))) : NaN;

/** Starts p5's bare 429 server (bare-429.ts) with the dataset's server certificate and CA; its URL once ready. */
export async function startBare429(pki: Pick<DevPki, 'server' | 'ca'>): Promise<{ child: Child; url: string }> {
  const child = spawnNode('bare 429', 'bench/lib/bare-429.ts', {
    ipc: true,
    env: { BARE_429_TLS: JSON.stringify({ key: pki.server.key, cert: pki.server.cert, ca: pki.ca.cert }) },
  });
  const { url } = await child.message<{ type: string; url: string }>('ready', 30_000);
  return { child, url };
}
