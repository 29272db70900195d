/**
 * Persisted operations that one subgraph answers alone: once the gateway has planned such an
 * operation (its first run), later runs skip the gateway's request pipeline, query planning and
 * result shaping, and send the planned fetch straight to that subgraph's data source (the same
 * one the plan would use: in process or over HTTP, with in-flight deduplication).
 *
 * Only when that cannot change the answer: the plan is a single query fetch with nothing to
 * require or rewrite, and the fetch's document is the persisted document itself (the planner
 * added, removed and reordered nothing), so the subgraph's result has exactly the shape the
 * gateway would have built from it. Anything else keeps going through the gateway.
 */
import {
  Kind,
  OperationTypeNode,
  parse,
  print,
  stripIgnoredCharacters,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';

type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];

export interface DirectPlan {
  subgraph: string;
  /** The fetch's document, as the planner sends it. */
  query: string;
  operationName?: string;
  /** Variables the fetch uses (the others are not sent, as the gateway does). */
  variableUsages: string[];
  /** The operation, for data sources that look at the incoming request's kind. */
  operation: OperationDefinitionNode;
}

/** The document as text with the operation's name left out (the planner renames fetches). */
function unnamed(doc: DocumentNode): string | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) return undefined;
  const renamed: DocumentNode = {
    ...doc,
    definitions: doc.definitions.map((d) => (d === ops[0] ? { ...ops[0], name: undefined } : d)),
  };
  return stripIgnoredCharacters(print(renamed));
}

/** The direct plan of an operation, or undefined when the gateway must run it. */
export function directPlanOf(plan: QueryPlan, document: DocumentNode): DirectPlan | undefined {
  const f = plan.node;
  if (!f || f.kind !== 'Fetch') return undefined;
  if (
    f.operationKind !== OperationTypeNode.QUERY ||
    f.requires?.length ||
    f.inputRewrites?.length ||
    f.outputRewrites?.length ||
    f.contextRewrites?.length
  )
    return undefined;
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.operation !== OperationTypeNode.QUERY || document.definitions.length !== 1) return undefined;
  let fetched: DocumentNode;
  try {
    fetched = parse(f.operation, { noLocation: true });
  } catch {
    return undefined;
  }
  const mine = unnamed(document);
  if (mine === undefined || mine !== unnamed(fetched)) return undefined;
  return {
    subgraph: f.serviceName,
    query: f.operation,
    operationName: f.operationName,
    variableUsages: f.variableUsages ?? [],
    operation: op,
  };
}
