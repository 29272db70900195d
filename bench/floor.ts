/**
 * The floor for the REST facade's executed-services page: plain `node:http` + postgres.js, no
 * framework, no GraphQL. Per request it does what the facade's data path must do at the least:
 * one transaction as the app role with the tenant set transaction-locally (the same row-level
 * security discipline as TenantScope), the same keyset query (live rows, ordered by modification
 * time and id, limit + 1 to know whether a next page exists), and the same PascalCase JSON body
 * (bench/run.ts checks that the bodies are identical). It does no authentication: what it costs
 * is the facade's overhead, reported as such.
 *
 *   GET /api/v1/executed_services?limit=1000&domain=<tenant>
 *
 * Env: APP_DATABASE_URL (the app role's URL), PORT (0 = any free port). Prints
 * "floor listening on <url>". Started by bench/run.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { MASKED_NAME } from '@lcs/platform/privacy';

const url = process.env.APP_DATABASE_URL;
if (!url) {
  console.error(
    'bench/floor.ts needs APP_DATABASE_URL (the app role, e.g. postgres://lcs_app@127.0.0.1:5432/lcs_bench)',
  );
  process.exit(2);
}
const sql = postgres(url, { max: Number(process.env.LCS_DB_POOL ?? 10), onnotice: () => {} });
/**
 * Protected identities masked as the platform masks them (platform/src/audit.ts: the client in the
 * tenant's protected-client registry; Name becomes the marker, PersonId null), for the caller
 * without the protected-identity entitlement, as the facade's API keys are.
 */
const PROTECTED = sql`coalesce(client_id in (select pc.client_id from platform.protected_client pc), false)`;
const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;

interface Row {
  id: number;
  cancelled: boolean | null;
  category_id: number | null;
  category_name: string | null;
  double_manning: boolean | null;
  duration: string | null;
  end_time: Date | null;
  name: string | null;
  organization_unit: { id?: unknown; name?: unknown } | null;
  personnel: { personId?: unknown; firstName?: unknown; lastName?: unknown; fullName?: unknown } | null;
  person_id: string | null;
  professional: { id?: unknown; name?: unknown } | null;
  quantity: number | null;
  reporting_system: string | null;
  start_time: Date | null;
  type_id: number | null;
  type_name: string | null;
  update_signature: string | null;
  updated_at: Date;
  visit_id: string | null;
  work_type: string | null;
}

/** The contract's date-time: ISO 8601 UTC to the second. */
const dt = (d: Date | null) => (d === null ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function contractJson(r: Row) {
  return {
    Id: r.id,
    Cancelled: r.cancelled,
    CategoryId: r.category_id,
    CategoryName: r.category_name,
    DoubleManning: r.double_manning,
    Duration: r.duration,
    EndTime: dt(r.end_time),
    Name: r.name,
    OrganizationUnit: r.organization_unit && { Id: str(r.organization_unit.id), Name: str(r.organization_unit.name) },
    Personnel: r.personnel && {
      PersonId: str(r.personnel.personId),
      FirstName: str(r.personnel.firstName),
      LastName: str(r.personnel.lastName),
      FullName: str(r.personnel.fullName),
    },
    PersonId: r.person_id,
    Professional: r.professional && { Id: str(r.professional.id), Name: str(r.professional.name) },
    Quantity: r.quantity,
    ReportingSystem: r.reporting_system,
    StartTime: dt(r.start_time),
    TypeId: r.type_id,
    TypeName: r.type_name,
    UpdateSignature: r.update_signature,
    UpdateTime: dt(r.updated_at),
    VisitId: r.visit_id,
    WorkType: r.work_type,
  };
}

const server = createServer({ keepAliveTimeout: 65_000 }, async (req, res) => {
  try {
    const u = new URL(req.url ?? '/', 'http://floor');
    const tenant = u.searchParams.get('domain') ?? '';
    const limit = Number(u.searchParams.get('limit') ?? 1000);
    if (
      u.pathname !== '/api/v1/executed_services' ||
      !DOMAIN.test(tenant) ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > 5000
    ) {
      res
        .writeHead(400, { 'content-type': 'text/plain' })
        .end('GET /api/v1/executed_services?limit=1..5000&domain=<tenant>');
      return;
    }
    const rows = await sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${tenant}, true)`;
      return tx<Row[]>`
        select id, cancelled, category_id, category_name, double_manning, duration, end_time,
               case when ${PROTECTED} then ${MASKED_NAME} else name end as name, organization_unit, personnel,
               case when ${PROTECTED} then null else person_id end as person_id, professional, quantity,
               reporting_system, start_time, type_id, type_name, update_signature, updated_at, visit_id, work_type
        from provider.executed_service where deleted = false order by updated_at, id limit ${limit + 1}`;
    });
    const page = rows.length > limit ? rows.slice(0, limit) : rows;
    const body = JSON.stringify(page.map(contractJson));
    const headers: Record<string, string | number> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    };
    if (rows.length > limit) {
      const last = page[page.length - 1]!;
      const after = Buffer.from(`${last.updated_at.getTime()}.${last.id}`).toString('base64url');
      headers.link = `</api/v1/executed_services?limit=${limit}&domain=${tenant}&after=${after}>; rel="next"`;
    }
    res.writeHead(200, headers).end(body);
  } catch (e) {
    console.error('floor request failed', (e as Error).message);
    if (!res.headersSent) res.writeHead(500).end();
    else res.destroy();
  }
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`floor listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void sql.end({ timeout: 2 }).finally(() => process.exit(0));
});
