import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { MaintenanceNow, OperationsState } from './operations.ts';
import { gatewayWriteGate, maintenanceGate, maintenanceSeen } from './status-page.ts';

const OFF: MaintenanceNow = { mode: 'off', reason: '', until: null };
const ON: MaintenanceNow = { mode: 'on', reason: 'uppgradering', until: '2030-01-01T00:00:00.000Z' };

/** Operations state whose answers are scripted: each call to maintenance() takes the next. */
function scripted(...answers: MaintenanceNow[]): OperationsState {
  let i = 0;
  return {
    environment: 'prod',
    maintenance: async () => answers[Math.min(i++, answers.length - 1)]!,
  } as unknown as OperationsState;
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('maintenance gate', () => {
  it('the handler decides on the state the gate admitted the request under, not on a newer read', async () => {
    // the gate reads 'off' and admits; the state turns 'on' before the operation is resolved
    const ops = scripted(OFF, ON);
    const decide = gatewayWriteGate(ops);
    const gate = maintenanceGate(
      async (req, res) => {
        const refused = await decide('query', maintenanceSeen(req));
        res.writeHead(refused ? refused.status : 200).end();
      },
      { ops, api: 'graphql' },
    );
    const s = await serve(gate.handler);
    try {
      expect((await fetch(`${s.url}/graphql`)).status).toBe(200);
      // the next request is refused at the gate itself, with the problem body that names the end
      const refused = await fetch(`${s.url}/graphql`);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = await refused.json();
      expect(body.detail).toContain(ON.until);
      expect(body.maintenance).toMatchObject({ mode: 'on', until: ON.until });
    } finally {
      await s.close();
    }
  });

  it('in-process callers (no gate) read the state when they ask', async () => {
    const decide = gatewayWriteGate(scripted(ON));
    expect(await decide('query')).toMatchObject({ status: 503 });
    expect(await decide('query', OFF)).toBeUndefined();
    expect(await decide('mutation', { ...ON, mode: 'read-only' })).toMatchObject({ status: 503 });
    expect(await decide('query', { ...ON, mode: 'read-only' })).toBeUndefined();
  });
});
