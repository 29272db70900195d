/**
 * The gateway's subgraph fetcher (gateway/src/fetcher.ts: undici's Agent.request) against a
 * node:http keep-alive client (the fetcher before it), in the same run: CPU µs per fetch of this
 * process, many concurrent POSTs of an entity query to a local server (a child process) that
 * answers 20 entities (~2 KB). Rounds alternate A/B; every answer is parsed and checked.
 * Usage: node --import tsx bench/fetchers.ts [--help] [--fetches 20000] [--connections 50] [--rounds 6]
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { once } from 'node:events';
import { subgraphFetcher } from '@lcs/gateway/fetcher';
import { arg, upperMedian, usage } from './lib/bench-stack.ts';

usage(
  'usage: node --import tsx bench/fetchers.ts [--fetches 20000] [--connections 50] [--rounds 6]\n' +
    "CPU µs per subgraph fetch: the gateway's fetcher (undici) vs a node:http keep-alive client, alternated.",
);
const FETCHES = arg('fetches', 20_000);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 6);

const answer = JSON.stringify({
  data: {
    _entities: Array.from({ length: 20 }, (_, i) => ({
      __typename: 'Client',
      id: String(i),
      name: `Client ${i} ${'x'.repeat(40)}`,
      unit: { id: `u${i}` },
    })),
  },
});
const server = spawn(
  process.execPath,
  [
    '-e',
    `const a=${JSON.stringify(answer)};require('http').createServer((q,s)=>{q.resume();q.on('end',()=>{` +
      `s.writeHead(200,{'content-type':'application/json','content-length':Buffer.byteLength(a)});s.end(a)})})` +
      `.listen(0,'127.0.0.1',function(){console.log(this.address().port)})`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const [portLine] = (await once(server.stdout!, 'data')) as [Buffer];
const url = `http://127.0.0.1:${Number(portLine.toString())}/graphql`;
const body = JSON.stringify({
  query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Client{name}}}',
  variables: { representations: Array.from({ length: 20 }, (_, i) => ({ __typename: 'Client', id: String(i) })) },
});
const headers = { 'content-type': 'application/json', 'x-lcs-context': 'c'.repeat(200) };

type Fetch = () => Promise<string>;
const fetcher = subgraphFetcher(10_000) as unknown as (
  u: string,
  i: object,
) => Promise<{ ok: boolean; text(): Promise<string> }>;
const undiciFetch: Fetch = async () => {
  const r = await fetcher(url, { method: 'POST', headers, body });
  if (!r.ok) throw new Error('not ok');
  return r.text();
};
const agent = new http.Agent({ keepAlive: true, timeout: 4000 });
const nodeHttpFetch: Fetch = () =>
  new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

/** CPU µs per fetch over `n` fetches on CONNECTIONS concurrent callers; every answer checked. */
async function cpuPerFetch(f: Fetch, n: number): Promise<number> {
  let next = 0;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next++ < n) {
        const text = await f();
        if (text !== answer) throw new Error('an answer differs from what the server sent');
      }
    }),
  );
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}

try {
  await cpuPerFetch(undiciFetch, 2000);
  await cpuPerFetch(nodeHttpFetch, 2000);
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? ['undici', 'node:http'] : ['node:http', 'undici'];
    const got: Record<string, number> = {};
    for (const w of order) got[w] = await cpuPerFetch(w === 'undici' ? undiciFetch : nodeHttpFetch, FETCHES);
    ratios.push(got.undici! / got['node:http']!);
    console.log(
      `round ${r + 1}/${ROUNDS}: gateway fetcher (undici) ${got.undici!.toFixed(1)} µs, ` +
        `node:http ${got['node:http']!.toFixed(1)} µs of CPU per fetch`,
    );
  }
  console.log(`RESULT fetcher_cpu_vs_node_http=${upperMedian(ratios).toFixed(2)} (median of ${ROUNDS} rounds)`);
} finally {
  agent.destroy();
  server.kill();
}
process.exit(0);
