/**
 * Typed access to the persisted operations (schema/operations, schema/persisted-operations.json).
 * `pnpm codegen` (codegen.yml) turns each operation into a typed document in
 * ./__generated__/persisted-operations.ts (`V1ClientsDocument`, …): these helpers find its persisted
 * id and text by operation name and run it with the variables and result types of that operation.
 */
import { readFileSync } from 'node:fs';
import { getOperationAST, parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GatewayContext, GatewayResult, GatewayService } from '@lcs/gateway';

export * from './__generated__/persisted-operations.ts';

/** A persisted operation: its id (the SHA-256 of its text, what partners send) and its text. */
export interface PersistedOperation {
  id: string;
  query: string;
}

let byName: Map<string, PersistedOperation[]> | undefined;

/**
 * The persisted operations by operation name (read once). A list route's contract-JSON variant has
 * its list operation's name, so a name can have two.
 */
function persistedByName(): Map<string, PersistedOperation[]> {
  if (byName) return byName;
  const file = new URL('../../schema/persisted-operations.json', import.meta.url);
  const persisted = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  byName = new Map();
  for (const [id, query] of Object.entries(persisted)) {
    const name = getOperationAST(parse(query))?.name?.value;
    if (name) byName.set(name, [...(byName.get(name) ?? []), { id, query }]);
  }
  return byName;
}

/** The persisted id and text of a generated typed document (by its operation name and text). */
export function persistedOperation(document: TypedDocumentNode<unknown, never>): PersistedOperation {
  const name = getOperationAST(document)?.name?.value;
  const text = print(document);
  const operation = (name ? persistedByName().get(name) : undefined)?.find((o) => print(parse(o.query)) === text);
  if (!operation) throw new Error(`no persisted operation named ${name ?? '(anonymous)'} with this text`);
  return operation;
}

/** The answer to a typed persisted operation: its data typed by the operation's result type. */
export interface PersistedResult<TResult> extends Omit<GatewayResult, 'data'> {
  data?: TResult | null;
}

/**
 * Runs a persisted operation in process through the gateway (`GatewayService.execute`, as the
 * facade does) as the context's principal, with variables checked against the operation's type.
 */
export async function executePersisted<TResult, TVariables extends Record<string, unknown>>(
  gateway: Pick<GatewayService, 'execute'>,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  context: GatewayContext,
): Promise<PersistedResult<TResult>> {
  const { query } = persistedOperation(document as TypedDocumentNode<unknown, never>);
  return (await gateway.execute(query, variables, context)) as PersistedResult<TResult>;
}
