import { describe, expect, it } from 'vitest';
import { camel, definition, properties, subgraphKit } from '@lcs/platform';
import { definition as care } from './server.ts';

const kit = subgraphKit(care);
const entity = (name: string) => kit.model.entities.find((e) => e.name === name)!;
const visible = (name: string) =>
  entity(name)
    .fields.filter((f) => !f.hidden)
    .map((f) => f.name);

describe('care documentation and IBIC entities', () => {
  it('carry every property of their contract definitions', () => {
    const cases: [string, string[]][] = [
      ['Documentation', ['Common.V1.Documentation']],
      ['GeneralNote', ['GeneralNote.V1.GeneralNote']],
      ['Headline', ['Headline.V1.Headline']],
      ['IbicAssessment', ['IbicAssessment.V1.IbicAssessment']],
      ['IbicAssessmentArea', ['IbicAssessmentArea.V1.IbicAssessmentArea', 'IbicAssessmentArea.V2.IbicAssessmentArea']],
      ['IbicAssessmentGeneralGoal', ['IbicAssessmentGeneralGoal.V1.IbicAssessmentGeneralGoal']],
    ];
    for (const [name, defs] of cases) {
      const want = defs.flatMap((d) => Object.keys(properties(definition(d)))).map(camel);
      expect(visible(name), name).toEqual(expect.arrayContaining(want));
    }
  });

  it("exposes the V2 area detail, a superset of V1's, under both versions", () => {
    const v1 = Object.keys(properties(definition('IbicAssessmentArea.V1.IbicAssessmentAreaDetail'))).map(camel);
    const detail = entity('IbicAssessmentArea')
      .fields.find((f) => f.name === 'details')!
      .gql.replace(/[[\]!]/g, '');
    const fields = kit.model.valueTypes.find((v) => v.name === detail)!.fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining([...v1, 'services', 'aimOfSupport']));
  });

  it('relates client, documentation, headline and the IBIC chain', () => {
    const sdl = kit.sdl;
    const type = (name: string) => new RegExp(`type ${name} @key[^{]*\\{([^}]*)\\}`).exec(sdl)![1]!;
    expect(type('Client')).toMatch(
      /documentations\(.*\): \[Documentation!\]![\s\S]*generalNotes\(.*\): \[GeneralNote!\]![\s\S]*ibicAssessments\(/,
    );
    expect(type('Documentation')).toMatch(
      /headline: Headline[\s\S]*execution: Execution[\s\S]*previousVersion: Documentation/,
    );
    expect(type('Headline')).toMatch(/children\(.*\): \[Headline!\]!/);
    expect(type('IbicAssessment')).toMatch(/areas\(.*\): \[IbicAssessmentArea!\]![\s\S]*generalGoals\(/);
    expect(type('IbicAssessmentArea')).toMatch(/generalGoals\(.*\): \[IbicAssessmentGeneralGoal!\]!/);
    expect(type('Execution')).toMatch(/documentations\(/);
  });
});
