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
  getVariableValues,
  visit,
  type DocumentNode,
  type GraphQLSchema,
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
  /** The variables the cost can depend on: those given to a `first` or to @skip/@include's `if`. */
  costVariables: string[];
}

/**
 * The variables a document's cost depends on. The estimator reads `first` only, and the cost
 * walk follows @skip/@include; every other variable (ids, dates, filters: what makes a frontend's
 * requests differ) cannot change the cost, so it is not part of the memory's key.
 */
function costVariablesOf(doc: DocumentNode): string[] {
  const names = new Set<string>();
  visit(doc, {
    Argument(a) {
      if (a.name.value === 'first' && a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
    },
    Directive(d) {
      if (d.name.value !== 'skip' && d.name.value !== 'include') return;
      for (const a of d.arguments ?? []) if (a.value.kind === Kind.VARIABLE) names.add(a.value.name.value);
    },
  });
  return [...names].sort();
}

/** The memory's key: the operation and the values of the variables its cost depends on (absent ≠ null). */
function costKey(op: string, names: string[], variables: Record<string, unknown>): string {
  let key = op;
  for (const n of names) key += '\u0000' + (Object.hasOwn(variables, n) ? JSON.stringify(variables[n]) : '');
  return key;
}

/**
 * The variables coerced against the operations measured (what getComplexity does first), before
 * any cost is looked up or measured: a value of the wrong type is the caller's mistake, a 400
 * BAD_USER_INPUT naming the variable, as Apollo Server answers it where no limit runs (thrown from
 * getComplexity it was a 500).
 */
function checkVariables(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) {
  const errors = [];
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (typeof operationName === 'string' && operationName !== d.name?.value) continue;
    const r = getVariableValues(schema, d.variableDefinitions ?? [], variables);
    if (r.errors) errors.push(...r.errors);
  }
  if (errors.length)
    throw new GraphQLError(errors[0]!.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

export function operationLimitsPlugin(limits: OperationLimits = DEFAULT_LIMITS): ApolloServerPlugin<GatewayContext> {
  const refuse = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  // Depth and cost of a parsed document (the server reuses the parsed document of a repeated
  // query), per operation name and, for the cost, per the values of the variables it depends on (costVariablesOf).
  const measured = new WeakMap<DocumentNode, Measured>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          if (contextValue.principal?.kind === 'partner') return;
          let m = measured.get(document);
          if (!m || m.schema !== schema)
            measured.set(
              document,
              (m = { schema, depth: new Map(), cost: new Map(), costVariables: costVariablesOf(document) }),
            );
          const op = request.operationName ?? '';
          let depth = m.depth.get(op);
          if (depth === undefined) m.depth.set(op, (depth = depthOf(document, request.operationName)));
          if (depth > limits.maxDepth)
            throw refuse(`the operation is ${depth} levels deep; at most ${limits.maxDepth} are allowed`);
          const variables = request.variables ?? {};
          const key = costKey(op, m.costVariables, variables);
          let cost = m.cost.get(key);
          checkVariables(schema, document, request.operationName ?? undefined, variables);
          if (cost === undefined) {
            cost = getComplexity({
              schema,
              query: document,
              variables,
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
