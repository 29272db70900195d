/** Usage per key over time: requests, rows and 429s as an SVG bar chart, with the same numbers as a table. */
import { useState } from 'react';
import { gql } from '../gql.ts';
import { useT } from '../i18n.ts';
import { Field, Status, Table, useAsync } from '../ui.tsx';

interface Point {
  at: string;
  requests: number;
  rows: number;
  rejects: number;
}
const SERIES = [
  { key: 'requests', label: 'usage.requests', color: '#1d4ed8' },
  { key: 'rows', label: 'usage.rows', color: '#047857' },
  { key: 'rejects', label: 'usage.rejects', color: '#b91c1c' },
] as const;
const SPAN = { MINUTE: 3_600_000, HOUR: 86_400_000, DAY: 30 * 86_400_000 } as const;

export function UsageChart({ keys }: { keys: { id: string; label: string }[] }) {
  const { t } = useT();
  const [keyId, setKeyId] = useState(keys[0]!.id);
  const [bucket, setBucket] = useState<keyof typeof SPAN>('HOUR');
  const q = useAsync(async () => {
    const to = new Date(Date.now() + 60_000);
    const from = new Date(to.getTime() - SPAN[bucket]);
    return (
      await gql<{ apiKeyUsage: Point[] }>(
        'query ApiKeyUsage($keyId: String!, $from: DateTime, $to: DateTime, $bucket: UsageBucket) { ' +
          'apiKeyUsage(keyId: $keyId, from: $from, to: $to, bucket: $bucket) { at requests rows rejects } }',
        { keyId, from: from.toISOString(), to: to.toISOString(), bucket },
      )
    ).apiKeyUsage;
  }, [keyId, bucket]);
  const points = q.data ?? [];
  return (
    <div className="card" id="usage">
      <h3>{t('partners.usage')}</h3>
      <div className="row">
        <Field label={t('usage.key')}>
          {(id) => (
            <select id={id} name="usageKey" value={keyId} onChange={(e) => setKeyId(e.target.value)}>
              {keys.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('usage.bucket')}>
          {(id) => (
            <select
              id={id}
              name="bucket"
              value={bucket}
              onChange={(e) => setBucket(e.target.value as keyof typeof SPAN)}
            >
              {(['MINUTE', 'HOUR', 'DAY'] as const).map((b) => (
                <option key={b} value={b}>
                  {t(`usage.${b}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <span aria-hidden="true">&nbsp;</span>
          <button type="button" onClick={q.reload}>
            {t('usage.refresh')}
          </button>
        </div>
      </div>
      <Status loading={q.loading} error={q.error} />
      {points.length ? (
        <Chart points={points} title={t('usage.chart', { id: keyId })} />
      ) : (
        !q.loading && <p>{t('usage.empty')}</p>
      )}
      <Table
        caption={t('usage.chart', { id: keyId })}
        head={[t('usage.time'), ...SERIES.map((s) => t(s.label))]}
        rows={points.map((p) => [
          new Date(p.at).toISOString().slice(0, 16).replace('T', ' '),
          p.requests,
          p.rows,
          p.rejects,
        ])}
        empty={t('usage.empty')}
      />
    </div>
  );
}

function Chart({ points, title }: { points: Point[]; title: string }) {
  const { t } = useT();
  const W = 640,
    H = 200,
    pad = 30;
  const groupW = (W - pad * 2) / points.length;
  const barW = Math.max(2, Math.min(18, groupW / 4));
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H + 40}`} role="img" aria-label={title} className="chart">
        {SERIES.map((s, si) => {
          const max = Math.max(1, ...points.map((p) => p[s.key]));
          return points.map((p, i) => {
            const h = (p[s.key] / max) * H;
            return (
              <rect
                key={`${s.key}${i}`}
                x={pad + i * groupW + si * barW}
                y={H - h + 10}
                width={barW - 1}
                height={h}
                fill={s.color}
              >
                <title>{`${t(s.label)}: ${p[s.key]}`}</title>
              </rect>
            );
          });
        })}
        <line x1={pad} x2={W - pad} y1={H + 10} y2={H + 10} stroke="#374151" />
        {SERIES.map((s, i) => (
          <g key={s.key} transform={`translate(${pad + i * 170}, ${H + 30})`}>
            <rect width="12" height="12" y="-10" fill={s.color} />
            <text x="18" fontSize="13" fill="#111827">
              {t(s.label)} (max {Math.max(...points.map((p) => p[s.key]))})
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
