/** Small shared pieces: status messages, tables, fields. */
import { useEffect, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from './i18n.ts';

export function useAsync<T>(
  fn: () => Promise<T>,
  deps: unknown[],
): { data?: T; error?: string; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    fn().then(
      (data) => live && setState({ data, loading: false }),
      (e: Error) => live && setState({ error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, n]);
  return { ...state, reload: () => setN((x) => x + 1) };
}

export function Status({ error, ok, loading }: { error?: string; ok?: string; loading?: boolean }) {
  const { t } = useT();
  if (error)
    return (
      <p className="msg error" role="alert">
        <strong>{t('error')}:</strong> {error}
      </p>
    );
  if (ok)
    return (
      <p className="msg ok" role="status">
        {ok}
      </p>
    );
  if (loading)
    return (
      <p className="msg" role="status">
        {t('loading')}
      </p>
    );
  return null;
}

export function Table({
  caption,
  head,
  rows,
  empty,
}: {
  caption: string;
  head: ReactNode[];
  rows: ReactNode[][];
  empty?: string;
}) {
  const { t } = useT();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={head.length}>{empty ?? t('none')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

let seq = 0;
export function useId(prefix: string) {
  const [id] = useState(() => `${prefix}-${++seq}`);
  return id;
}

export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
}) {
  const id = useId('f');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint && <small>{hint}</small>}
    </div>
  );
}

/** A labelled <input> showing `value`; `onValue` receives each edit (other props go to the input). */
export function TextField({
  label,
  value,
  onValue,
  ...input
}: { label: string; value: string; onValue: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange'
>) {
  return (
    <Field label={label}>
      {(id) => <input id={id} {...input} value={value} onChange={(e) => onValue(e.target.value)} />}
    </Field>
  );
}
