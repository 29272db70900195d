import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFacade, loadManifest, operationName } from './facade-gen.ts';
import { ROOT } from './paths.ts';

const apiSchema = readFileSync(join(ROOT, 'schema/api-schema.graphql'), 'utf8');

describe('REST facade generation', () => {
  it('builds the committed manifest without problems', () => {
    const b = buildFacade(apiSchema);
    expect(b.errors).toEqual([]);
    expect(b.table.routes.length).toBeGreaterThan(80);
  });

  it('fails the build when a de-identified package selects personal data', () => {
    const m = loadManifest();
    const bad = structuredClone(m);
    bad.packages['8900']!.routes['Leak'] = ['GET /api/v1/clients', 'GET /api/v1/executed_services'];
    const errors = buildFacade(apiSchema, bad).errors.join('\n');
    expect(errors).toMatch(
      /package 8900 is de-identified but operation V1Clients selects personal data: .*PersonId.*FirstName/,
    );
    expect(errors).toMatch(/V1ExecutedServices selects personal data: .*Name.*Personnel\.PersonId/);
  });

  it('a de-identified variant of an operation passes when it leaves the personal fields out', () => {
    const m = structuredClone(loadManifest());
    m.operations = {
      ...m.operations,
      ExecutedServicesDeidentified: {
        path: 'GET /api/v1/executed_services',
        exclude: ['Name', 'PersonId', 'Personnel'],
      },
    };
    m.packages['8900']!.routes['Executed'] = [
      { route: 'GET /api/v1/executed_services', operation: 'ExecutedServicesDeidentified' },
    ];
    const b = buildFacade(apiSchema, m);
    expect(b.errors).toEqual([]);
    const op = b.operations.find((o) => o.name === 'ExecutedServicesDeidentified')!;
    expect(op.document).not.toMatch(/personId|fullName|firstName|lastName/);
  });

  it('names operations after their paths', () => {
    expect(operationName('/api/v1/clients/{id}')).toBe('V1ClientsById');
    expect(operationName('/api/v2/provider_units/{unitId}/provider_personnel')).toBe(
      'V2ProviderUnitsByUnitIdProviderPersonnel',
    );
  });

  it('refuses manifest routes that are not in the contract or name undeclared operations', () => {
    const m = structuredClone(loadManifest());
    m.packages['8873']!.routes['Bogus'] = [
      'GET /api/v1/nothing_here',
      { route: 'GET /api/v1/clients', operation: 'Undeclared' },
    ];
    const errors = buildFacade(apiSchema, m).errors.join('\n');
    expect(errors).toMatch(/GET \/api\/v1\/nothing_here is not in the contract/);
    expect(errors).toMatch(/operation Undeclared is not declared/);
  });
});
