/**
 * The SAML SP's shared state on Redis, for several gateway replicas (saml.ts names the interfaces):
 *
 * - outstanding AuthnRequest ids: `SET … PX` when sent, consumed with `GETDEL` — one atomic
 *   command, so exactly one replica can consume an id however the browser's POST is routed;
 * - seen assertion ids: `SET … NX PX` until the assertion expires — the first replica to see an id
 *   wins, every later use anywhere is a replay;
 * - staff sessions: JSON under the SHA-256 of the session id (a Redis dump holds no usable cookie),
 *   expiring with the session's idle or absolute limit, whichever comes first; a set per tenant and
 *   IdP NameID lists a person's sessions for IdP-initiated logout.
 *
 * Redis unreachable: every operation throws UNAVAILABLE (503). Sign-in is refused rather than run
 * without its replay checks, and a request with a session cookie is refused rather than treated as
 * signed out (which would end the browser's session); callers without a cookie are not affected.
 */
import { createHash } from 'node:crypto';
import { PlatformError } from '@lcs/platform';
import { REDIS_PREFIX, type SharedRedis } from '@lcs/platform/redis';
import type { SamlStateStore, SessionStore, StaffSession } from './saml.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('base64url');

export interface RedisSamlOptions {
  /** Session idle timeout and absolute lifetime, seconds (the SP's: default 30 min and 10 h). */
  idleSeconds?: number;
  absoluteSeconds?: number;
  now?: () => number;
}

export class RedisSamlStore implements SamlStateStore, SessionStore {
  private readonly idle: number;
  private readonly absolute: number;
  private readonly now: () => number;

  constructor(
    private readonly redis: SharedRedis['client'],
    o: RedisSamlOptions = {},
  ) {
    this.idle = (o.idleSeconds ?? 1800) * 1000;
    this.absolute = (o.absoluteSeconds ?? 36_000) * 1000;
    this.now = o.now ?? Date.now;
  }

  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof PlatformError) throw e;
      console.error(`saml store (${what}): Redis unavailable: ${(e as Error).message}`);
      throw new PlatformError(
        'UNAVAILABLE',
        'staff sign-in is unavailable for the moment (the shared session store cannot be reached); retry shortly',
      );
    }
  }

  private key = (kind: string, tenant: string, id: string) => `${REDIS_PREFIX}saml:${kind}:${tenant}:${sha(id)}`;
  private sessionKey = (id: string) => `${REDIS_PREFIX}saml:session:${sha(id)}`;

  async rememberRequest(tenant: string, id: string, expiresAt: number): Promise<void> {
    const ms = Math.max(1, expiresAt - this.now());
    await this.run('request', () => this.redis.set(this.key('req', tenant, id), String(expiresAt), 'PX', ms));
  }

  async consumeRequest(tenant: string, id: string, now: number): Promise<boolean> {
    const v = await this.run('consume', () => this.redis.getdel(this.key('req', tenant, id)));
    return v !== null && Number(v) > now;
  }

  async firstUse(tenant: string, assertionId: string, expiresAt: number, now: number): Promise<boolean> {
    const ms = Math.max(1, expiresAt - now);
    const r = await this.run('assertion', () =>
      this.redis.set(this.key('assertion', tenant, assertionId), String(expiresAt), 'PX', ms, 'NX'),
    );
    return r === 'OK';
  }

  async put(s: StaffSession): Promise<void> {
    const ms = Math.min(s.createdAt + this.absolute, s.lastSeen + this.idle) - this.now();
    if (ms <= 0) return this.delete(s.id);
    const k = this.sessionKey(s.id);
    await this.run('session', async () => {
      const m = this.redis.multi().set(k, JSON.stringify(s), 'PX', ms);
      if (s.nameId) {
        const byName = this.key('nameid', s.principal.tenant, s.nameId);
        m.sadd(byName, k).pexpire(byName, this.absolute, 'GT');
        // a new set has no TTL for GT to compare with: give it one
        m.pexpire(byName, this.absolute, 'NX');
      }
      await m.exec();
    });
  }

  async get(id: string): Promise<StaffSession | undefined> {
    const v = await this.run('session', () => this.redis.get(this.sessionKey(id)));
    return v ? (JSON.parse(v) as StaffSession) : undefined;
  }

  async delete(id: string): Promise<void> {
    await this.run('session', () => this.redis.del(this.sessionKey(id)));
  }

  async deleteByNameId(tenant: string, nameId: string): Promise<number> {
    const byName = this.key('nameid', tenant, nameId);
    return this.run('logout', async () => {
      const keys = await this.redis.smembers(byName);
      const ended = keys.length ? await this.redis.del(...keys) : 0;
      await this.redis.del(byName);
      return ended;
    });
  }
}
