import postgres from 'postgres';
import { jsonFor } from './rest-facade/src/contract-json.ts';
import { jsonFor as oldFor } from './rest-facade/src/old-cj.tmp.ts';
const sql = postgres('postgres://lcs_app@127.0.0.1:5432/lcs_bench_pagepath', { max: 1, onnotice: () => {} });
const rows = await sql.begin(async (tx) => { await tx`select set_config('app.tenant_id', ${'bench-c500-m3'}, true)`; return tx`select * from provider.executed_service where deleted = false order by updated_at, id limit 1000`; });
const iso = (d: Date | null) => d && d.toISOString();
const nodes = rows.map((r: any) => ({ id: String(r.id), cancelled: r.cancelled, categoryId: r.category_id, categoryName: r.category_name, doubleManning: r.double_manning, duration: r.duration, endTime: iso(r.end_time), name: r.name, organizationUnit: r.organization_unit && { id: r.organization_unit.id ?? null, name: r.organization_unit.name ?? null }, personnel: r.personnel && { personId: r.personnel.personId ?? null, firstName: r.personnel.firstName ?? null, lastName: r.personnel.lastName ?? null, fullName: r.personnel.fullName ?? null }, personId: r.person_id, professional: r.professional && { id: r.professional.id ?? null, name: r.professional.name ?? null }, quantity: r.quantity, reportingSystem: r.reporting_system, startTime: iso(r.start_time), typeId: r.type_id, typeName: r.type_name, updateSignature: r.update_signature, updateTime: iso(r.updated_at), visitId: r.visit_id, workType: r.work_type }));
await sql.end();
const def = 'ExecutedService.V1.ExecutedService';
const w = jsonFor(def); const o = oldFor(def);
function bench(name: string, f: () => string) { let s = ''; for (let i = 0; i < 30; i++) s = f(); const c0 = process.cpuUsage(); const t0 = performance.now(); const N = 300; for (let i = 0; i < N; i++) s = f(); const c = process.cpuUsage(c0); console.log(name.padEnd(10), ((performance.now() - t0) / N).toFixed(2), 'ms wall', ((c.user + c.system) / 1000 / N).toFixed(2), 'ms cpu (incl. GC threads)'); return s; }
for (let k = 0; k < 3; k++) {
const a = bench('old', () => { let s = '['; for (let i = 0; i < nodes.length; i++) s += (i ? ',' : '') + o(nodes[i]); return s + ']'; });
const e = bench('many96', () => { let s = ''; for (let i = 0; i < nodes.length; i += 96) s += (i ? ',' : '[') + w.many!(nodes, i, Math.min(nodes.length, i + 96)).slice(1, -1); return s + ']'; });
if (a !== e) throw new Error('differ');
}
