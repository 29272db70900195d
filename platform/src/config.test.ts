/**
 * The legal audit guarantee has no off switch in production: the benchmark-only
 * LCS_BENCHMARK_WITHOUT_AUDIT is refused with NODE_ENV=production, and a production
 * configuration built by hand with it is refused by the services.
 */
import { describe, expect, it } from 'vitest';
import { assertAuditGuarantee, loadConfig } from './config.ts';
import { createSubgraphService, type SubgraphDefinition } from './subgraph.ts';
import type { Database } from './db.ts';

const KEYS = { LCS_TRUST_KEYS: `k:${'x'.repeat(40)}` };

describe('audit guarantee in the configuration', () => {
  it('production configurations always write audit records', () => {
    const c = loadConfig({ NODE_ENV: 'production', ...KEYS });
    expect(c.production).toBe(true);
    expect(c.withoutAudit).toBeUndefined();
  });

  it('loadConfig refuses the benchmark switch with NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', LCS_BENCHMARK_WITHOUT_AUDIT: '1', ...KEYS })).toThrow(
      /cannot be turned off in production/,
    );
  });

  it('outside production the benchmark switch is honoured, and only the exact value 1 sets it', () => {
    expect(loadConfig({ NODE_ENV: 'benchmark', LCS_BENCHMARK_WITHOUT_AUDIT: '1', ...KEYS }).withoutAudit).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test', LCS_BENCHMARK_WITHOUT_AUDIT: 'true', ...KEYS }).withoutAudit).toBeUndefined();
    expect(loadConfig({ ...KEYS }).withoutAudit).toBeUndefined();
  });

  it(
    'a hand-built production configuration with audit off is refused ' + 'by the guard and by the subgraph service',
    async () => {
      expect(() => assertAuditGuarantee({ production: true, withoutAudit: true })).toThrow(
        /cannot be turned off in production/,
      );
      expect(() => assertAuditGuarantee({ production: false, withoutAudit: true })).not.toThrow();
      const def = { name: 'care', entities: [] } as unknown as SubgraphDefinition;
      await expect(
        createSubgraphService(def, {
          db: {} as Database,
          trust: { keys: [] },
          config: { production: true, withoutAudit: true },
        }),
      ).rejects.toThrow(/cannot be turned off in production/);
    },
  );
});
