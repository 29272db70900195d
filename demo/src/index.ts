/**
 * Demo data: a synthetic, deterministic municipality across all subgraphs, generated and written in
 * batches (memory stays flat however large the tenant). Not part of the runtime kit: only the CLI's
 * seeding, the tests and the benchmark use it.
 */
export * from './world.ts';
export * from './staff.ts';
export * from './tenant.ts';
