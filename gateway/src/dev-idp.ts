/**
 * DEVELOPMENT ONLY: a local SAML identity provider at `/dev-idp/…` on the gateway, so a newcomer
 * can sign in to the demo tenants with no external service. It lists a few staff users of the
 * tenant and signs a Sweden Connect-style assertion (loa3) for the one picked — no password, so it
 * refuses to exist when NODE_ENV=production. It answers only AuthnRequests from this gateway's
 * own SPs and posts only to their ACS URLs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inflateRawSync } from 'node:zlib';
import { b64, buildResponse, idpMetadata, sign, type KeyPair } from './idp-peer.ts';

export interface DevIdpUser {
  personId: string;
  tssId: string;
  fullName: string | null;
  roles: string[];
}

export interface DevIdpOptions {
  baseUrl: string | (() => string);
  keys: KeyPair;
  listUsers(tenant: string): Promise<DevIdpUser[]>;
  production: boolean;
  /** The installation's environment (prod/utb), shown on the sign-in page. */
  environment?: string;
}

export const DEV_IDP_PATH = '/dev-idp/';
const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createDevIdp(o: DevIdpOptions) {
  if (o.production) throw new Error('the development IdP is never available with NODE_ENV=production');
  const base = () => (typeof o.baseUrl === 'function' ? o.baseUrl() : o.baseUrl).replace(/\/$/, '');
  const entityId = () => `${base()}/dev-idp/metadata`;
  const metadata = () => idpMetadata({ entityId: entityId(), ssoUrl: `${base()}/dev-idp/sso`, signing: o.keys });

  /** The tenant of one of our own SPs, from its entity id (undefined for anyone else). */
  const tenantOf = (spEntityId: string) => {
    const m = /^(.*)\/saml\/([a-z0-9][a-z0-9-]{0,62})\/metadata$/.exec(spEntityId);
    return m && m[1] === base() ? m[2] : undefined;
  };

  function html(res: ServerResponse, status: number, body: string) {
    const env = o.environment ? esc(o.environment.toUpperCase()) : '';
    const page =
      `<!doctype html><meta charset="utf-8"><title>Development IdP${env ? ` – ${env}` : ''}</title>` +
      `<body style="font-family:sans-serif;max-width:44em;margin:2em auto">` +
      `${env ? `<p><b>Miljö / environment: ${env}</b></p>` : ''}\n` +
      `<p style="background:#fde68a;padding:.6em;border:1px solid #b45309"><b>DEVELOPMENT ONLY</b> — this ` +
      `identity provider signs anyone in without a password. It is disabled when NODE_ENV=production.</p>` +
      `${body}</body>`;
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(page),
    });
    res.end(page);
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of req) {
      chunks.push(c as Buffer);
      if (chunks.length > 64) throw new Error('too large');
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/dev-idp/metadata') {
      res.writeHead(200, { 'content-type': 'application/samlmetadata+xml; charset=utf-8' });
      return void res.end(metadata());
    }
    if (url.pathname !== '/dev-idp/sso') return html(res, 404, '<p>Not found.</p>');
    if (req.method === 'GET') {
      const raw = url.searchParams.get('SAMLRequest');
      if (!raw) return html(res, 400, '<p>No SAMLRequest.</p>');
      let xml: string;
      try {
        xml = inflateRawSync(Buffer.from(raw, 'base64')).toString('utf8');
      } catch {
        return html(res, 400, '<p>Unreadable SAMLRequest.</p>');
      }
      const id = /\sID="([^"]+)"/.exec(xml)?.[1];
      const issuer = /<(?:saml2?:)?Issuer[^>]*>([^<]+)</.exec(xml)?.[1];
      const tenant = issuer && tenantOf(issuer);
      if (!id || !tenant)
        return html(res, 400, "<p>This development IdP answers only this gateway's own service providers.</p>");
      const users = await o.listUsers(tenant);
      const rows = users
        .map(
          (u) =>
            `<tr><td>${esc(u.fullName ?? u.tssId)}</td><td>${esc(u.tssId)}</td><td>${esc(u.roles.join(', '))}</td>` +
            `\n        <td><form method="post" action="/dev-idp/sso" style="margin:0">` +
            `<input type="hidden" name="tenant" value="${esc(tenant)}">` +
            `<input type="hidden" name="request" value="${esc(id)}">` +
            `\n        <input type="hidden" name="personId" value="${esc(u.personId)}">` +
            `<input type="hidden" name="name" value="${esc(u.fullName ?? '')}">` +
            `<button>Sign in</button></form></td></tr>`,
        )
        .join('');
      return html(
        res,
        200,
        `<h1>Sign in to ${esc(tenant)}</h1>` +
          `<p>Pick a staff user (loa3, as BankID through Sweden Connect would give):</p>` +
          `\n        <table cellpadding="4"><tr><th>Name</th><th>TSS id</th><th>Roles</th><th></th></tr>` +
          `${rows || '<tr><td colspan="4">No users: seed the tenant first.</td></tr>'}</table>`,
      );
    }
    if (req.method !== 'POST') return html(res, 405, '<p>GET or POST.</p>');
    const form = new URLSearchParams(await readBody(req));
    const tenant = form.get('tenant') ?? '';
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenant)) return html(res, 400, '<p>Bad tenant.</p>');
    const acsUrl = `${base()}/saml/${tenant}/acs`;
    const { xml } = buildResponse({
      issuer: entityId(),
      audience: `${base()}/saml/${tenant}/metadata`,
      acsUrl,
      inResponseTo: form.get('request') ?? undefined,
      acr: LOA3,
      attributes: {
        'urn:oid:1.2.752.29.4.13': form.get('personId') ?? '',
        'urn:oid:2.16.840.1.113730.3.1.241': form.get('name') ?? '',
      },
    });
    const signed = sign(xml, o.keys);
    return html(
      res,
      200,
      `<p>Returning to the platform…</p><form id="f" method="post" action="${esc(acsUrl)}">` +
        `<input type="hidden" name="SAMLResponse" value="${b64(signed)}">` +
        `<noscript><button>Continue</button></noscript></form>` +
        `\n      <script>document.getElementById('f').submit()</script>`,
    );
  }

  return { handle, metadata, entityId };
}
