/**
 * The build artefacts a running part reads (all committed): the supergraph, the persisted
 * operations, the facade's route table and OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RouteTable } from '@lcs/rest-facade/manifest';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)), 'utf8');

export const loadSupergraph = (): string => read('schema/supergraph.graphql');

export const loadPersisted = (): Record<string, string> =>
  JSON.parse(read('schema/persisted-operations.json')) as Record<string, string>;

export const loadRoutes = (): RouteTable => JSON.parse(read('rest-facade/src/__generated__/routes.json')) as RouteTable;

export const loadOpenApi = (): object => JSON.parse(read('rest-facade/openapi.json')) as object;
