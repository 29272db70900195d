import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf, parseIdempotencyKey } from './idempotency.ts';
import { etagOf, ifMatchVersions } from './mutations.ts';
import { camelKeys, contractErrors, fieldName } from './validate.ts';
import type { EntityModel } from './model.ts';

describe('idempotency keys', () => {
  it('fingerprints payloads whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(fingerprintOf({ x: 1, y: 2 })).toBe(fingerprintOf({ y: 2, x: 1 }));
    expect(fingerprintOf({ x: 1 })).not.toBe(fingerprintOf({ x: 2 }));
  });
  it('takes the key as an sf-string or a bare token, and refuses anything else', () => {
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('abc')).toBe('abc');
    expect(() => parseIdempotencyKey('""')).toThrow(/Idempotency-Key/);
    expect(() => parseIdempotencyKey('a b')).toThrow(/Idempotency-Key/);
    expect(() => parseIdempotencyKey('x'.repeat(256))).toThrow(/Idempotency-Key/);
  });
});

describe('ETag and If-Match', () => {
  const e = { updatedKey: 'updatedAt' } as EntityModel;
  const at = new Date('2026-03-01T08:00:00.123Z');
  it(
    'is the version, and If-Match names versions (suffixes of other representations ignored, weak tags never ' +
      'match)',
    () => {
      const tag = etagOf(e, { updatedAt: at });
      expect(tag).toMatch(/^"v[0-9a-z]+"$/);
      expect(ifMatchVersions(tag)!.map((d) => d.getTime())).toEqual([at.getTime()]);
      expect(ifMatchVersions(`${tag.slice(0, -1)}-xml-gzip"`)!.map((d) => d.getTime())).toEqual([at.getTime()]);
      expect(ifMatchVersions(`W/${tag}`)).toEqual([]);
      expect(ifMatchVersions('*')).toBeUndefined();
      expect(ifMatchVersions(`"other", ${tag}`)).toHaveLength(1);
    },
  );
});

describe('contract validation', () => {
  it('names invalid fields as the contract does', () => {
    const errors = contractErrors(
      'ProviderPersonnel.V2.CreateProviderPersonnelRequest',
      camelKeys({
        IsActive: 'yes',
        PersonId: '19121212-1212',
        FirstName: 'A',
        LastName: 'B',
        Disabled: false,
        Signature: 'S',
        Title: 'T',
        ProviderPersonnelUnitAccess: [{ UnitId: 'x', ProviderUnitRoles: [{}] }],
      }),
    );
    expect(errors.map((x) => x.field).sort()).toEqual([
      'IsActive',
      'ProviderPersonnelUnitAccess[0].ProviderUnitRoles[0].RoleName',
      'ProviderPersonnelUnitAccess[0].UnitId',
    ]);
    expect(errors.find((x) => x.field === 'IsActive')!.pointer).toBe('#/IsActive');
  });
  it('lets optional properties be null', () => {
    expect(contractErrors('ProviderPersonnel.V2.CreateProviderUnitRoleRequest', { roleName: 'Baspersonal' })).toEqual(
      [],
    );
    expect(
      contractErrors('ProviderPersonnel.V2.AddProviderPersonnelUnitAccessRequest', {
        providerPersonnelId: 1,
        unitId: 2,
        activeToDate: null,
        providerUnitRoles: [],
      }),
    ).toEqual([]);
    expect(fieldName('/a/0/b')).toBe('a[0].b');
  });
});
