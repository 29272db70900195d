/**
 * Depth and cost limits for GraphQL documents sent by signed-in staff and developers. Partners
 * run persisted operations only (vetted at build), so the limits do not apply to them.
 * Cost: every list field costs its page size (`first`, default 100) times what it selects, so a
 * deep fan-out is refused before anything runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  getNullableType,
  type DocumentNode,
  type SelectionSetNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GatewayContext } from './server.ts';

export interface OperationLimits {
  /** Deepest selection allowed. */
  maxDepth: number;
  /** Largest estimated number of objects an operation may touch. */
  maxCost: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 12, maxCost: 50_000_000 };

function depthOf(doc: DocumentNode, operationName?: string | null): number {
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + walk(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, walk(s.selectionSet, seen));
      else if (!seen.has(s.name.value))
        max = Math.max(max, walk(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
    }
    return max;
  };
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op =
    ops.find((d) => !operationName || (d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName)) ??
    ops[0];
  return op && op.kind === Kind.OPERATION_DEFINITION ? walk(op.selectionSet, new Set()) : 0;
}

/**
 * A list costs its page size times its children; anything else costs 1 plus its children. A
 * list without `first` counts as 10 (relations of one object are few; root pages say `first`).
 */
const pageEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // a page's nodes are already counted by the page (its `first`)
  if (/Page$/.test(type.name)) return 1 + childComplexity;
  const list = isListType(getNullableType(field.type)) || /Page$/.test(getNamedType(field.type).name);
  const first = typeof args.first === 'number' ? args.first : 10;
  const cost = list ? Math.max(1, first) * Math.max(1, childComplexity) : 1 + childComplexity;
  // every root field (alias) is at least one planned fetch and database round trip
  return ROOT_TYPES.has(type.name) ? Math.max(cost, ROOT_FIELD_COST) : cost;
};

const ROOT_TYPES = new Set(['Query', 'Mutation']);
/**
 * What a root field costs at least: 500 of them reach the default limit, so thousands of aliased
 * root fields (each a query plan node and a database round trip) are refused before planning.
 */
export const ROOT_FIELD_COST = 100_000;

/** Variable sets whose cost is remembered per document, at most (the memory is cleared beyond). */
const MAX_COSTS_PER_DOCUMENT = 64;

interface Measured {
  schema: unknown;
  depth: Map<string, number>;
  cost: Map<string, number>;
}

export function operationLimitsPlugin(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin<GatewayContext> {
  const refuse = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  // Depth and cost of a parsed document (the server reuses the parsed document of a repeated
  // query), per operation name and, for the cost, per variable values.
  const measured = new WeakMap<DocumentNode, Measured>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          if (contextValue.principal?.kind === 'partner') return;
          let m = measured.get(document);
          if (!m || m.schema !== schema) measured.set(document, (m = { schema, depth: new Map(), cost: new Map() }));
          const op = request.operationName ?? '';
          let depth = m.depth.get(op);
          if (depth === undefined) m.depth.set(op, (depth = depthOf(document, request.operationName)));
          if (depth > limits.maxDepth)
            throw refuse(`the operation is ${depth} levels deep; at most ${limits.maxDepth} are allowed`);
          const key = `${op}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = m.cost.get(key);
          if (cost === undefined) {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pageEstimator],
            });
            if (m.cost.size >= MAX_COSTS_PER_DOCUMENT) m.cost.clear();
            m.cost.set(key, cost);
          }
          if (cost > limits.maxCost)
            throw refuse(
              `the operation could touch about ${cost.toLocaleString('en')} objects; at most ` +
                `${limits.maxCost.toLocaleString('en')} are allowed (ask for smaller pages with first)`,
            );
        },
      };
    },
  };
}
