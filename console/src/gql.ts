import { stringify } from 'csv-stringify/browser/esm/sync';

/** GraphQL over the gateway as the signed-in user (the session cookie); variables in the POST body. */
export class GqlError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new GqlError(`HTTP ${res.status}`);
  }
  if (body.errors?.length)
    throw new GqlError(body.errors.map((e) => e.message).join('; '), body.errors[0]!.extensions?.code);
  if (!body.data) throw new GqlError(`HTTP ${res.status}`);
  return body.data;
}

/** CSV (RFC 4180, csv-stringify); cells a spreadsheet would run as formulas get a leading apostrophe. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const safe = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  return stringify([header, ...rows.map((r) => r.map(safe))], { record_delimiter: 'windows' });
}

export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const fmt = (iso: string | null | undefined) =>
  iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '';
