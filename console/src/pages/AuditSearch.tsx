/**
 * Audit search. The client's identity number stays in this page's state and in POST bodies: it is
 * resolved to care's client ids (clients(filter: { personId })), which the audit search filters by.
 */
import { useState } from 'react';
import { download, fmt, gql, toCsv } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Field, Status, Table, TextField, useAsync } from '../ui.tsx';

interface Event {
  id: string;
  at: string;
  activity: string;
  category: string;
  component: string;
  principalKind: string;
  principalId: string;
  principalName: string | null;
  keyId: string | null;
  package: string | null;
  clientIds: number[];
  entities: string[];
  recordCount: number;
  operation: string | null;
  outcome: string;
  ip: string | null;
}
interface Filter {
  clientIds?: number[];
  user?: string;
  apiClient?: string;
  from?: string;
  to?: string;
  activity?: string;
}

const PAGE = 25;
const SEARCH = `query AuditSearch($filter: AuditSearchFilter, $first: Int, $offset: Int) { auditSearch(filter:
  $filter, first: $first, offset: $offset) {
  hasNextPage nodes { id at activity category component principalKind principalId principalName keyId package
  clientIds entities recordCount operation outcome ip } } }`;

export function AuditSearch() {
  const { t } = useT();
  const systems = useAsync(
    () => gql<{ partnerSystems: { id: string; name: string }[] }>('query AuditSystems { partnerSystems { id name } }'),
    [],
  );
  const [form, setForm] = useState({ pn: '', user: '', apiClient: '', from: '', to: '', activity: '' });
  /** A text field's value and setter for one key of the form. */
  const bound = (k: keyof typeof form) => ({ value: form[k], onValue: (v: string) => setForm({ ...form, [k]: v }) });
  const [filter, setFilter] = useState<Filter>();
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ nodes: Event[]; hasNextPage: boolean }>();
  const [msg, setMsg] = useState<{ error?: string; loading?: boolean }>({});
  const names = new Map((systems.data?.partnerSystems ?? []).map((s) => [s.id, s.name]));

  async function run(f: Filter, off: number) {
    setMsg({ loading: true });
    try {
      const r = await gql<{ auditSearch: { nodes: Event[]; hasNextPage: boolean } }>(SEARCH, {
        filter: f,
        first: PAGE,
        offset: off,
      });
      setResult(r.auditSearch);
      setFilter(f);
      setOffset(off);
      setMsg({});
    } catch (e) {
      setMsg({ error: (e as Error).message });
    }
  }

  async function submit() {
    const f: Filter = {};
    const pn = form.pn.replace(/[-+\s]/g, '');
    if (pn) {
      if (!/^\d{12}$/.test(pn)) return setMsg({ error: t('audit.badPn') });
      try {
        const c = await gql<{ clients: { nodes: { id: string }[] } }>(
          'query AuditClient($pn: String) { clients(filter: { personId: $pn }, first: 10) { nodes { id } } }',
          { pn },
        );
        if (!c.clients.nodes.length) {
          setResult(undefined);
          return setMsg({ error: t('audit.noClient') });
        }
        f.clientIds = c.clients.nodes.map((n) => Number(n.id));
      } catch (e) {
        return setMsg({ error: (e as Error).message });
      }
    }
    if (form.user.trim()) f.user = form.user.trim();
    if (form.apiClient) f.apiClient = form.apiClient;
    if (form.from) f.from = new Date(form.from).toISOString();
    if (form.to) f.to = new Date(form.to).toISOString();
    if (form.activity) f.activity = form.activity;
    await run(f, 0);
  }

  const who = (e: Event) =>
    e.principalKind === 'partner'
      ? `${names.get(e.principalId) ?? e.principalName ?? e.principalId} (${e.package ?? ''}, ${e.keyId ?? ''})`
      : `${e.principalId} (${e.principalKind})`;
  const rows = (result?.nodes ?? []).map((e) => [
    fmt(e.at),
    who(e),
    e.activity,
    (e.entities.join(', ') || e.component) +
      (e.recordCount ? ` × ${e.recordCount}` : '') +
      (e.operation ? ` — ${e.operation}` : ''),
    e.clientIds.join(', '),
    e.outcome,
  ]);
  return (
    <>
      <p>{t('audit.intro')}</p>
      <form
        className="card"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="row">
          <TextField
            label={t('audit.client')}
            name="clientPn"
            autoComplete="off"
            inputMode="numeric"
            {...bound('pn')}
          />
          <TextField label={t('audit.user')} name="user" {...bound('user')} />
          <Field label={t('audit.apiClient')}>
            {(id) => (
              <select
                id={id}
                name="apiClient"
                value={form.apiClient}
                onChange={(e) => setForm({ ...form, apiClient: e.target.value })}
              >
                <option value="">{t('audit.any')}</option>
                {(systems.data?.partnerSystems ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <TextField label={t('audit.from')} type="datetime-local" {...bound('from')} />
          <TextField label={t('audit.to')} type="datetime-local" {...bound('to')} />
          <Field label={t('audit.activity')}>
            {(id) => (
              <select id={id} value={form.activity} onChange={(e) => setForm({ ...form, activity: e.target.value })}>
                <option value="">{t('audit.any')}</option>
                {['Read', 'Create', 'Update', 'Delete', 'StartSession', 'AuditSearch'].map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit">{t('audit.search')}</button>
      </form>
      <Status loading={msg.loading} error={msg.error} />
      {result && filter && (
        <>
          <p role="status">
            {t('audit.page', { n: offset / PAGE + 1 })} · {t('audit.results', { n: result.nodes.length })}
          </p>
          <Table
            caption={t('nav.audit')}
            head={[
              t('audit.at'),
              t('audit.who'),
              t('audit.activity'),
              t('audit.what'),
              t('audit.clients'),
              t('audit.outcome'),
            ]}
            rows={rows}
          />
          <div className="row">
            <button type="button" disabled={offset === 0} onClick={() => void run(filter, Math.max(0, offset - PAGE))}>
              {t('audit.prev')}
            </button>
            <button type="button" disabled={!result.hasNextPage} onClick={() => void run(filter, offset + PAGE)}>
              {t('audit.next')}
            </button>
            <button
              type="button"
              onClick={async () => {
                // the whole result (up to 5,000 events), not just this page
                const all = await gql<{ auditSearch: { nodes: Event[] } }>(SEARCH, { filter, first: 5000, offset: 0 });
                download(
                  `audit-${new Date().toISOString().slice(0, 10)}.csv`,
                  toCsv(
                    [
                      'time',
                      'principal_kind',
                      'principal',
                      'package',
                      'key',
                      'activity',
                      'entities',
                      'records',
                      'operation',
                      'client_ids',
                      'outcome',
                      'ip',
                    ],
                    all.auditSearch.nodes.map((e) => [
                      e.at,
                      e.principalKind,
                      e.principalKind === 'partner' ? (names.get(e.principalId) ?? e.principalId) : e.principalId,
                      e.package,
                      e.keyId,
                      e.activity,
                      e.entities.join(' '),
                      e.recordCount,
                      e.operation,
                      e.clientIds.join(' '),
                      e.outcome,
                      e.ip,
                    ]),
                  ),
                );
              }}
            >
              {t('export')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
