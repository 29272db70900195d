/** Access review: users (roles, units, last use) and partner systems; filter to the unused; CSV export. */
import { useState } from 'react';
import { download, fmt, gql, toCsv } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Field, Status, Table, useAsync } from '../ui.tsx';

interface Review {
  users: {
    tssId: string;
    name: string | null;
    active: boolean;
    lastUsed: string | null;
    unused: boolean;
    roles: { role: string; unitId: number | null }[];
  }[];
  apiClients: {
    id: string;
    name: string;
    disabled: boolean;
    lastUsed: string | null;
    unused: boolean;
    licences: { package: string; revoked: boolean }[];
  }[];
}

export function AccessReview() {
  const { t } = useT();
  const [days, setDays] = useState(90);
  const [onlyUnused, setOnlyUnused] = useState(false);
  const q = useAsync(
    () =>
      gql<{ accessReview: Review }>(
        `query AccessReview($days: Int) { accessReview(inactiveDays: $days) {
    users { tssId name active lastUsed unused roles { role unitId } } apiClients { id name disabled lastUsed unused
    licences { package revoked } } } }`,
        { days },
      ),
    [days],
  );
  const r = q.data?.accessReview;
  const users = (r?.users ?? []).filter((u) => !onlyUnused || u.unused);
  const clients = (r?.apiClients ?? []).filter((c) => !onlyUnused || c.unused);
  const roles = (u: Review['users'][number]) =>
    u.roles.map((g) => `${g.role} (${g.unitId ?? t('access.wholeTenant')})`).join('; ');
  return (
    <>
      <p>{t('access.intro')}</p>
      <div className="row card">
        <Field label={t('access.days')}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={3650}
              value={days}
              onChange={(e) => setDays(Math.max(1, Math.min(3650, Number(e.target.value) || 90)))}
            />
          )}
        </Field>
        <div className="field check">
          <input
            id="only-unused"
            type="checkbox"
            checked={onlyUnused}
            onChange={(e) => setOnlyUnused(e.target.checked)}
          />
          <label htmlFor="only-unused">{t('access.onlyUnused', { days })}</label>
        </div>
        <div className="field">
          <span aria-hidden="true">&nbsp;</span>
          <button
            type="button"
            disabled={!r}
            onClick={() =>
              download(
                `access-review-${new Date().toISOString().slice(0, 10)}.csv`,
                toCsv(
                  ['kind', 'id', 'name', 'roles_or_licences', 'active', 'last_used', 'unused'],
                  [
                    ...users.map((u) => ['user', u.tssId, u.name, roles(u), u.active, u.lastUsed ?? '', u.unused]),
                    ...clients.map((c) => [
                      'api-client',
                      c.id,
                      c.name,
                      c.licences
                        .filter((l) => !l.revoked)
                        .map((l) => l.package)
                        .join(' '),
                      !c.disabled,
                      c.lastUsed ?? '',
                      c.unused,
                    ]),
                  ],
                ),
              )
            }
          >
            {t('export')}
          </button>
        </div>
      </div>
      <Status loading={q.loading} error={q.error} />
      {r && (
        <Table
          caption={t('access.users')}
          head={[
            t('access.tssId'),
            t('name'),
            t('access.roles'),
            t('status'),
            t('access.lastUsed'),
            t('access.unused'),
          ]}
          rows={users.map((u) => [
            u.tssId,
            u.name ?? '',
            roles(u),
            u.active ? t('active') : t('disabled'),
            fmt(u.lastUsed) || t('access.never'),
            u.unused ? t('yes') : t('no'),
          ])}
        />
      )}
      {r && (
        <Table
          caption={t('access.clients')}
          head={[t('name'), t('partners.licences'), t('status'), t('access.lastUsed'), t('access.unused')]}
          rows={clients.map((c) => [
            c.name,
            c.licences
              .filter((l) => !l.revoked)
              .map((l) => l.package)
              .join(', '),
            c.disabled ? t('disabled') : t('active'),
            fmt(c.lastUsed) || t('access.never'),
            c.unused ? t('yes') : t('no'),
          ])}
        />
      )}
    </>
  );
}
