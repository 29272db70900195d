/** The tenant's staff sign-in: IdP metadata (upload or paste), level of assurance, attribute profile; test sign-in. */
import { useEffect, useState } from 'react';
import { fmt, gql } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Field, Status, useAsync } from '../ui.tsx';

interface Idp {
  entityId: string;
  loa: string;
  profile: string;
  metadataXml: string;
  updatedAt: string;
  testSignInPath: string;
}
const LOAS = [
  'http://id.elegnamnden.se/loa/1.0/loa2',
  'http://id.elegnamnden.se/loa/1.0/loa3',
  'http://id.elegnamnden.se/loa/1.0/loa4',
  'http://id.elegnamnden.se/loa/1.0/eidas-sub',
  'http://id.elegnamnden.se/loa/1.0/eidas-high',
  'http://id.sambi.se/loa/loa3',
  'http://schemas.microsoft.com/claims/multipleauthn',
];
const PROFILES = ['sweden-connect', 'inera', 'adfs'];
const FIELDS = 'entityId loa profile metadataXml updatedAt testSignInPath';

export function SignIn() {
  const { t } = useT();
  const q = useAsync(
    () => gql<{ idpConfiguration: Idp | null }>(`query IdpConfiguration { idpConfiguration { ${FIELDS} } }`),
    [],
  );
  const idp = q.data?.idpConfiguration;
  const [xml, setXml] = useState('');
  const [loa, setLoa] = useState(LOAS[1]!);
  const [profile, setProfile] = useState(PROFILES[0]!);
  const [msg, setMsg] = useState<{ error?: string; ok?: string }>({});
  useEffect(() => {
    if (idp) {
      setXml(idp.metadataXml);
      setLoa(idp.loa);
      setProfile(idp.profile);
    }
  }, [idp]);
  return (
    <>
      <p>{t('idp.intro')}</p>
      <Status loading={q.loading} error={q.error} />
      {q.data &&
        (idp ? (
          <dl className="card facts">
            <dt>{t('idp.entity')}</dt>
            <dd>
              <code>{idp.entityId}</code>
            </dd>
            <dt>{t('idp.loa')}</dt>
            <dd>
              <code>{idp.loa}</code>
            </dd>
            <dt>{t('idp.profile')}</dt>
            <dd>{idp.profile}</dd>
            <dt>{t('idp.updated')}</dt>
            <dd>{fmt(idp.updatedAt)}</dd>
            <dd>
              <a href={idp.testSignInPath} target="_blank" rel="noopener">
                {t('idp.test')}
              </a>
            </dd>
          </dl>
        ) : (
          <p>{t('idp.none')}</p>
        ))}
      <form
        className="card"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await gql(
              `mutation SetIdpConfiguration($xml: String!, $loa: String, $profile: String) { ` +
                `setIdpConfiguration(metadataXml: $xml, loa: $loa, profile: $profile) { ${FIELDS} } }`,
              { xml, loa, profile },
            );
            setMsg({ ok: t('idp.saved') });
            q.reload();
          } catch (err) {
            setMsg({ error: (err as Error).message });
          }
        }}
      >
        <Field label={t('idp.upload')}>
          {(id) => (
            <input
              id={id}
              type="file"
              accept=".xml"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) setXml(await f.text());
              }}
            />
          )}
        </Field>
        <Field label={t('idp.metadata')}>
          {(id) => (
            <textarea id={id} rows={6} value={xml} spellCheck={false} onChange={(e) => setXml(e.target.value)} />
          )}
        </Field>
        <div className="row">
          <Field label={t('idp.loa')}>
            {(id) => (
              <select id={id} value={loa} onChange={(e) => setLoa(e.target.value)}>
                {[...new Set([...LOAS, loa])].map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('idp.profile')}>
            {(id) => (
              <select id={id} value={profile} onChange={(e) => setProfile(e.target.value)}>
                {PROFILES.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit">{t('save')}</button>
        <Status {...msg} />
      </form>
    </>
  );
}
