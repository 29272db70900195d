/** Partner systems: create a system, bind certificates, license packages, create and revoke keys, usage per key. */
import { useState } from 'react';
import { fmt, gql } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Field, Status, Table, TextField, useAsync } from '../ui.tsx';
import { UsageChart } from './Usage.tsx';

const KEY = 'id label createdAt expiresAt revoked expired lastUsed';
/** The licence form's limit fields: the limit, its label. */
const LIMIT_FIELDS = [
  ['ratePerMinute', 'licence.rate'],
  ['burst', 'licence.burst'],
  ['rowsPerMinute', 'licence.rows'],
] as const;
/** Every limit a licence has, as the licences table shows them (the form leaves concurrency to the default). */
const LIMIT_LABELS = [...LIMIT_FIELDS, ['concurrency', 'licence.concurrency']] as const;
const LIMITS = 'ratePerMinute burst concurrency rowsPerMinute';
type LimitValues = Record<(typeof LIMIT_LABELS)[number][0], number>;
const SYSTEMS = `query PartnerSystems { partnerSystems { id name description disabled createdAt
  certificates { fingerprint subject issuer notBefore notAfter extendedKeyUsage revoked }
  licences { id package packageName scope providerUnits limits { ${LIMITS} } effectiveLimits { ${LIMITS} }
  revoked keys { ${KEY} } } }
  licensablePackages { id name english scope } licenceLimitDefaults { ${LIMITS} } }`;

interface Key {
  id: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  expired: boolean;
  lastUsed: string | null;
}
interface Licence {
  id: string;
  package: string;
  packageName: string | null;
  scope: string;
  providerUnits: number[] | null;
  limits: Record<string, number | null> | null;
  /** The limits that apply: the licence's own, the platform's default for the others. */
  effectiveLimits: LimitValues;
  revoked: boolean;
  keys: Key[];
}
interface Cert {
  fingerprint: string;
  subject: string | null;
  issuer: string | null;
  notBefore: string | null;
  notAfter: string | null;
  extendedKeyUsage: string[];
  revoked: boolean;
}
interface System {
  id: string;
  name: string;
  description: string | null;
  disabled: boolean;
  certificates: Cert[];
  licences: Licence[];
}
interface Pkg {
  id: string;
  name: string;
  english: string | null;
  scope: string;
}

export function Partners() {
  const { t } = useT();
  const q = useAsync(
    () => gql<{ partnerSystems: System[]; licensablePackages: Pkg[]; licenceLimitDefaults: LimitValues }>(SYSTEMS),
    [],
  );
  const [selected, setSelected] = useState<string>();
  const systems = q.data?.partnerSystems ?? [];
  const current = systems.find((s) => s.id === selected) ?? systems[0];
  return (
    <>
      <p>{t('partners.intro')}</p>
      <Status loading={q.loading && !q.data} error={q.error} />
      <NewSystem
        onCreated={(id) => {
          setSelected(id);
          q.reload();
        }}
      />
      {systems.length > 0 && (
        <Field label={t('partners.select')}>
          {(id) => (
            <select id={id} value={current?.id} onChange={(e) => setSelected(e.target.value)}>
              {systems.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.disabled ? ` (${t('disabled')})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {current && q.data && (
        <SystemView
          key={current.id}
          system={current}
          packages={q.data.licensablePackages}
          defaults={q.data.licenceLimitDefaults}
          reload={q.reload}
        />
      )}
    </>
  );
}

function NewSystem({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  return (
    <form
      className="card"
      aria-labelledby="new-system"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const r = await gql<{ createPartnerSystem: { id: string } }>(
            'mutation CreatePartnerSystem($name: String!, $description: String) { createPartnerSystem(name: ' +
              '$name, description: $description) { id } }',
            { name, description: description || null },
          );
          setMsg({ ok: t('partners.created') });
          setName('');
          setDescription('');
          onCreated(r.createPartnerSystem.id);
        } catch (err) {
          setMsg({ error: (err as Error).message });
        }
      }}
    >
      <h2 id="new-system">{t('partners.new')}</h2>
      <div className="row">
        <TextField label={t('name')} name="systemName" required value={name} onValue={setName} />
        <TextField label={t('description')} name="systemDescription" value={description} onValue={setDescription} />
      </div>
      <button type="submit">{t('create')}</button>
      <Status {...msg} />
    </form>
  );
}

/** A partner system's page and its licences: the packages one can license, the platform's default limits. */
interface SystemProps {
  system: System;
  packages: Pkg[];
  defaults: LimitValues;
  reload: () => void;
}

function SystemView({ system, packages, defaults, reload }: SystemProps) {
  const keys = system.licences.flatMap((l) => l.keys.map((k) => ({ ...k, licence: l })));
  return (
    <section aria-labelledby="system-name">
      <h2 id="system-name">{system.name}</h2>
      {system.description && <p>{system.description}</p>}
      <Certificates system={system} reload={reload} />
      <Licences system={system} packages={packages} defaults={defaults} reload={reload} />
      <Keys system={system} reload={reload} />
      {keys.length > 0 && (
        <UsageChart
          keys={keys.map((k) => ({
            id: k.id,
            label: `${k.id}${k.label ? ` (${k.label})` : ''} — ${k.licence.package}`,
          }))}
        />
      )}
    </section>
  );
}

function Certificates({ system, reload }: { system: System; reload: () => void }) {
  const { t } = useT();
  const [pem, setPem] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  return (
    <div className="card">
      <h3>{t('partners.certs')}</h3>
      <Table
        caption={t('partners.certs')}
        head={[
          t('cert.subject'),
          t('cert.issuer'),
          t('cert.validity'),
          t('cert.eku'),
          t('cert.fingerprint'),
          t('status'),
        ]}
        rows={system.certificates.map((c) => [
          c.subject ?? '—',
          c.issuer ?? '—',
          c.notAfter ? `${fmt(c.notBefore)} – ${fmt(c.notAfter)}` : '—',
          c.extendedKeyUsage.join(', ') || '—',
          <code className="fp">{c.fingerprint}</code>,
          c.revoked ? t('revoked') : t('active'),
        ])}
      />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await gql(
              'mutation AddPartnerCertificate($systemId: ID!, $pem: String, $fingerprint: String) { ' +
                'addPartnerCertificate(systemId: $systemId, pem: $pem, fingerprint: $fingerprint) { ' +
                'fingerprint } }',
              {
                systemId: system.id,
                pem: pem.trim() || null,
                fingerprint: pem.trim() ? null : fingerprint.trim() || null,
              },
            );
            setMsg({ ok: t('cert.bound') });
            setPem('');
            setFingerprint('');
            reload();
          } catch (err) {
            setMsg({ error: (err as Error).message });
          }
        }}
      >
        <Field label={t('cert.file')}>
          {(id) => (
            <input
              id={id}
              type="file"
              accept=".pem,.crt,.cer"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) setPem(await f.text());
              }}
            />
          )}
        </Field>
        <Field label={t('cert.pem')}>
          {(id) => (
            <textarea
              id={id}
              name="pem"
              rows={5}
              value={pem}
              onChange={(e) => setPem(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
        <TextField
          label={t('cert.orFingerprint')}
          name="fingerprint"
          value={fingerprint}
          onValue={setFingerprint}
          spellCheck={false}
        />
        <button type="submit">{t('cert.bind')}</button>
        <Status {...msg} />
      </form>
    </div>
  );
}

function Licences({ system, packages, defaults, reload }: SystemProps) {
  const { t, lang } = useT();
  const count = (n: number) => n.toLocaleString(lang);
  const [pkg, setPkg] = useState(
    packages.find((p) => !system.licences.some((l) => l.package === p.id))?.id ?? packages[0]?.id ?? '',
  );
  const chosen = packages.find((p) => p.id === pkg);
  const [scope, setScope] = useState<string>();
  const [units, setUnits] = useState('');
  const [subject, setSubject] = useState('');
  const [limits, setLimits] = useState({ ratePerMinute: '', burst: '', rowsPerMinute: '' });
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  const effectiveScope = scope ?? chosen?.scope ?? 'TENANT';
  /** Every limit that applies, the ones the licence leaves to the platform marked as defaults. */
  const limitText = (l: Licence) =>
    LIMIT_LABELS.map(
      ([key, label]) =>
        `${t(label)} ${count(l.effectiveLimits[key])}${l.limits?.[key] == null ? ` (${t('licence.default')})` : ''}`,
    ).join(' · ');
  return (
    <div className="card">
      <h3>{t('partners.licences')}</h3>
      <Table
        caption={t('partners.licences')}
        head={[t('licence.package'), t('licence.scope'), t('licence.limits'), t('status')]}
        rows={system.licences.map((l) => [
          `${l.package} ${l.packageName ?? ''}`,
          `${t(`scope.${l.scope}` as never)}${l.providerUnits ? ` (${l.providerUnits.join(', ')})` : ''}`,
          limitText(l),
          l.revoked ? t('revoked') : t('active'),
        ])}
      />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const num = (v: string) => (v.trim() ? Number(v) : null);
          const l = {
            ratePerMinute: num(limits.ratePerMinute),
            burst: num(limits.burst),
            rowsPerMinute: num(limits.rowsPerMinute),
          };
          try {
            await gql(
              `mutation CreateLicence($systemId: ID!, $package: String!, $scope: LicenceScopeKind, $providerUnits:
                [Int!], $subjectId: String, $limits: LicenceLimitsInput) {
            createLicence(systemId: $systemId, package: $package, scope: $scope, providerUnits: $providerUnits,
            subjectId: $subjectId, limits: $limits) { id } }`,
              {
                systemId: system.id,
                package: pkg,
                scope: effectiveScope,
                providerUnits:
                  effectiveScope === 'PROVIDER'
                    ? units
                        .split(',')
                        .map((u) => u.trim())
                        .filter(Boolean)
                        .map(Number)
                    : null,
                subjectId: effectiveScope === 'SUBJECT' ? subject : null,
                limits: Object.values(l).some((v) => v !== null) ? l : null,
              },
            );
            setMsg({ ok: t('licence.created') });
            reload();
          } catch (err) {
            setMsg({ error: (err as Error).message });
          }
        }}
      >
        <div className="row">
          <Field label={t('licence.package')}>
            {(id) => (
              <select
                id={id}
                name="package"
                value={pkg}
                onChange={(e) => {
                  setPkg(e.target.value);
                  setScope(undefined);
                }}
              >
                {packages.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.id} — {lang === 'en' && p.english ? p.english : p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('licence.scope')}>
            {(id) => (
              <select id={id} name="scope" value={effectiveScope} onChange={(e) => setScope(e.target.value)}>
                {['TENANT', 'PROVIDER', 'SUBJECT'].map((s) => (
                  <option key={s} value={s}>
                    {t(`scope.${s}` as never)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {effectiveScope === 'PROVIDER' && (
            <TextField label={t('licence.units')} name="units" value={units} onValue={setUnits} />
          )}
          {effectiveScope === 'SUBJECT' && (
            <TextField
              label={t('licence.subject')}
              name="subject"
              autoComplete="off"
              value={subject}
              onValue={setSubject}
            />
          )}
        </div>
        <fieldset className="row">
          <legend>
            {t('licence.limits')} ({t('licence.blankDefault')})
          </legend>
          {LIMIT_FIELDS.map(([key, label]) => (
            <TextField
              key={key}
              label={t(label)}
              inputMode="numeric"
              name={key}
              value={limits[key]}
              placeholder={count(defaults[key])}
              onValue={(v) => setLimits({ ...limits, [key]: v })}
            />
          ))}
        </fieldset>
        <button type="submit">{t('licence.create')}</button>
        <Status {...msg} />
      </form>
    </div>
  );
}

function Keys({ system, reload }: { system: System; reload: () => void }) {
  const { t } = useT();
  const live = system.licences.filter((l) => !l.revoked);
  const [chosenLicence, setLicenceId] = useState<string>();
  const licenceId = live.some((l) => l.id === chosenLicence) ? chosenLicence! : (live[0]?.id ?? '');
  const [label, setLabel] = useState('');
  const [expires, setExpires] = useState('');
  const [secret, setSecret] = useState<{ key: string; id: string }>();
  const [copied, setCopied] = useState(false);
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  const rows = system.licences.flatMap((l) =>
    l.keys.map((k) => [
      <code>{k.id}</code>,
      k.label ?? '',
      l.package,
      fmt(k.expiresAt),
      fmt(k.lastUsed) || '—',
      k.revoked ? t('revoked') : k.expired ? t('expired') : t('active'),
      k.revoked ? (
        ''
      ) : (
        <button
          type="button"
          className="danger"
          aria-label={`${t('key.revoke')} ${k.id}`}
          onClick={async () => {
            if (!confirm(t('key.revokeConfirm', { id: k.id }))) return;
            try {
              await gql('mutation RevokeApiKey($keyId: String!) { revokeApiKey(keyId: $keyId) { id revoked } }', {
                keyId: k.id,
              });
              setMsg({ ok: t('key.revokedMsg', { id: k.id }) });
              reload();
            } catch (err) {
              setMsg({ error: (err as Error).message });
            }
          }}
        >
          {t('key.revoke')}
        </button>
      ),
    ]),
  );
  return (
    <div className="card">
      <h3>{t('partners.keys')}</h3>
      <Table
        caption={t('partners.keys')}
        head={[t('key.id'), t('key.label'), t('licence.package'), t('key.expires'), t('key.lastUsed'), t('status'), '']}
        rows={rows}
      />
      {secret && (
        <div className="secret" role="alert" aria-labelledby="secret-title">
          <h4 id="secret-title">{t('key.secretTitle')}</h4>
          <p>{t('key.secretHelp')}</p>
          <p>
            <code id="new-key" data-key-id={secret.id}>
              {secret.key}
            </code>
          </p>
          <button
            type="button"
            onClick={async () => {
              await navigator.clipboard.writeText(secret.key).catch(() => undefined);
              setCopied(true);
            }}
          >
            {t('key.copy')}
          </button>
          {copied && <span role="status"> {t('key.copied')}</span>}{' '}
          <button
            type="button"
            onClick={() => {
              setSecret(undefined);
              setCopied(false);
            }}
          >
            {t('key.done')}
          </button>
        </div>
      )}
      {live.length > 0 && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const r = await gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
                'mutation CreateApiKey($licenceId: ID!, $label: String, $expiresAt: DateTime) { ' +
                  'createApiKey(licenceId: $licenceId, label: $label, expiresAt: $expiresAt) { key apiKey { id ' +
                  '} } }',
                {
                  licenceId,
                  label: label || null,
                  expiresAt: expires ? new Date(`${expires}T23:59:59Z`).toISOString() : null,
                },
              );
              setSecret({ key: r.createApiKey.key, id: r.createApiKey.apiKey.id });
              setMsg({});
              setLabel('');
              reload();
            } catch (err) {
              setMsg({ error: (err as Error).message });
            }
          }}
        >
          <div className="row">
            <Field label={`${t('key.create')} ${t('key.for')}`}>
              {(id) => (
                <select id={id} name="licence" value={licenceId} onChange={(e) => setLicenceId(e.target.value)}>
                  {live.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.package} {l.packageName ?? ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField label={t('key.label')} name="keyLabel" value={label} onValue={setLabel} />
            <TextField label={t('key.expires')} name="expires" type="date" value={expires} onValue={setExpires} />
          </div>
          <button type="submit">{t('key.create')}</button>
        </form>
      )}
      <Status {...msg} />
    </div>
  );
}
