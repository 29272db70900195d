/**
 * care demo data, IBIC (Individens behov i centrum): most SoL investigations of home-care clients
 * carry an assessment with 3–6 ICF life areas (personal care, domestic life and mobility most
 * often), each with 1–3 assessed sub-areas and 1–2 general goals.
 */
import { addDays, omit, startOfDay, type SeedClient, type SeedWorld, type SubgraphKit } from '../kit.ts';

interface Chapter {
  code: string;
  text: string;
  /** How likely a home-care assessment covers this life area. */
  p: number;
  sub: [string, string][];
  /** Service types (names from the catalogue) that meet needs in this area. */
  services: string[];
  goals: string[];
}

/** ICF activity and participation chapters d1–d9, as IBIC names them. */
const CHAPTERS: Chapter[] = [
  {
    code: 'd1',
    text: 'Lärande och att tillämpa kunskap',
    p: 0.15,
    sub: [
      ['d175', 'Att lösa problem'],
      ['d177', 'Att fatta beslut'],
    ],
    services: ['Tillsyn'],
    goals: ['Kunna fatta egna beslut i vardagen'],
  },
  {
    code: 'd2',
    text: 'Allmänna uppgifter och krav',
    p: 0.35,
    sub: [
      ['d230', 'Att genomföra daglig rutin'],
      ['d240', 'Att hantera stress och andra psykologiska krav'],
    ],
    services: ['Tillsyn'],
    goals: ['Ha en fungerande dygnsrytm', 'Känna trygghet i vardagen'],
  },
  {
    code: 'd3',
    text: 'Kommunikation',
    p: 0.25,
    sub: [
      ['d310', 'Att kommunicera genom att ta emot talade meddelanden'],
      ['d360', 'Att använda kommunikationsutrustning och kommunikationstekniker'],
    ],
    services: [],
    goals: ['Kunna kontakta anhöriga och vården själv'],
  },
  {
    code: 'd4',
    text: 'Förflyttning',
    p: 0.7,
    sub: [
      ['d410', 'Att ändra grundläggande kroppsställning'],
      ['d420', 'Att förflytta sig själv'],
      ['d450', 'Att gå'],
      ['d460', 'Att röra sig omkring på olika platser'],
    ],
    services: ['Personlig omvårdnad'],
    goals: ['Kunna röra sig säkert i hemmet', 'Kunna ta sig ut på promenad'],
  },
  {
    code: 'd5',
    text: 'Personlig vård',
    p: 0.95,
    sub: [
      ['d510', 'Att tvätta sig'],
      ['d520', 'Kroppsvård'],
      ['d530', 'Att sköta toalettbehov'],
      ['d540', 'Att klä sig'],
      ['d550', 'Att äta'],
      ['d570', 'Att sköta sin egen hälsa'],
    ],
    services: ['Personlig omvårdnad', 'Dusch'],
    goals: ['Bibehålla sin förmåga att sköta sin personliga hygien', 'Känna sig ren och välvårdad'],
  },
  {
    code: 'd6',
    text: 'Hemliv',
    p: 0.9,
    sub: [
      ['d620', 'Att skaffa varor och tjänster'],
      ['d630', 'Att bereda måltider'],
      ['d640', 'Hushållsarbete'],
    ],
    services: ['Serviceinsatser', 'Matdistribution'],
    goals: ['Kunna bo kvar i sitt hem', 'Ha ett rent och tryggt hem', 'Få näringsriktig mat varje dag'],
  },
  {
    code: 'd7',
    text: 'Mellanmänskliga interaktioner och relationer',
    p: 0.35,
    sub: [
      ['d750', 'Informella sociala relationer'],
      ['d760', 'Familjerelationer'],
    ],
    services: [],
    goals: ['Bryta social isolering', 'Behålla kontakten med familjen'],
  },
  {
    code: 'd8',
    text: 'Viktiga livsområden',
    p: 0.1,
    sub: [['d860', 'Grundläggande ekonomiska transaktioner']],
    services: [],
    goals: ['Kunna sköta sin ekonomi med stöd'],
  },
  {
    code: 'd9',
    text: 'Samhällsgemenskap, socialt och medborgerligt liv',
    p: 0.3,
    sub: [
      ['d910', 'Samhällsgemenskap'],
      ['d920', 'Rekreation och fritid'],
    ],
    services: [],
    goals: ['Kunna delta i aktiviteter utanför hemmet'],
  },
];

const SEVERITY = [
  'Inga svårigheter',
  'Lätta svårigheter',
  'Måttliga svårigheter',
  'Stora svårigheter',
  'Totala svårigheter',
];
const NEEDS = [
  { code: 1, text: 'Behov av stöd' },
  { code: 2, text: 'Inget behov' },
  { code: 3, text: 'Behov tillgodoses på annat sätt' },
];
const FULFILMENT = [
  { code: 1, text: 'Uppnått' },
  { code: 2, text: 'Delvis uppnått' },
  { code: 3, text: 'Ej uppnått' },
];
const NOT_FOLLOWED_UP = { code: 4, text: 'Ej bedömt' };
const AIMS = [
  { code: 1, text: 'Bibehålla förmåga' },
  { code: 2, text: 'Återfå förmåga' },
  { code: 3, text: 'Kompensera för nedsatt förmåga' },
  { code: 4, text: 'Skapa trygghet' },
];

interface Investigation {
  id: number;
  clientId: number;
  startDate: Date;
  endDate: Date;
  law: string;
}

export async function seedIbic(
  w: SeedWorld,
  kit: SubgraphKit,
  o: {
    clients: SeedClient[];
    investigations: Investigation[];
    types: { id: number; name: string; categoryId: number; category: string }[];
  },
): Promise<void> {
  const r = w.rng('care:ibic');
  const asOf = w.o.asOf;
  const homeCare = new Set(o.clients.filter((c) => c.homeCare).map((c) => c.id));
  const assessed = o.investigations.filter((inv) => inv.law === 'SoL' && homeCare.has(inv.clientId) && r.chance(0.85));
  const assessmentIds = await w.reserveIds('care', assessed.length);

  const assessments: Record<string, unknown>[] = [];
  const areas: (Record<string, unknown> & { _goals: { text: string; code: number }[]; _fulfilment: boolean })[] = [];
  assessed.forEach((inv, i) => {
    const id = assessmentIds[i]!;
    const created = startOfDay(addDays(inv.startDate, r.int(1, 7)));
    const assessedDate = startOfDay(addDays(created, r.int(3, 20)));
    const followUp = startOfDay(addDays(assessedDate, r.pick([182, 365])));
    const followedUp = followUp < asOf;
    const touched = addDays(followedUp ? followUp : assessedDate, r.int(0, 10));
    const updateTime = touched > asOf ? asOf : touched;
    assessments.push({
      id,
      clientId: inv.clientId,
      investigationId: inv.id,
      createdDate: created,
      assessedDate,
      nextFollowUpDate: followUp,
      updateTime,
    });

    // 3–6 life areas: each by its likelihood, then topped up or trimmed (least likely first).
    let chosen = CHAPTERS.filter((c) => r.chance(c.p));
    while (chosen.length < 3) chosen.push(r.pick(CHAPTERS.filter((c) => !chosen.includes(c))));
    if (chosen.length > 6) chosen = [...chosen].sort((a, b) => b.p - a.p).slice(0, 6);
    chosen.sort((a, b) => a.code.localeCompare(b.code));
    for (const ch of chosen) {
      const pool = [...ch.sub];
      const subs = Array.from(
        { length: r.int(1, Math.min(3, pool.length)) },
        () => pool.splice(r.int(0, pool.length - 1), 1)[0]!,
      );
      const details = subs.map(([code, text], j) => {
        const severity = r.int(1, 4);
        const need = severity >= 2 ? NEEDS[0]! : r.pick(NEEDS.slice(1));
        const services =
          need.code === 1
            ? o.types
                .filter((t) => ch.services.includes(t.name))
                .filter((_, n) => n === 0 || r.chance(0.5))
                .map((t) => ({
                  category: { code: t.categoryId, text: t.category },
                  serviceType: { code: t.id, text: t.name },
                }))
            : [];
        return {
          icf: { code, text },
          assessed: { code: severity, text: SEVERITY[severity]! },
          needs: need,
          goal: { code: j + 1, text: r.pick(ch.goals) },
          goalFulfilment: followedUp ? r.pick(FULFILMENT) : NOT_FOLLOWED_UP,
          services,
          aimOfSupport: need.code === 1 ? r.pick(AIMS) : null,
        };
      });
      areas.push({
        assessmentId: id,
        icf: { code: ch.code, text: ch.text },
        details,
        updatedAt: updateTime,
        _goals: ch.goals.map((text, n) => ({ text, code: CHAPTERS.indexOf(ch) * 10 + n + 1 })),
        _fulfilment: followedUp,
      });
    }
  });

  const areaIds = await w.reserveIds('care', areas.length);
  const goals: Record<string, unknown>[] = [];
  areas.forEach((a, i) => {
    a.id = areaIds[i];
    const count = Math.min(a._goals.length, r.int(1, 2));
    const picked = [...a._goals];
    for (let n = 0; n < count; n++) {
      const g = picked.splice(r.int(0, picked.length - 1), 1)[0]!;
      goals.push({
        assessmentId: a.assessmentId,
        areaId: a.id,
        generalGoal: { code: g.code, text: g.text },
        goalFulfilment: a._fulfilment ? r.pick(FULFILMENT) : NOT_FOLLOWED_UP,
        updatedAt: a.updatedAt,
      });
    }
  });
  await w.insert(kit, 'IbicAssessment', assessments);
  await w.insert(
    kit,
    'IbicAssessmentArea',
    areas.map((a) => omit(a, '_goals', '_fulfilment')),
  );
  await w.insert(kit, 'IbicAssessmentGeneralGoal', goals);
}
