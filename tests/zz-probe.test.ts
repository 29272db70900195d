import { test, expect } from 'vitest';
import { startTestStack } from './helpers/stack.ts';
test('probe', async () => {
  const t0 = Date.now();
  const s = await startTestStack({ clients: 5, tenants: ['demo'], admin: true });
  console.log('started', Date.now() - t0);
  const r = await s.gql('{ clients(first: 2) { nodes { id } } }');
  console.log(JSON.stringify(r).slice(0, 200));
  console.log((await (await fetch(s.metricsUrl!)).text()).split('\n').filter((l) => l.startsWith('lcs_') && !l.startsWith('lcs_nodejs') && !l.startsWith('lcs_process')).slice(0, 60).join('\n'));
  await s.close();
}, 300_000);
