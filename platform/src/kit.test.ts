import { describe, expect, it, vi } from 'vitest';
import { camel, plural, snake } from './naming.ts';
import { decodeCursor, encodeCursor, parseId } from './resolvers.ts';
import { isoDateTime } from './read-gate.ts';
import { buildSubgraphModel } from './model.ts';
import { subgraphSdl } from './sdl.ts';
import { Rng, identityNumber, person, validIdentityNumber } from './synthetic.ts';
import { signPrincipal, signPrincipalReused, verifyPrincipal } from './trust.ts';

describe('naming', () => {
  it('maps contract names to GraphQL and SQL names', () => {
    expect(camel('PersonId')).toBe('personId');
    expect(camel('KVACode')).toBe('kvaCode');
    expect(camel('ID')).toBe('id');
    expect(snake('personCategory3P')).toBe('person_category3_p');
    expect(snake('connectedToProviderUnitId')).toBe('connected_to_provider_unit_id');
    expect(plural('activity')).toBe('activities');
    expect(plural('ProviderPersonnel')).toBe('ProviderPersonnel');
  });
});

describe('cursors and ids', () => {
  it('round-trips a keyset cursor and rejects forged ones', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(decodeCursor(encodeCursor(at, 42))).toEqual({ at, id: 42 });
    expect(() => decodeCursor('bm9wZQ')).toThrow(/cursor/);
  });
  it('takes a cursor from an ISO date-time string (as the read gate returns it) as from a Date', () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(encodeCursor(at.toISOString(), 42)).toBe(encodeCursor(at, 42));
  });
  it('turns PostgreSQL date-time text into what Date.toISOString gives', () => {
    for (const [pg, iso] of <[string, string][]>[
      ['2026-01-02 03:04:05+00', '2026-01-02T03:04:05.000Z'],
      ['2026-01-02 03:04:05.6+00', '2026-01-02T03:04:05.600Z'],
      ['2026-01-02 03:04:05.67+00', '2026-01-02T03:04:05.670Z'],
      ['2026-01-02 03:04:05.678+00', '2026-01-02T03:04:05.678Z'],
      ['2026-01-02 03:04:05.678912+00', '2026-01-02T03:04:05.678Z'],
      ['2026-01-02 05:04:05.678+02', '2026-01-02T03:04:05.678Z'],
      ['2026-01-02 03:34:05.678+00:30', '2026-01-02T03:04:05.678Z'],
    ]) {
      expect(isoDateTime(pg)).toBe(iso);
      expect(isoDateTime(pg)).toBe(new Date(pg.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString());
    }
    expect(isoDateTime(null)).toBeNull();
    expect(isoDateTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('2026-01-02T03:04:05.678Z');
    expect(isoDateTime('not a date')).toBe('not a date');
  });
  it('treats anything but a 32-bit positive integer as an id that cannot exist', () => {
    expect(parseId('17')).toBe(17);
    for (const bad of ['x', '-1', '1.5', '99999999999', "1'; drop", '']) expect(parseId(bad)).toBeNull();
  });
});

describe('entity model from the contract', () => {
  const model = buildSubgraphModel('care', [
    { name: 'Client', contract: 'Client.V1.Client', updatedAt: 'updateTime' },
    {
      name: 'Contact',
      contract: 'Contact.V1.ContactPerson',
      refs: { client: { entity: 'Client', via: 'clientId', inverse: 'contacts' } },
    },
    {
      name: 'Execution',
      contract: 'Execution.V1.Execution',
      refs: { unit: { entity: 'ProviderUnit', via: 'providerUnitId' } },
    },
  ]);
  it('carries every contract property, camelCase, and keeps internal columns hidden', () => {
    const client = model.entities[0]!;
    const names = client.fields.filter((f) => !f.hidden).map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'id',
        'personId',
        'firstName',
        'protectedRegistration',
        'addresses',
        'updateTime',
        'deleted',
      ]),
    );
    const contact = model.entities[1]!;
    expect(contact.fields.find((f) => f.name === 'clientId')).toMatchObject({
      hidden: true,
      column: { name: 'client_id', kind: 'int' },
    });
  });
  it('generates SDL with entity keys, inverse fields, foreign stubs and shareable value types', () => {
    const sdl = subgraphSdl(model);
    expect(sdl).toContain('type Client @key(fields: "id")');
    expect(sdl).toMatch(/contacts\(.*\): \[Contact!\]!/);
    expect(sdl).toContain('type ProviderUnit @key(fields: "id", resolvable: false)');
    expect(sdl).toContain('type Address @shareable');
    expect(sdl).toContain('enum ExecutionLaw');
  });
  it('refuses a relation named like a contract field', () => {
    expect(() =>
      buildSubgraphModel('provider', [
        {
          name: 'Execution',
          contract: 'Execution.V1.Execution',
          refs: { providerUnit: { entity: 'ProviderUnit', via: 'x' } },
        },
      ]),
    ).toThrow(/name of a field/);
  });
});

describe('synthetic data', () => {
  it('is deterministic and makes valid identity numbers', () => {
    const a = Array.from({ length: 50 }, (_, i) => person(new Rng('t'), 1920, 1960, i));
    const b = Array.from({ length: 50 }, (_, i) => person(new Rng('t'), 1920, 1960, i));
    expect(a).toEqual(b);
    for (const p of a) expect(validIdentityNumber(p.personId)).toBe(true);
    // samordningsnummer
    expect(validIdentityNumber(identityNumber(new Date(Date.UTC(1940, 1, 3)), 7, false, true))).toBe(true);
  });
});

describe('signed context', () => {
  const cfg = { keys: [{ kid: 'a', secret: 'x'.repeat(32) }] };
  it('verifies what the gateway signed, with rotation', async () => {
    const t = await signPrincipal({ tenant: 'demo', kind: 'dev', sub: 'u' }, cfg);
    expect(await verifyPrincipal(t, { keys: [{ kid: 'b', secret: 'y'.repeat(32) }, ...cfg.keys] })).toMatchObject({
      tenant: 'demo',
    });
  });
  it('refuses other keys and tampering', async () => {
    const t = await signPrincipal({ tenant: 'demo', kind: 'dev', sub: 'u' }, cfg);
    await expect(verifyPrincipal(t, { keys: [{ kid: 'a', secret: 'z'.repeat(32) }] })).rejects.toThrow();
    const [h, , sig] = t.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ tenant: 'demo2', sub: 'u' })).toString('base64url')}.${sig}`;
    await expect(verifyPrincipal(forged, cfg)).rejects.toThrow();
  });
  it('remembers a verified token until it expires, and only under the configuration that verified it', async () => {
    const short = { keys: cfg.keys, ttl: 2 };
    const t = await signPrincipal({ tenant: 'demo', kind: 'dev', sub: 'u', roles: ['r'] }, short);
    const first = await verifyPrincipal(t, short);
    expect(await verifyPrincipal(t, short)).toBe(first); // from memory
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true); // shared, so not to be changed
    // another configuration (e.g. the key rotated out) checks it afresh
    await expect(verifyPrincipal(t, { keys: [{ kid: 'a', secret: 'z'.repeat(32) }] })).rejects.toThrow();
    vi.useFakeTimers({ now: Date.now() + 3_000, toFake: ['Date'] });
    try {
      await expect(verifyPrincipal(t, short)).rejects.toThrow(/exp/); // expired: not answered from memory
    } finally {
      vi.useRealTimers();
    }
  });
  it('reuses a signed token for half its lifetime, then signs anew', async () => {
    const p = { tenant: 'demo', kind: 'dev' as const, sub: 'reuse' };
    const a = await signPrincipalReused(p, cfg);
    expect(await signPrincipalReused({ ...p }, cfg)).toBe(a);
    expect(await signPrincipalReused({ ...p, sub: 'other' }, cfg)).not.toBe(a);
    vi.useFakeTimers({ now: Date.now() + 31_000, toFake: ['Date'] });
    try {
      const b = await signPrincipalReused(p, cfg);
      expect(b).not.toBe(a);
      expect(await verifyPrincipal(b, cfg)).toMatchObject({ sub: 'reuse' });
    } finally {
      vi.useRealTimers();
    }
  });
});
