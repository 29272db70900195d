/**
 * care demo data, social documentation: the headline trees (dokumentationsrubriker), a few notes
 * per client and month of care, and general notes about the person.
 *
 * While a client has a running order, most notes are the provider's (written in the execution by
 * the undersköterskor and nurses of its unit, as TSS users from the shared staff roster); the rest are the
 * needs assessor's own. Some notes were edited (a History version points at the current one), a few
 * are error-marked, a few carry an image attachment. Texts are generic and never about a real person.
 */
import { addDays, startOfDay, type Rng, type SeedClient, type SeedWorld, type SubgraphKit } from '../kit.ts';
import { omit, staffAssignments, staffRoster, type StaffUser } from '../kit.ts';

const MINUTE = 60_000;
const DAY = 86400_000;

interface HeadlineDef {
  name: string;
  markWords?: string[];
  mustBeSign?: boolean;
  sameEnd?: boolean;
  readOnly?: boolean;
  texts: string[];
}

interface TreeDef {
  treeId: string;
  name: string;
  law: 'SoL' | 'LSS';
  /** Service category the tree documents (code = 1-based index in care's CATALOGUE); none for the authority's tree. */
  category?: { code: number; text: string };
  authority: boolean;
  children: HeadlineDef[];
}

const TREES: TreeDef[] = [
  {
    treeId: 'MYND-SOL',
    name: 'Myndighetsdokumentation',
    law: 'SoL',
    authority: true,
    children: [
      {
        name: 'Aktualisering',
        markWords: ['Ansökan', 'Anmälan'],
        texts: [
          'Ansökan om insats inkommen via telefon. Hembesök bokas.',
          'Anmälan från anhörig om ökat behov av stöd i hemmet.',
          'Kontakt från vårdcentral inför utskrivning.',
        ],
      },
      {
        name: 'Utredning',
        markWords: ['Hembesök', 'IBIC'],
        texts: [
          'Hembesök genomfört. Behov bedömt enligt IBIC inom personlig vård och hemliv.',
          'Samtal med den enskilde om önskemål kring stödets utformning.',
          'Underlag från arbetsterapeut inhämtat med samtycke.',
        ],
      },
      {
        name: 'Beslut',
        readOnly: true,
        markWords: ['Beslut'],
        texts: [
          'Beslut meddelat muntligt och skickat per post.',
          'Beslut om fortsatt insats fattat efter uppföljning.',
        ],
      },
      {
        name: 'Uppföljning',
        markWords: ['Uppföljning', 'Mål'],
        texts: [
          'Uppföljning genomförd. Målen delvis uppnådda, insatsen fortsätter oförändrad.',
          'Uppföljning per telefon. Den enskilde är nöjd med stödet.',
        ],
      },
      {
        name: 'Telefonsamtal',
        sameEnd: true,
        texts: [
          'Samtal med anhörig angående planerad korttidsvistelse.',
          'Den enskilde ringer och frågar om avgiftsbeslut.',
        ],
      },
    ],
  },
  {
    treeId: 'GF-HEMTJ',
    name: 'Genomförandedokumentation hemtjänst',
    law: 'SoL',
    category: { code: 1, text: 'Hemtjänst' },
    authority: false,
    children: [
      {
        name: 'Hälsa',
        markWords: ['Hälsa', 'Smärta', 'Sömn'],
        texts: [
          'Brukaren uppger att hen mår bra idag och har sovit gott.',
          'Brukaren klagar på värk i knät. Sjuksköterska informerad.',
          'Brukaren verkar tröttare än vanligt. Följer upp vid nästa besök.',
        ],
      },
      {
        name: 'Personlig omvårdnad',
        markWords: ['Hygien', 'Dusch'],
        texts: [
          'Dusch genomförd enligt genomförandeplanen. Huden hel.',
          'Hjälp med av- och påklädning. Brukaren deltog aktivt.',
          'Morgonhygien utförd, brukaren ville själv tvätta ansiktet.',
        ],
      },
      {
        name: 'Måltider',
        markWords: ['Mat', 'Nutrition'],
        texts: [
          'Brukaren åt hela lunchen och drack ett glas mjölk.',
          'Matlådan värmd, brukaren åt hälften.',
          'Handlat enligt inköpslista. Kylskåpet rengjort.',
        ],
      },
      {
        name: 'Sociala kontakter',
        markWords: ['Aktivitet'],
        texts: ['Promenad runt kvarteret i fint väder.', 'Brukaren berättade om besök från barnbarnen i helgen.'],
      },
      {
        name: 'Händelser',
        sameEnd: true,
        markWords: ['Larm'],
        texts: [
          'Trygghetslarm utlöst, brukaren hade tappat fjärrkontrollen. Inga skador.',
          'Brukaren ej hemma vid besök. Kontakt med anhörig, brukaren var hos frisören.',
        ],
      },
      {
        name: 'Avvikelse',
        mustBeSign: true,
        markWords: ['Avvikelse'],
        texts: [
          'Besöket blev 30 minuter försenat på grund av trafik. Brukaren informerad.',
          'Läkemedel ej tagna vid kvällsbesöket. Sjuksköterska kontaktad.',
        ],
      },
    ],
  },
  {
    treeId: 'GF-SABO',
    name: 'Genomförandedokumentation särskilt boende',
    law: 'SoL',
    category: { code: 3, text: 'Särskilt boende' },
    authority: false,
    children: [
      {
        name: 'Hälsa',
        markWords: ['Hälsa'],
        texts: ['Boende har haft en lugn natt.', 'Boende har feber, sjuksköterska har bedömt.'],
      },
      {
        name: 'Personlig omvårdnad',
        markWords: ['Hygien'],
        texts: ['Hjälp med dusch och hårtvätt. Boende nöjd.', 'Vändschema följt under natten.'],
      },
      {
        name: 'Aktivitet och delaktighet',
        markWords: ['Aktivitet'],
        texts: ['Deltog i allsång i dagrummet.', 'Läste tidningen tillsammans med personal.'],
      },
      {
        name: 'Måltider',
        markWords: ['Mat'],
        texts: ['Åt frukost i matsalen.', 'Dålig aptit, erbjuden näringsdryck.'],
      },
      {
        name: 'Avvikelse',
        mustBeSign: true,
        markWords: ['Avvikelse', 'Fall'],
        texts: ['Fall i badrummet utan synliga skador. Sjuksköterska informerad.'],
      },
    ],
  },
  {
    treeId: 'GF-LSS',
    name: 'Dokumentation LSS',
    law: 'LSS',
    category: { code: 5, text: 'Personlig assistans' },
    authority: false,
    children: [
      {
        name: 'Genomförande',
        markWords: ['Assistans'],
        texts: ['Assistans enligt schema. Följde med till affären.', 'Stöd vid måltid och förflyttning.'],
      },
      { name: 'Händelser', sameEnd: true, texts: ['Byte av assistent under passet på grund av sjukdom.'] },
    ],
  },
];

/** Which documentation tree an order of a service category is documented in. */
const treeOfCategory = (name: string) =>
  name === 'Särskilt boende' || name === 'Korttidsvistelse'
    ? 'GF-SABO'
    : name === 'Personlig assistans' || name === 'Ledsagarservice'
      ? 'GF-LSS'
      : 'GF-HEMTJ';

const GENERAL_NOTES = [
  {
    type: 'ClientOtherInformation',
    title: { code: 1, text: 'Övrig information' },
    texts: [
      'Har katt som ska släppas ut vid morgonbesöket.',
      'Vill bli tilltalad med förnamn.',
      'Föredrar kvinnlig personal vid dusch.',
    ],
  },
  {
    type: 'ClientAccommodation',
    title: { code: 2, text: 'Boendeförhållanden' },
    texts: [
      'Bor i lägenhet tre trappor upp med hiss.',
      'Bor i villa, trappa till övervåningen.',
      'Bor i radhus med egen trädgård.',
    ],
  },
  {
    type: 'Accessibility',
    title: { code: 3, text: 'Tillgänglighet' },
    texts: ['Nyckel finns i nyckelgömma vid entrén.', 'Digitalt lås installerat.', 'Portkod lämnas av anhörig.'],
  },
  {
    type: 'Service',
    title: { code: 4, text: 'Insats' },
    texts: ['Matlåda levereras tisdagar och fredagar.', 'Städning varannan vecka, helst förmiddag.'],
  },
  {
    type: 'FeeInvestigation',
    title: { code: 5, text: 'Avgiftsutredning' },
    texts: ['Inkomstuppgift inkommen, avgift beräknad.', 'Avgiftsutredning skickad, svar inväntas.'],
  },
] as const;

/** Plain text as RTF (the contract's Text is "RTF or plain"); non-ASCII as \'xx escapes. */
const rtf = (s: string) => `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 ${rtfEscape(s)}\\par}`;

export async function seedDocumentation(
  w: SeedWorld,
  kit: SubgraphKit,
  o: { clients: SeedClient[]; deceased: Set<number> },
): Promise<void> {
  const r = w.rng('care:documentation');
  const asOf = w.o.asOf;
  const since = new Date(Date.UTC(asOf.getUTCFullYear() - 8, 0, 1));

  // Headlines: one root per tree, its children under it.
  const headlineIds = await w.reserveIds(
    'care',
    TREES.reduce((n, t) => n + 1 + t.children.length, 0),
  );
  const headlines: Record<string, unknown>[] = [];
  const children = new Map<string, { id: number; def: HeadlineDef }[]>();
  let k = 0;
  for (const t of TREES) {
    const rootId = headlineIds[k++]!;
    const category = {
      serviceCategory: t.category ?? null,
      serviceCategoryId: t.category?.code ?? null,
      serviceCategoryName: t.category?.text ?? null,
    };
    const row = (id: number, name: string, parentId: number | null, h?: HeadlineDef) => ({
      id,
      treeId: t.treeId,
      parentId,
      name,
      law: t.law,
      ...category,
      investigationType: null,
      permissions: {
        canCreate: parentId !== null && !h?.readOnly,
        canRead: true,
        canUpdate: parentId !== null && !h?.readOnly,
      },
      rules: {
        canBeSigned: parentId !== null,
        mustBeSigned: !!h?.mustBeSign,
        endTimeMustBeSameAsOccurrenceTime: !!h?.sameEnd,
      },
      markWords: h?.markWords ?? [],
      updatedAt: since,
    });
    headlines.push(row(rootId, t.name, null));
    children.set(
      t.treeId,
      t.children.map((def) => {
        const id = headlineIds[k++]!;
        headlines.push(row(id, def.name, rootId, def));
        return { id, def };
      }),
    );
  }

  // Who writes: the needs assessors for the authority; the unit's care staff for the provider.
  const roster = staffRoster(w);
  const caseworkers = roster.filter((u) => u.role === 'BISTANDSHANDLAGGARE');
  // Care staff of each unit (undersköterskor, nurses); where a small roster leaves a unit without
  // them, whoever holds a role there (its manager at least).
  const care = new Map<number, { user: StaffUser; role: string }[]>();
  const anyone = new Map<number, { user: StaffUser; role: string }[]>();
  for (const a of staffAssignments(w, roster)) {
    if (a.unitId === null) continue;
    const add = (m: typeof care) => m.set(a.unitId!, [...(m.get(a.unitId!) ?? []), { user: a.user, role: a.role }]);
    add(anyone);
    if (a.role === 'UNDERSKOTERSKA' || a.role === 'SJUKSKOTERSKA') add(care);
  }
  const active = (u: StaffUser, t: Date) => u.validFrom <= t && (!u.validTo || u.validTo > t);
  const writer = (r: Rng, unitId: number, t: Date) => {
    const staff = care.get(unitId) ?? anyone.get(unitId) ?? [];
    const now = staff.filter((x) => active(x.user, t));
    return staff.length ? r.pick(now.length ? now : staff) : undefined;
  };
  const ordersByClient = new Map<number, typeof w.orders>();
  for (const ord of w.orders) ordersByClient.set(ord.clientId, [...(ordersByClient.get(ord.clientId) ?? []), ord]);

  type Doc = Record<string, unknown> & { _edit?: boolean; _image?: boolean };
  /** The notes, a few per client and month of care, without ids yet. */
  function* notesOf(r: Rng): Generator<Doc> {
    for (const c of o.clients) {
      const until = o.deceased.has(c.id) ? addDays(asOf, -45) : addDays(asOf, -1);
      const orders = ordersByClient.get(c.id) ?? [];
      for (let month = startOfDay(c.since); month < until; month = addDays(month, 30)) {
        const end = new Date(Math.min(until.getTime(), addDays(month, 30).getTime()));
        const n = r.int(1, 4);
        for (let i = 0; i < n; i++) {
          const occurrence = r.date(month, end);
          const ord = orders.find((x) => x.startDate <= occurrence && (!x.endDate || x.endDate > occurrence));
          // The order whose execution the note is written in; none for the authority's notes.
          let provider = ord && r.chance(0.85) ? ord : undefined;
          let tree = 'MYND-SOL';
          let author: { user: StaffUser; role: string } | undefined;
          if (provider) {
            author = writer(r, provider.providerUnitId, occurrence);
            if (author) tree = treeOfCategory(provider.serviceCategoryName);
            else provider = undefined;
          }
          author ??= { user: r.pick(caseworkers), role: 'BISTANDSHANDLAGGARE' };
          const h = r.pick(children.get(tree)!);
          const plain = r.pick(h.def.texts);
          const created = new Date(occurrence.getTime() + r.int(5, 240) * MINUTE);
          // Signed (always where the headline demands it) and error-marked only where that has happened by asOf.
          const signedAt = new Date(created.getTime() + r.int(0, 48 * 60) * MINUTE);
          const signed = (h.def.mustBeSign || r.chance(0.6)) && signedAt <= asOf ? signedAt : null;
          const errorMarkedAt = new Date(created.getTime() + r.int(1, 10) * DAY);
          const errorMarked = r.chance(0.01) && errorMarkedAt <= asOf;
          const errorMarkedTime = errorMarked ? errorMarkedAt : null;
          const touched = [created, signed, errorMarkedTime]
            .filter((d): d is Date => !!d)
            .reduce((a, b) => (a > b ? a : b));
          yield {
            clientId: c.id,
            headlineId: h.id,
            parentId: null,
            status: 'Current',
            contentType: 'Text',
            text: r.chance(0.3) ? rtf(plain) : plain,
            plainText: plain,
            createdSignature: author.user.tssId,
            createdTime: created,
            createdName: author.user.fullName,
            createdRoleId: author.role,
            signedSignature: signed ? author.user.tssId : null,
            signedTime: signed,
            executionId: provider?.executionId ?? null,
            providerUnitId: provider?.providerUnitId ?? null,
            occurrenceTime: occurrence,
            endTime: h.def.sameEnd
              ? occurrence
              : r.chance(0.4)
                ? new Date(occurrence.getTime() + r.int(15, 60) * MINUTE)
                : null,
            errorMarked,
            errorMarkedSignature: errorMarked ? author.user.tssId : null,
            errorMarkedTime,
            updatedSignature: null,
            originId: null,
            nextHistoryId: null,
            previousHistoryId: null,
            updatedAt: touched > asOf ? asOf : touched,
            _edit: r.chance(0.03),
            _image: !!provider && r.chance(0.005),
          };
        }
      }
    }
  }

  // The notes are drawn once to count them (for their ids) and keep the few later rows derive from
  // (edited ones, those with an image); a fork of the PRNG replays the same draws while they are written.
  const noteDraws = r.fork();
  const edited: Doc[] = [];
  const images0: Doc[] = [];
  const kept = new Map<number, Doc>();
  let noteCount = 0;
  for (const d of notesOf(r)) {
    if (d._edit) edited.push(d);
    if (d._image) images0.push(d);
    if (d._edit || d._image) kept.set(noteCount, d);
    noteCount++;
  }

  // Edited notes: the earlier wording stays as a History version linked both ways.
  const history: Doc[] = [];
  const images: Doc[] = [];
  const ids = await w.reserveIds('care', noteCount);
  for (const [i, d] of kept) d.id = ids[i];
  const extraIds = await w.reserveIds('care', edited.length + images0.length);
  edited.forEach((d, i) => {
    const oldId = extraIds[i]!;
    const editedAt = new Date((d.createdTime as Date).getTime() + r.int(10, 600) * MINUTE);
    history.push({
      ...d,
      id: oldId,
      status: 'History',
      text: `${d.plainText as string} (utkast)`,
      plainText: `${d.plainText as string} (utkast)`,
      signedSignature: null,
      signedTime: null,
      nextHistoryId: d.id,
      updatedAt: editedAt > asOf ? asOf : editedAt,
    });
    Object.assign(d, {
      previousHistoryId: oldId,
      originId: oldId,
      updatedSignature: d.createdSignature,
      createdTime: editedAt,
    });
    if ((d.updatedAt as Date) < editedAt) d.updatedAt = editedAt > asOf ? asOf : editedAt;
  });
  images0.forEach((d, i) => {
    images.push({
      ...d,
      id: extraIds[edited.length + i],
      parentId: d.id,
      contentType: 'Image',
      text: null,
      plainText: null,
      signedSignature: null,
      signedTime: null,
      errorMarked: false,
      errorMarkedSignature: null,
      errorMarkedTime: null,
      originId: null,
      nextHistoryId: null,
      previousHistoryId: null,
    });
  });
  await w.insert(kit, 'Headline', headlines);
  await w.insert(
    kit,
    'Documentation',
    (function* () {
      let i = 0;
      for (const d of notesOf(noteDraws)) {
        // an edited note or one with an image as edited above (the same note, drawn the same)
        const note = kept.get(i) ?? Object.assign(d, { id: ids[i] });
        i++;
        yield omit(note, '_edit', '_image');
      }
      for (const d of [...history, ...images]) yield omit(d, '_edit', '_image');
    })(),
    noteCount + history.length + images.length,
  );

  // General notes (uppgifter om personen - övriga uppgifter): 0–3 per client.
  const g = w.rng('care:general-notes');
  const notes: Record<string, unknown>[] = [];
  for (const c of o.clients) {
    const orders = ordersByClient.get(c.id) ?? [];
    const kinds = [...GENERAL_NOTES].filter((x) => x.type !== 'Service' || orders.length);
    const count = g.int(0, 3);
    for (let i = 0; i < count; i++) {
      const kind = g.pick(kinds);
      const start = g.date(c.since, addDays(asOf, -1));
      const ended = g.chance(0.15);
      const deleted = g.chance(0.03);
      notes.push({
        clientId: c.id,
        personId: c.personId,
        type: kind.type,
        foreignId: kind.type === 'Service' ? g.pick(orders).id : null,
        title: kind.title,
        text: g.pick(kind.texts),
        startDate: startOfDay(start),
        endDate: ended ? startOfDay(g.date(start, asOf)) : null,
        deleted,
        updatedAt: start,
      });
    }
  }
  await w.insert(kit, 'GeneralNote', notes);
}

const rtfEscape = (s: string) =>
  [...s].map((ch) => (ch.charCodeAt(0) > 127 ? `\\'${ch.charCodeAt(0).toString(16)}` : ch)).join('');
