/**
 * End to end against an independent IdP: Debian's SimpleSAMLphp (1.19), run under `php -S` with
 * a configuration generated here. Sign-in through its login form with loa3, a too-low level
 * (loa2), and an encrypted assertion (tenant demo2's SP asks for encryption).
 *
 * Needs `php` and /usr/share/simplesamlphp (`.ci/run` installs them); skipped otherwise.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@lcs/platform';
import { sql } from 'drizzle-orm';
import { samlKeyPair } from '@lcs/cli/pki';
import { setIdpConfig } from '@lcs/iam/saml';
import { idpEntityId } from '@lcs/gateway/saml';
import { startTestStack, type TestStack } from './helpers/stack.ts';

const SSP = '/usr/share/simplesamlphp';
const phpOk = (() => {
  try {
    return (
      existsSync(join(SSP, 'www/index.php')) &&
      !!execFileSync('php', ['-r', 'echo extension_loaded("dom") ? "ok" : "";']).toString().includes('ok')
    );
  } catch {
    return false;
  }
})();
const SKIP = phpOk
  ? ''
  : ' (SKIPPED: php or simplesamlphp is not installed here; .ci/run installs simplesamlphp php-cli php-xml ' +
    'php-mbstring php-curl)';

const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
const LOA2 = 'http://id.elegnamnden.se/loa/1.0/loa2';
const PNR = 'urn:oid:1.2.752.29.4.13';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

const php = (v: unknown): string =>
  JSON.stringify(v).replace(/\{/g, '[').replace(/\}/g, ']').replace(/":/g, '" =>').replace(/\\\//g, '/');

// In CI the peer must be there (.ci/run installs it): a missing one fails instead of skipping.
it.runIf(!phpOk && !!process.env.CI)('SimpleSAMLphp is installed in CI', () => {
  expect(phpOk, 'php with the dom extension and /usr/share/simplesamlphp are required in CI').toBe(true);
});

describe.skipIf(!phpOk)(`staff sign-in against SimpleSAMLphp${SKIP}`, () => {
  let stack: TestStack;
  let origin: string;
  let idpBase: string;
  let proc: ChildProcess | undefined;
  let dir: string;
  const users: Record<string, { personId: string; tssId: string }> = {};

  beforeAll(async () => {
    stack = await startTestStack({ clients: 10, saml: {} });
    origin = new URL(stack.gatewayUrl).origin;
    for (const tenant of ['demo', 'demo2']) {
      const rows = await stack.asTenant(tenant, (tx) =>
        tx.execute(sql`
        select u.person_id, u.tss_id from iam."user" u where not u.disabled
          and exists (select 1 from iam.role_assignment ra where ra.user_id = u.id and ra.valid_to is null) order by
          u.id limit 1`),
      );
      const r = rowsOf<{ person_id: string; tss_id: string }>(rows)[0]!;
      users[tenant] = { personId: r.person_id, tssId: r.tss_id };
    }
    const port = await freePort();
    idpBase = `http://127.0.0.1:${port}`;
    dir = mkdtempSync(join(tmpdir(), 'lcs-ssp-'));
    for (const d of ['config', 'metadata', 'cert', 'data', 'tmp', 'log']) mkdirSync(join(dir, d));
    const idpKeys = await samlKeyPair('SimpleSAMLphp test IdP');
    writeFileSync(join(dir, 'cert/idp.crt'), idpKeys.cert);
    writeFileSync(join(dir, 'cert/idp.pem'), idpKeys.key);
    const spMeta = await (await fetch(`${origin}/saml/demo2/metadata`)).text();
    const encCert =
      /use="encryption"[\s\S]*?<ds:X509Certificate>([^<]+)</.exec(spMeta)?.[1] ??
      /use="encryption"[\s\S]*?X509Certificate>([^<]+)</.exec(spMeta)![1]!;
    writeFileSync(
      join(dir, 'config/config.php'),
      `<?php
$config = [
  'baseurlpath' => '${idpBase}/',
  'certdir' => '${dir}/cert/', 'loggingdir' => '${dir}/log/', 'datadir' => '${dir}/data/', 'tempdir' => '${dir}/tmp/',
  'metadatadir' => '${dir}/metadata/',
  'technicalcontact_name' => 'test', 'technicalcontact_email' => 'test@example.org',
  'secretsalt' => '${idpKeys.fingerprint}', 'auth.adminpassword' => 'not-used-${idpKeys.fingerprint.slice(0, 8)}',
  'timezone' => 'UTC', 'logging.level' => SimpleSAML\\Logger::WARNING, 'logging.handler' => 'errorlog',
  'enable.saml20-idp' => true, 'module.enable' => ['exampleauth' => true, 'core' => true, 'saml' => true],
  'store.type' => 'phpsession', 'session.cookie.secure' => false, 'session.cookie.samesite' => null,
  'session.phpsession.savepath' => '${dir}/tmp', 'language.cookie.secure' => false, 'language.cookie.samesite' => null,
  'metadata.sources' => [['type' => 'flatfile', 'directory' => '${dir}/metadata/']],
  'production' => false, 'admin.checkforupdates' => false, 'showerrors' => true, 'errorreporting' => false,
];
`,
    );
    writeFileSync(
      join(dir, 'config/authsources.php'),
      `<?php
$config = [
  'admin' => ['core:AdminPassword'],
  'staff' => ['exampleauth:UserPass',
    'staff:pw' => ${php({
      [PNR]: [users.demo!.personId],
      'urn:oid:2.16.840.1.113730.3.1.241': ['Demo Staff'],
      loa: [LOA3],
    })},
    'low:pw' => ${php({ [PNR]: [users.demo!.personId], loa: [LOA2] })},
    'staff2:pw' => ${php({ [PNR]: [users.demo2!.personId], loa: [LOA3] })},
  ],
];
`,
    );
    writeFileSync(
      join(dir, 'metadata/saml20-idp-hosted.php'),
      `<?php
$metadata['${idpBase}/saml2/idp/metadata.php'] = [
  'host' => '__DEFAULT__',
  'privatekey' => 'idp.pem', 'certificate' => 'idp.crt', 'auth' => 'staff',
  'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
  'authproc' => [
    // The user's level becomes the AuthnContextClassRef (as BankID/Freja through an eID proxy would give).
    10 => ['class' => 'core:PHP',
      'code' => '$state["saml:AuthnContextClassRef"] = $attributes["loa"][0]; unset($attributes["loa"]);'],
  ],
];
`,
    );
    const sp = (tenant: string, encrypt: boolean) => `$metadata['${origin}/saml/${tenant}/metadata'] = [
  'AssertionConsumerService' => '${origin}/saml/${tenant}/acs',
  'SingleLogoutService' => '${origin}/saml/${tenant}/logout',
  'NameIDFormat' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'assertion.encryption' => ${encrypt ? 'true' : 'false'},
  ${
    encrypt
      ? `'keys' => [['encryption' => true, 'signing' => false, 'type' => 'X509Certificate',
    'X509Certificate' => '${encCert}']],`
      : ''
  }
];`;
    writeFileSync(join(dir, 'metadata/saml20-sp-remote.php'), `<?php\n${sp('demo', false)}\n${sp('demo2', true)}\n`);
    proc = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', join(SSP, 'www')], {
      env: { ...process.env, SIMPLESAMLPHP_CONFIG_DIR: join(dir, 'config') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    proc.stderr!.on('data', (c) => {
      log += c;
      if (log.length > 20_000) log = log.slice(-10_000);
    });
    let metadata = '';
    for (let i = 0; i < 100 && !metadata.includes('IDPSSODescriptor'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      metadata = await fetch(`${idpBase}/saml2/idp/metadata.php?output=xml`)
        .then((r) => r.text())
        .catch(() => '');
    }
    if (!metadata.includes('IDPSSODescriptor'))
      throw new Error(`SimpleSAMLphp did not start: ${metadata.slice(0, 500)}\n${log.slice(-2000)}`);
    // As `pnpm lcs idp set --tenant demo --metadata <url>` does.
    for (const tenant of ['demo', 'demo2']) {
      await setIdpConfig(stack.db.app, tenant, {
        metadataXml: metadata,
        entityId: idpEntityId(metadata),
        profile: 'sweden-connect',
      });
    }
  });

  afterAll(async () => {
    proc?.kill();
    await stack?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A browser: login at the SP, the IdP's form, the auto-posted response back to our ACS. */
  async function signIn(tenant: string, username: string) {
    const jar = new Map<string, string>();
    const keep = (r: Response) => {
      for (const c of r.headers.getSetCookie()) {
        const [kv] = c.split(';');
        const i = kv!.indexOf('=');
        jar.set(kv!.slice(0, i), kv!.slice(i + 1));
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const go = async (url: string, init: RequestInit = {}) => {
      const r = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers ?? {}), cookie: cookie() },
      });
      keep(r);
      return r;
    };
    let r = await go(`${origin}/saml/${tenant}/login`);
    expect(r.status).toBe(302);
    let url = r.headers.get('location')!;
    expect(url.startsWith(idpBase)).toBe(true);
    for (let i = 0; i < 5; i++) {
      r = await go(url);
      if (r.status >= 300 && r.status < 400) url = new URL(r.headers.get('location')!, url).toString();
      else break;
    }
    let html = await r.text();
    const authState = /name="AuthState" value="([^"]+)"/.exec(html)?.[1];
    expect(authState, html.slice(0, 2000)).toBeTruthy();
    const decode = (s: string) =>
      s
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#0*39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    r = await go(url.split('?')[0]!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password: 'pw', AuthState: decode(authState!) }).toString(),
    });
    for (let i = 0; i < 5 && r.status >= 300 && r.status < 400; i++) {
      url = new URL(r.headers.get('location')!, url).toString();
      r = await go(url);
    }
    html = await r.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(html)?.[1];
    expect(samlResponse, html.slice(0, 2000)).toBeTruthy();
    expect(decode(action!)).toBe(`${origin}/saml/${tenant}/acs`);
    const raw = Buffer.from(decode(samlResponse!), 'base64').toString();
    const acs = await fetch(decode(action!), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ SAMLResponse: decode(samlResponse!) }).toString(),
    });
    return { status: acs.status, cookie: acs.headers.get('set-cookie'), text: await acs.text(), raw };
  }

  const currentTenant = (setCookie: string) =>
    fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: setCookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ currentTenant { domain } }' }),
    }).then(
      async (r) => ((await r.json()) as { data?: { currentTenant?: { domain: string } } }).data?.currentTenant?.domain,
    );

  it('signs a demo user in with loa3; GraphQL runs in their tenant', async () => {
    const r = await signIn('demo', 'staff');
    expect(r.status, r.text).toBe(303);
    expect(r.raw).toContain(LOA3);
    expect(r.raw).not.toContain('EncryptedAssertion');
    expect(await currentTenant(r.cookie!)).toBe('demo');
  });

  it('refuses a sign-in below the required level (loa2 for loa3)', async () => {
    const r = await signIn('demo', 'low');
    expect(r.status).toBe(403);
    expect(r.cookie).toBeNull();
    expect(r.text).toMatch(/does not meet the required level/);
  });

  it('accepts an encrypted assertion (demo2 asks for encryption)', async () => {
    const r = await signIn('demo2', 'staff2');
    expect(r.raw).toContain('EncryptedAssertion');
    expect(r.status, r.text).toBe(303);
    expect(await currentTenant(r.cookie!)).toBe('demo2');
  });
});
