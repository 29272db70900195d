/**
 * Administering a RUNNING all-in-one from the command line (cli/src/cli-db.ts): the platform runs
 * in a child process on a data directory (embedded PGlite; or PostgreSQL), `pnpm lcs idp set` and
 * `pnpm lcs key create` run as separate processes while it serves, and the running platform uses
 * the change at once — the next sign-in goes to the new IdP, the new key is accepted by the facade —
 * without a restart. On PGlite the CLI reaches the instance's own database over its local socket
 * (never a second PGlite on the directory), and whoever holds the directory is named when another
 * process would open it: `pnpm start` refuses while a command holds it, and a command refuses what
 * it cannot reach, with a message saying what to do.
 */
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLock, openDatabase, readLock } from '@lcs/platform';
import { samlKeyPair } from '@lcs/cli/pki';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { idpMetadata } from '@lcs/gateway/idp-peer';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';
import { facadeFetch } from './helpers/facade.ts';
import { readFileSync } from 'node:fs';

let root: string;
let tdb: TestDatabase;
let env: NodeJS.ProcessEnv;
let child: ReturnType<typeof spawn> | undefined;
let exited: Promise<number | null>;
let aio: { gatewayUrl: string; facadeUrl: string; licence: string };

function startChild(): {
  proc: ReturnType<typeof spawn>;
  ready: Promise<typeof aio>;
  exit: Promise<number | null>;
  stderr: () => string;
} {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/aio-child.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  const ready = new Promise<typeof aio>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (l) => resolve(JSON.parse(l)));
    void exit.then((code) =>
      reject(new Error(`the all-in-one exited (${code}) before it answered: ${err.slice(-500)}`)),
    );
  });
  return { proc, ready, exit, stderr: () => err };
}

/** Runs `pnpm lcs …` as its own process (as a user would), against the same data directory / database. */
function lcs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'cli/src/lcs.ts', ...args],
      { env, timeout: 120_000 },
      (e, stdout, stderr) => resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lcs-live-'));
  tdb = await testDatabase();
  env = { ...process.env, LCS_DATA_DIR: root, NODE_ENV: 'test', ...(tdb.url ? { DATABASE_URL: tdb.url } : {}) };
  delete env.LCS_TEST_DB;
  const c = startChild();
  child = c.proc;
  exited = c.exit;
  aio = await c.ready;
}, 240_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await exited;
  }
  await tdb?.drop();
  rmSync(root, { recursive: true, force: true });
});

describe(`administering a running all-in-one on ${DB_KIND}`, () => {
  it.runIf(DB_KIND === 'pglite')(
    'the running instance holds its PGlite directory and serves it to local tools over a socket',
    () => {
      const holder = readLock(join(root, 'pglite'));
      expect(holder?.pid).toBe(child!.pid);
      expect(holder?.socket).toBe(join(root, 'pglite.sock'));
      expect(existsSync(holder!.socket!)).toBe(true);
    },
  );

  it.runIf(DB_KIND === 'pglite')(
    'a second process opening the directory is refused with a message naming the running instance',
    async () => {
      await expect(
        openDatabase(
          { dataDir: join(root, 'pglite') },
          SUBGRAPHS.map((d) => d.migrations),
        ),
      ).rejects.toThrow(
        new RegExp(`in use by "lcs start \\(all-in-one\\)" \\(pid ${child!.pid}.*local tools reach it over`),
      );
    },
  );

  it('`lcs idp set` while it runs: the next sign-in goes to the new IdP, without a restart', async () => {
    const origin = new URL(aio.gatewayUrl).origin;
    const sso = `https://idp-${Date.now()}.example.invalid/sso`;
    const before = await fetch(`${origin}/saml/demo/login`, { redirect: 'manual' });
    expect(before.headers.get('location') ?? '').not.toContain(sso);
    const file = join(root, 'idp.xml');
    writeFileSync(
      file,
      idpMetadata({
        entityId: 'https://idp.live.example.invalid',
        ssoUrl: sso,
        signing: await samlKeyPair('live test IdP'),
      }),
    );
    const r = await lcs('idp', 'set', '--tenant', 'demo', '--metadata', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('identity provider https://idp.live.example.invalid');
    const after = await fetch(`${origin}/saml/demo/login`, { redirect: 'manual' });
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toMatch(new RegExp(`^${sso.replace(/[.?]/g, '\\$&')}\\?SAMLRequest=`));
  }, 180_000);

  it('`lcs key create` while it runs: the facade accepts the new key at once; `key revoke` works too', async () => {
    const pki = join(root, 'pki');
    const identity = {
      ca: readFileSync(join(pki, 'ca.crt'), 'utf8'),
      cert: readFileSync(join(pki, 'demo-client.crt'), 'utf8'),
      key: readFileSync(join(pki, 'demo-client.key'), 'utf8'),
    };
    const call = (key: string) =>
      facadeFetch(`${aio.facadeUrl}/api/v1/clients?limit=2&domain=demo`, { headers: { 'x-api-key': key }, identity });
    const r = await lcs('key', 'create', '--tenant', 'demo', '--licence', aio.licence, '--label', 'live test');
    expect(r.code, r.stderr).toBe(0);
    const key = r.stdout.trim();
    expect(key).toMatch(/^lcs_/);
    const ok = await call(key);
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(2);
    expect((await call(`${key.slice(0, -4)}xxxx`)).status).toBe(401);

    const keyId = /key (\S+),/.exec(r.stderr)![1]!;
    const revoked = await lcs('key', 'revoke', keyId, '--tenant', 'demo');
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await call(key)).status).toBe(401);
  }, 240_000);

  it('refuses a bad id, package, fingerprint or address with one line and exit 2; writes nothing', async () => {
    // each of these ended in a DrizzleQueryError stack trace, or was stored as given
    const clients = await lcs('client', 'list', '--tenant', 'demo');
    const client = /[0-9a-f]{8}-[0-9a-f-]{27}/.exec(clients.stdout)![0];
    const cases: [string[], RegExp][] = [
      [['client', 'revoke', 'nope', '--tenant', 'demo'], /^lcs: clientId: "nope" is not an id \(`lcs client list`/],
      [['client', 'create', '--tenant', 'demo', '--name', '   '], /^lcs: --name: give 1 to 200 characters$/],
      [['licence', 'create', '--tenant', 'demo', '--client', 'nope', '--package', '8873'], /^lcs: --client: "nope"/],
      [
        ['licence', 'create', '--tenant', 'demo', '--client', client, '--package', '1234', '--scope', 'tenant'],
        /^lcs: --package: "1234" is not a licensable package \(8873, /,
      ],
      [
        ['licence', 'create', '--tenant', 'demo', '--client', client, '--package', '8932', '--scope', 'subject'],
        /^lcs: a subject licence needs --subject$/,
      ],
      [['key', 'create', '--tenant', 'demo', '--licence', 'x'], /^lcs: --licence: "x" is not an id/],
      [['key', 'revoke', '%%%', '--tenant', 'demo'], /^lcs: keyId: "%%%" is not a key id/],
      [['cert', 'bind', client, '--tenant', 'demo', '--fingerprint', 'zz'], /^lcs: fingerprint must be a SHA-256/],
      [
        ['licence', 'no-certificate', aio.licence, '--tenant', 'demo', '--actor', 't', '--allow', '10.0.0.1,intranet'],
        /^lcs: "intranet" is not an IP address/,
      ],
    ];
    const before = (await lcs('licence', 'list', '--tenant', 'demo')).stdout;
    for (const [args, says] of cases) {
      const r = await lcs(...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim(), args.join(' ')).toMatch(says);
      expect(r.stderr).not.toMatch(/\n\s+at |DrizzleQueryError/);
    }
    expect((await lcs('licence', 'list', '--tenant', 'demo')).stdout).toBe(before);
  }, 240_000);

  it("reads through the CLI see the running platform's rows (`key list`), and the platform keeps serving", async () => {
    const r = await lcs('key', 'list', '--tenant', 'demo');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('live test');
    // the limits in force, the platform's defaults marked (as the console's Partners page shows them)
    const l = await lcs('licence', 'list', '--tenant', 'demo');
    expect(l.code, l.stderr).toBe(0);
    expect(l.stdout).toContain(aio.licence);
    expect(l.stdout).toMatch(
      /ratePerMinute [\d,]+( \(default\))?, burst [\d,]+( \(default\))?, concurrency [\d,]+ \(default\)/,
    );
    const res = await fetch(aio.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo' },
      body: JSON.stringify({ query: '{ clients(first: 1) { nodes { id } } }' }),
    });
    expect((await res.json()).data.clients.nodes).toHaveLength(1);
  }, 180_000);

  it.runIf(DB_KIND === 'pglite')(
    'once stopped, the CLI opens the directory itself; while a command holds it, `pnpm start` refuses with a message',
    async () => {
      child!.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(readLock(join(root, 'pglite'))).toBeUndefined();
      const r = await lcs('key', 'list', '--tenant', 'demo');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('live test');

      const held = DataDirLock.acquire(join(root, 'pglite'), 'lcs seed');
      try {
        const c = startChild();
        c.ready.catch(() => {});
        expect(await c.exit).not.toBe(0);
        expect(c.stderr()).toMatch(/in use by "lcs seed" \(pid \d+.*wait until it has finished/);
        const cli = await lcs('key', 'list', '--tenant', 'demo');
        expect(cli.code).toBe(2);
        expect(cli.stderr).toMatch(/lcs: the embedded database .* is in use by "lcs seed"/);
      } finally {
        held.release();
      }
    },
    300_000,
  );
});
