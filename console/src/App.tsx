import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { I18n, initialLang, translator, useT, type Key, type Lang } from './i18n.ts';
import { Partners } from './pages/Partners.tsx';
import { AccessReview } from './pages/AccessReview.tsx';
import { AuditSearch } from './pages/AuditSearch.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { Operations } from './pages/Operations.tsx';

interface Session {
  signedIn: boolean;
  tenant?: string;
  user?: string;
  name?: string;
  administrator?: boolean;
  explorer?: boolean;
}

const PAGES: { id: string; label: Key; render: () => ReactElement }[] = [
  { id: 'partners', label: 'nav.partners', render: () => <Partners /> },
  { id: 'access', label: 'nav.access', render: () => <AccessReview /> },
  { id: 'audit', label: 'nav.audit', render: () => <AuditSearch /> },
  { id: 'signin', label: 'nav.signin', render: () => <SignIn /> },
  { id: 'operations', label: 'nav.operations', render: () => <Operations /> },
];

const pageOf = () => {
  const id = location.hash.replace(/^#\/?/, '');
  return PAGES.find((p) => p.id === id) ?? PAGES[0]!;
};

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session>();
  const [page, setPage] = useState(pageOf);
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t(page.label)} — ${t('title')}`;
    localStorage.setItem('lcs-console-lang', lang);
  }, [t, lang, page]);
  useEffect(() => {
    const on = () => setPage(pageOf());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    fetch('/console/session', { credentials: 'same-origin' })
      .then((r) => r.json())
      .then(setSession, () => setSession({ signedIn: false }));
  }, []);
  // Move focus to the page heading after navigation (screen readers announce the new page).
  useEffect(() => {
    document.getElementById('main')?.focus();
  }, [page]);

  const langSwitch = (
    <div className="lang" role="group" aria-label={t('language')}>
      {(['sv', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {l === 'sv' ? 'Svenska' : 'English'}
        </button>
      ))}
    </div>
  );

  let body: ReactElement;
  if (!session) body = <p role="status">{t('loading')}</p>;
  else if (!session.signedIn) body = <Login />;
  else if (!session.administrator) body = <p className="msg">{t('notAdmin')}</p>;
  else body = page.render();

  return (
    <I18n.Provider value={{ t, lang }}>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <span className="brand">{t('title')}</span>
        {session?.signedIn && (
          <span className="who">
            {t('signedInAs', { who: session.name || session.user || '', tenant: session.tenant || '' })}
            {' · '}
            <a href={`/saml/${session.tenant}/logout`}>{t('signOut')}</a>
            {session.explorer && (
              <>
                {' · '}
                <a href="/graphql">{t('explorer')}</a>
              </>
            )}
          </span>
        )}
        {langSwitch}
      </header>
      {session?.administrator && (
        <nav aria-label={t('title')}>
          <ul>
            {PAGES.map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p === page ? 'page' : undefined}>
                  {t(p.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {session?.administrator && <h1>{t(page.label)}</h1>}
        {body}
      </main>
    </I18n.Provider>
  );
}

function Login() {
  const { t } = useT();
  const [tenant, setTenant] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenant)) return setError(t('login.badTenant'));
        location.href = `/saml/${tenant}/login`;
      }}
    >
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <div className="field">
        <label htmlFor="tenant">{t('login.tenant')}</label>
        <input
          id="tenant"
          name="tenant"
          value={tenant}
          autoComplete="organization"
          onChange={(e) => setTenant(e.target.value.trim().toLowerCase())}
          aria-invalid={!!error}
          aria-describedby={error ? 'tenant-error' : undefined}
        />
        {error && (
          <p id="tenant-error" className="msg error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit">{t('login.submit')}</button>
    </form>
  );
}
