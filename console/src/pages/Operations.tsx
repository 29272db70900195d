/**
 * Operations: service windows, incidents (status) and resident-register freshness, from the
 * GraphQL fields of the operations work (serviceWindows, incidents, residentRegisterStatus). Each is
 * asked for on its own: where this platform's schema lacks a field the gateway refuses the
 * document (GRAPHQL_VALIDATION_FAILED), and that section says "not available".
 */
import { fmt, gql, GqlError } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Status, Table, useAsync } from '../ui.tsx';

const UNAVAILABLE = Symbol('unavailable');
async function optional<T>(query: string, vars: Record<string, unknown> = {}): Promise<T | typeof UNAVAILABLE> {
  try {
    return await gql<T>(query, vars);
  } catch (e) {
    if (e instanceof GqlError && (e.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field/.test(e.message)))
      return UNAVAILABLE;
    throw e;
  }
}

interface Window {
  id: string;
  environment: string;
  start: string;
  end: string;
  kind: string;
  emergency: boolean;
  description: string | null;
}
interface Incident {
  id: string;
  title: string;
  state: string;
  startedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  updates: { at: string; state: string; message: string }[];
}
interface Register {
  lastBatchAt: string | null;
  ageDays: number | null;
  stale: boolean;
}

export function Operations() {
  const { t } = useT();
  const windows = useAsync(
    () =>
      optional<{ serviceWindows: Window[] }>(
        'query ConsoleServiceWindows { serviceWindows { id environment start end kind emergency description } }',
      ),
    [],
  );
  const incidents = useAsync(
    () =>
      optional<{ incidents: Incident[] }>(
        'query ConsoleIncidents { incidents(includeResolved: false) { id title state startedAt updatedAt ' +
          'resolvedAt updates { at state message } } }',
      ),
    [],
  );
  const register = useAsync(
    () =>
      optional<{ residentRegisterStatus: Register | null }>(
        'query ConsoleResidentRegister { residentRegisterStatus { lastBatchAt ageDays stale } }',
      ),
    [],
  );
  const na = (
    <p className="msg" data-unavailable="true">
      {t('ops.unavailable')}
    </p>
  );
  return (
    <>
      <p>{t('ops.intro')}</p>
      <section className="card" aria-labelledby="ops-incidents">
        <h2 id="ops-incidents">{t('ops.incidents')}</h2>
        <Status loading={incidents.loading} error={incidents.error} />
        {incidents.data === UNAVAILABLE
          ? na
          : incidents.data &&
            (incidents.data.incidents.length ? (
              <Table
                caption={t('ops.incidents')}
                head={[t('ops.title'), t('ops.state'), t('ops.started'), t('ops.updated')]}
                rows={incidents.data.incidents.map((i) => [
                  i.title,
                  i.state,
                  fmt(i.startedAt),
                  `${fmt(i.updatedAt)}${i.updates.length ? ` — ${i.updates[i.updates.length - 1]!.message}` : ''}`,
                ])}
              />
            ) : (
              <p>{t('ops.noIncidents')}</p>
            ))}
      </section>
      <section className="card" aria-labelledby="ops-windows">
        <h2 id="ops-windows">{t('ops.windows')}</h2>
        <Status loading={windows.loading} error={windows.error} />
        {windows.data === UNAVAILABLE
          ? na
          : windows.data && (
              <Table
                caption={t('ops.windows')}
                head={[
                  t('ops.environment'),
                  t('ops.start'),
                  t('ops.end'),
                  t('ops.kind'),
                  t('ops.emergency'),
                  t('description'),
                ]}
                rows={windows.data.serviceWindows.map((w) => [
                  w.environment,
                  fmt(w.start),
                  fmt(w.end),
                  w.kind,
                  w.emergency ? t('yes') : t('no'),
                  w.description ?? '',
                ])}
              />
            )}
      </section>
      <section className="card" aria-labelledby="ops-register">
        <h2 id="ops-register">{t('ops.register')}</h2>
        <Status loading={register.loading} error={register.error} />
        {register.data === UNAVAILABLE
          ? na
          : register.data && (
              <dl className="facts">
                <dt>{t('ops.lastBatch')}</dt>
                <dd>{fmt(register.data.residentRegisterStatus?.lastBatchAt) || '—'}</dd>
                <dt>{t('ops.age')}</dt>
                <dd>{register.data.residentRegisterStatus?.ageDays ?? '—'}</dd>
                <dt>{t('ops.stale')}</dt>
                <dd>{register.data.residentRegisterStatus?.stale ? t('yes') : t('no')}</dd>
              </dl>
            )}
      </section>
    </>
  );
}
