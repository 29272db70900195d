/**
 * Keeps the key store's verdicts for a while, so a partner's next request does not look its key
 * up again (one database round trip of the three a page takes). Safe only because the verdict is
 * dropped as soon as anything it was read from changes:
 *
 * - every change to the credential tables moves one number in the database (the credential
 *   generation, bumped by triggers in the same transaction), which this process reads every
 *   `everyMs` (1 s); a kept verdict is used only while it was read under the generation last read,
 *   and only while that read is no older than twice `everyMs`. If the read fails or lags, nothing
 *   kept is used (every request goes to the store, as without the cache) until a read succeeds.
 *   A revocation made by another process (the console's iam subgraph, `pnpm lcs`) therefore
 *   takes effect here within about a second; one made in this process at once (`changed()`).
 * - a key's verdict is never kept past the key's expiry nor past `maxAgeMs`.
 * - an unknown key's verdict is not kept (random keys must not push out real ones); refusals of
 *   real keys (revoked, expired, not bound to the certificate) are, so a tool still sending a
 *   rotated-out key does not cost a lookup a request.
 *
 * Kept by the SHA-256 of key and certificate fingerprint, never the key itself; at most `max`
 * verdicts, least recently used out first (lru-cache).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { KeyVerdict } from './auth.ts';

export interface VerdictCacheOptions {
  /** The store's verdict for a key and certificate fingerprint (iam's verifyApiKey). */
  verify: (key: string, fingerprint: string | undefined) => Promise<KeyVerdict>;
  /** The credential generation now (iam's readCredentialGeneration). */
  generation: () => Promise<number>;
  /** How often the generation is read, ms (1,000). */
  everyMs?: number;
  /** Verdicts kept at most (10,000). */
  max?: number;
  /** The longest a verdict is kept however quiet the credentials are, ms (60,000). */
  maxAgeMs?: number;
  /** Counts each verdict by where it came from. */
  counted?: (source: 'cache' | 'store') => void;
  /** The generation could not be read (called once until a read succeeds again), or can again (undefined). */
  onReadFailure?: (error: unknown | undefined) => void;
  now?: () => number;
}

interface Kept {
  verdict: KeyVerdict;
  generation: number;
  epoch: number;
  until: number;
}

export class VerdictCache {
  private readonly kept: LRUCache<string, Kept>;
  private readonly everyMs: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private generation?: number;
  /** When the read that gave `generation` started. */
  private readAt = -Infinity;
  /** Moved by `changed()`: what was read before a change made in this process is not kept. */
  private epoch = 0;
  private failing = false;
  private timer?: NodeJS.Timeout;
  private closed = false;
  /** The read in progress (one at a time), and whether another is queued after it. */
  private reading?: Promise<void>;
  private queued = false;

  constructor(private readonly o: VerdictCacheOptions) {
    this.everyMs = o.everyMs ?? 1_000;
    this.maxAgeMs = o.maxAgeMs ?? 60_000;
    this.now = o.now ?? Date.now;
    this.kept = new LRUCache({ max: o.max ?? 10_000 });
    this.refresh();
  }

  /** The verdict for a key and certificate: kept if still good, else the store's. */
  async verify(key: string, fingerprint: string | undefined): Promise<KeyVerdict> {
    const now = this.now();
    if (!this.fresh(now)) {
      this.o.counted?.('store');
      return this.o.verify(key, fingerprint);
    }
    const id = createHash('sha256')
      .update(key)
      .update('\n')
      .update(fingerprint ?? '')
      .digest('base64');
    const kept = this.kept.get(id);
    if (kept && kept.generation === this.generation && kept.epoch === this.epoch && now < kept.until) {
      this.o.counted?.('cache');
      return kept.verdict;
    }
    const generation = this.generation!;
    const epoch = this.epoch;
    const verdict = await this.o.verify(key, fingerprint);
    this.o.counted?.('store');
    // read under what is still current (no change heard of meanwhile), and not an unknown key's
    if (epoch === this.epoch && generation === this.generation && (verdict.ok || verdict.reason !== 'unknown')) {
      const expires = verdict.ok && verdict.validUntil ? verdict.validUntil.getTime() : Infinity;
      this.kept.set(id, { verdict, generation, epoch, until: Math.min(now + this.maxAgeMs, expires) });
    }
    return verdict;
  }

  /** Credentials changed in this process: drop everything kept and read the generation afresh. */
  changed(): void {
    this.epoch++;
    this.kept.clear();
    this.refresh();
  }

  /** Verdicts kept now (tests). */
  get size(): number {
    return this.kept.size;
  }

  /** Resolves when the generation read in progress (if any) is done. */
  async settled(): Promise<void> {
    await this.reading;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.kept.clear();
  }

  private fresh(now: number): boolean {
    return this.generation !== undefined && now - this.readAt <= 2 * this.everyMs;
  }

  /** Reads the generation now (after the read in progress) and schedules the next. */
  private refresh(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    // many changes at once (a script creating keys) queue one read, not one each
    if (this.queued) return;
    this.queued = true;
    this.reading = (this.reading ?? Promise.resolve()).then(() => this.read());
  }

  private async read(): Promise<void> {
    this.queued = false;
    if (this.closed) return;
    const started = this.now();
    try {
      const generation = await this.o.generation();
      if (generation !== this.generation) this.kept.clear();
      this.generation = generation;
      this.readAt = started;
      if (this.failing) this.o.onReadFailure?.(undefined);
      this.failing = false;
    } catch (e) {
      // stale from now on: nothing kept is used until a read succeeds
      this.kept.clear();
      if (!this.failing) this.o.onReadFailure?.(e);
      this.failing = true;
    } finally {
      if (!this.closed) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(), this.everyMs).unref();
      }
    }
  }
}
