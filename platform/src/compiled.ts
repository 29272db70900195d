/**
 * Compiled execution for in-process subgraph reads (the all-in-one gateway's local data source and
 * its direct path): each query document the gateway sends is validated once and compiled once with
 * graphql-jit into plain JavaScript, instead of graphql-js walking 1,000 rows × 34 fields through
 * its generic executor on every request (issue 5: that walk was about half of a 1,000-row page's
 * CPU). Only queries; mutations, documents that do not validate or compile, and requests whose
 * variables do not fit take Apollo Server's path, which then answers them exactly as before.
 */
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getOperationAST, OperationTypeNode, parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { formatGraphQLError } from './failure.ts';

/** Compiled documents kept per subgraph (the gateway's plans are a bounded set; ad-hoc staff queries are not). */
const MAX_COMPILED = 500;

export interface CompiledRead {
  run(
    context: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<{ data?: unknown; errors?: readonly GraphQLError[] }>;
  /** Root fields, for the audit record. */
  fields: string[];
}

export class QueryCompiler {
  private readonly cache = new Map<string, CompiledRead | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled read for this document, or null when Apollo's path must answer it. */
  get(query: string, operationName?: string): CompiledRead | null {
    const key = `${operationName ?? ''}\u0000${query}`;
    let c = this.cache.get(key);
    if (c === undefined) {
      c = this.compile(query, operationName);
      if (this.cache.size >= MAX_COMPILED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, c);
    }
    return c;
  }

  private compile(query: string, operationName?: string): CompiledRead | null {
    try {
      const doc = parse(query);
      const op = getOperationAST(doc, operationName);
      if (!op || op.operation !== OperationTypeNode.QUERY || validate(this.schema, doc).length) return null;
      const compiled = compileQuery(this.schema, doc, operationName, { disableLeafSerialization: false });
      if (!isCompiledQuery(compiled)) return null;
      const q = compiled as CompiledQuery;
      const fields = op.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
      return {
        fields,
        run: async (context, variables) =>
          (await q.query(undefined, context, variables ?? {})) as { data?: unknown; errors?: readonly GraphQLError[] },
      };
    } catch {
      return null;
    }
  }
}

/** Errors as Apollo Server reports them (message, locations, path, extensions with a code). */
export function formatErrors(
  errors: readonly GraphQLError[],
): { message: string; locations?: unknown; path?: unknown; extensions: Record<string, unknown> }[] {
  // as Apollo Server's formatError would (failure.ts): caller errors pass, anything else is masked
  return errors.map(
    (e) =>
      formatGraphQLError(
        {
          message: e.message,
          ...(e.locations ? { locations: e.locations } : {}),
          ...(e.path ? { path: e.path } : {}),
          extensions: { ...e.extensions, code: (e.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR' },
        },
        e,
      ) as { message: string; locations?: unknown; path?: unknown; extensions: Record<string, unknown> },
  );
}
