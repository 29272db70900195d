/**
 * The OpenAPI description of the platform's BI extensions beyond the contract (docs/bi.md): export
 * jobs (rest-facade/src/exports) and the OData v4 feed (rest-facade/src/odata), merged into the
 * generated rest-facade/openapi.json.
 */
import type { RouteTable } from '@lcs/rest-facade/manifest';
import type { Json } from './openapi-gen.ts';

const TAG = 'BI access (platform extension)';
const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
const common = {
  401: problem('Unauthorized'),
  403: problem('Forbidden'),
  429: problem('TooManyRequests'),
  500: problem('InternalError'),
};
const domain = { $ref: '#/components/parameters/domain' };
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The export job id (from `Location`).',
  schema: { type: 'string', format: 'uuid' },
};

export function biSchemas(): Json {
  return {
    'LCS.ExportRequest': {
      type: 'object',
      additionalProperties: false,
      required: ['path'],
      properties: {
        path: {
          type: 'string',
          description: "A list route of the key's package, e.g. `/api/v1/executed_services`.",
          examples: ['/api/v1/executed_services'],
        },
        format: {
          type: 'string',
          enum: ['ndjson', 'csv', 'parquet'],
          default: 'ndjson',
          description:
            "NDJSON: one contract JSON object per line; CSV: the route's CSV (one header); Parquet: the CSV's " +
            'columns, typed.',
        },
        gzip: {
          type: 'boolean',
          default: false,
          description: 'gzip the file (NDJSON and CSV; Parquet is compressed inside).',
        },
        gt: {
          type: 'string',
          description:
            'Only rows modified after this date-time — on every list route, also where the contract route has no `gt`.',
        },
        lt: { type: 'string', description: 'Only rows modified before this date-time.' },
        q: { type: 'string', description: "The route's `q` search (where the route has one)." },
      },
    },
    'LCS.ExportJob': {
      type: 'object',
      required: ['id', 'state', 'path', 'format', 'progress', 'download'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
        path: { type: 'string' },
        format: { type: 'string' },
        gzip: { type: 'boolean' },
        gt: { type: 'string' },
        lt: { type: 'string' },
        q: { type: 'string' },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
        finishedAt: { type: ['string', 'null'], format: 'date-time' },
        expiresAt: {
          type: 'string',
          format: 'date-time',
          description: 'The job and its file are removed after this (24 h after it finished).',
        },
        progress: {
          type: 'object',
          required: ['rows', 'bytes', 'percent'],
          properties: {
            rows: { type: 'integer', description: 'Rows written so far.' },
            bytes: { type: 'integer', description: 'Bytes written so far.' },
            percent: {
              type: 'number',
              description: 'Estimated from the position in the modification-time range; 100 when done.',
            },
          },
        },
        download: { type: ['string', 'null'], description: "The file's URL once `state` is `done`." },
        error: { type: 'string', description: 'Why the job failed.' },
      },
    },
  };
}

export function biPaths(table: RouteTable): Json {
  const lists = table.routes.filter(
    (r) => r.method === 'GET' && r.kind === 'list' && !r.flatten && !r.params.some((p) => p.in === 'path'),
  );
  const licensed = (r: (typeof lists)[number]) => Object.keys(r.packages).join(', ');
  const exportable = lists.map((r) => `\`${r.path}\` (${licensed(r)})`).join(', ');
  const jobJson = { 'application/json': { schema: { $ref: '#/components/schemas/LCS.ExportJob' } } };
  return {
    '/api/v1/exports': {
      post: {
        tags: [TAG],
        operationId: 'createExport',
        summary: 'Export a whole list route to a file, in the background',
        description:
          `Licensed like the route: \`path\` must be a list route of the key's package; the package's field set ` +
          `and scope apply (8900 stays de-identified) and every page is audited as a read through the API. Jobs ` +
          `run in a background lane below interactive traffic (per tenant and in all, one page at a time), ` +
          `resume after a restart, and are kept 24 hours. Exportable: ${exportable}.`,
        parameters: [domain],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/LCS.ExportRequest' } } },
        },
        responses: {
          202: {
            description: 'Accepted; `Location` is the job.',
            headers: { Location: { description: "The job's URL.", schema: { type: 'string' } } },
            content: jobJson,
          },
          400: problem('BadRequest'),
          413: { description: 'The body is larger than 16 KB.' },
          415: { description: 'The body is not `application/json`.' },
          ...common,
        },
      },
    },
    '/api/v1/exports/{id}': {
      get: {
        tags: [TAG],
        operationId: 'getExport',
        summary: 'An export job: state, progress and download URL',
        parameters: [idParam, domain],
        responses: { 200: { description: 'The job.', content: jobJson }, 404: problem('NotFound'), ...common },
      },
      delete: {
        tags: [TAG],
        operationId: 'deleteExport',
        summary: 'Cancel an export job and remove its file',
        parameters: [idParam, domain],
        responses: { 204: { description: 'Cancelled and removed.' }, 404: problem('NotFound'), ...common },
      },
    },
    '/api/v1/exports/{id}/download': {
      get: {
        tags: [TAG],
        operationId: 'downloadExport',
        summary: 'The export file (resumable with Range)',
        description:
          'Streams the file. `Range: bytes=N-` resumes a broken download (206 with `Content-Range`); ' +
          '`If-Range` with the `ETag` makes sure the file is the same; `If-None-Match` answers 304. Content ' +
          'types: `application/x-ndjson`, `text/csv`, `application/vnd.apache.parquet`, or `application/gzip` ' +
          'when gzipped.',
        parameters: [
          idParam,
          domain,
          { name: 'Range', in: 'header', schema: { type: 'string' } },
          { name: 'If-Range', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          200: {
            description: 'The whole file.',
            headers: { ETag: { $ref: '#/components/headers/ETag' } },
            content: {
              'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            },
          },
          206: { description: 'The requested range.', headers: { 'Content-Range': { schema: { type: 'string' } } } },
          304: { description: 'Not modified.' },
          404: problem('NotFound'),
          409: problem('Conflict'),
          410: problem('Gone'),
          416: { description: 'The range is outside the file; `Content-Range: bytes */size`.' },
          ...common,
        },
      },
    },
    '/odata/': {
      get: {
        tags: [TAG],
        operationId: 'odataServiceDocument',
        summary: "OData v4 service document (the entity sets of the key's package)",
        description:
          "An OData v4 feed over the list routes of the key's package that have an `Id` (Power BI and Excel: " +
          '*OData feed*). Same key, client certificate, licence, scope, fair share and audit as the REST ' +
          'routes. See docs/bi.md.',
        parameters: [domain],
        responses: {
          200: {
            description: 'The service document.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...common,
        },
      },
    },
    '/odata/$metadata': {
      get: {
        tags: [TAG],
        operationId: 'odataMetadata',
        summary: 'OData v4 CSDL, generated from the contract definitions',
        parameters: [domain],
        responses: {
          200: { description: 'CSDL XML.', content: { 'application/xml': { schema: { type: 'string' } } } },
          ...common,
        },
      },
    },
    '/odata/{entitySet}': {
      get: {
        tags: [TAG],
        operationId: 'odataEntitySet',
        summary: 'An OData entity set, paged with @odata.nextLink',
        description:
          "`$filter` on the modification property (`ge`, `gt`, `le`, `lt`, `eq`) and `eq` on the contract's " +
          'searchable properties, joined by `and`; `$select`; `$orderby` only the stable key (modification ' +
          'time, Id); `$top`; `$skip`; `Prefer: odata.maxpagesize`. Server-driven paging on a keyset cursor ' +
          "(`$skiptoken`). Incremental refresh: filter the modification property with Power BI's " +
          'RangeStart/RangeEnd; a window without changes answers an empty page.',
        parameters: [
          {
            name: 'entitySet',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'e.g. `executed_services`',
          },
          domain,
          ...['$filter', '$select', '$orderby', '$top', '$skip', '$skiptoken'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
          })),
        ],
        responses: {
          200: {
            description: 'A page: `value`, `@odata.context`, `@odata.nextLink` when there is more.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          400: problem('BadRequest'),
          404: problem('NotFound'),
          ...common,
        },
      },
    },
  };
}
