/** Reads that set a test stack up: business logs exist once personal data has been read. */
import { expect } from 'vitest';
import type { TestStack } from './stack.ts';

/** One GraphQL read of personal data in each subsystem (care, provider, iam). */
export async function readInEachSubsystem(s: TestStack): Promise<void> {
  const r = await s.gql(
    '{ clients(first: 2) { nodes { id } } executedServices(first: 2) { nodes { id } } users(first: 2) { ' +
      'nodes { id } } }',
  );
  expect(r.body.errors).toBeUndefined();
}
