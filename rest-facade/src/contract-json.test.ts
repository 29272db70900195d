import { describe, expect, it } from 'vitest';
import { jsonFor, mapperFor } from './contract-json.ts';

const ES = 'WE.EC.Integration.Contracts.ExecutedService.V1.ExecutedService';

describe('contract JSON written straight from a GraphQL item', () => {
  const same = (def: string, v: unknown) => expect(jsonFor(def)(v)).toBe(JSON.stringify(mapperFor(def)(v)));
  it('equals JSON.stringify of the mapped item, whatever is missing, null or odd', () => {
    same(ES, null);
    same(ES, undefined);
    same(ES, {});
    same(ES, {
      id: '12',
      quantity: 0.45,
      cancelled: null,
      endTime: '2026-10-02T07:38:00.000Z',
      startTime: null,
      name: 'A "quoted" \\ name\n',
      organizationUnit: null,
    });
    same(ES, {
      id: 'not a number',
      quantity: 'NaN',
      doubleManning: 0,
      categoryId: '7',
      personnel: { personId: 19, firstName: null },
      professional: {},
      updateTime: new Date(0),
    });
    same(ES, {
      id: 1,
      organizationUnit: { id: 5, name: 'Unit' },
      personnel: { personId: '1', firstName: 'F', lastName: 'L', fullName: 'F L' },
      typeId: -0,
      typeName: 'x'.repeat(3),
    });
  });
  it('writes many items at once as the JSON array of each item written alone', () => {
    const items = [null, {}, { id: '3', name: 'x', personnel: { fullName: 'F L' } }, { id: 4, endTime: null }];
    const write = jsonFor(ES);
    expect(write.many!(items, 0, items.length)).toBe(`[${items.map((i) => write(i)).join(',')}]`);
    expect(write.many!(items, 1, 3)).toBe(`[${write(items[1])},${write(items[2])}]`);
  });
});
