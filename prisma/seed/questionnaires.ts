// Sample questionnaires and calls for input (R12): some open (deadline at least 8 weeks after
// opening and in the future), some closed; 3–8 questions; targeted States; a few responses from the
// demo accounts. Answers are stored as { [questionId]: string | string[] }.
import type { QuestionKind, QuestionnaireAudience, QuestionnaireStatus } from "../../lib/generated/prisma/enums";
import { THEME_AFFINITY } from "./catalog";
import type { SampleContext } from "./context";
import { sessionStart } from "./reports";
import { Rng } from "./random";
import { DAY, minDate, YEAR } from "./time";

type Spec = { mandates: string[]; topic: string; audience: QuestionnaireAudience; status: QuestionnaireStatus };

const SPECS: Spec[] = [
  {
    mandates: ["hr-defenders", "environment"],
    topic: "the protection of environmental human rights defenders",
    audience: "ALL",
    status: "OPEN",
  },
  {
    mandates: ["freedom-of-expression"],
    topic: "disinformation and freedom of opinion and expression",
    audience: "STATES",
    status: "OPEN",
  },
  { mandates: ["privacy"], topic: "artificial intelligence and the right to privacy", audience: "ALL", status: "OPEN" },
  {
    mandates: ["climate-change", "idps"],
    topic: "displacement in the context of climate change",
    audience: "CIVIL_SOCIETY",
    status: "OPEN",
  },
  { mandates: ["migrants"], topic: "pushbacks and access to asylum at borders", audience: "STATES", status: "CLOSED" },
  { mandates: ["housing"], topic: "homelessness and the criminalisation of poverty", audience: "ALL", status: "CLOSED" },
  { mandates: ["education"], topic: "the right to education in emergencies", audience: "STATES", status: "CLOSED" },
  {
    mandates: ["business-human-rights"],
    topic: "responsible business conduct in the renewable energy sector",
    audience: "ALL",
    status: "CLOSED",
  },
];

const QUESTIONS: { kind: QuestionKind; text: string; choices?: string[] }[] = [
  { kind: "LONG_TEXT", text: "Please describe the legal and policy framework relevant to {topic}." },
  { kind: "LONG_TEXT", text: "Please share examples of good practices, including their measurable impact." },
  { kind: "LONG_TEXT", text: "What are the main challenges in practice? Please provide data where available." },
  {
    kind: "SINGLE_CHOICE",
    text: "Is there a national action plan or strategy on this issue?",
    choices: ["Yes", "No", "In preparation", "Don't know"],
  },
  {
    kind: "MULTIPLE_CHOICE",
    text: "Which groups are most affected?",
    choices: ["Women and girls", "Children", "Older persons", "Persons with disabilities", "Migrants", "Indigenous Peoples", "Other"],
  },
  { kind: "LONG_TEXT", text: "How are affected communities consulted in the design of relevant measures?" },
  { kind: "FILE_UPLOAD", text: "Please attach any relevant documents (laws, reports, statistics)." },
  { kind: "LONG_TEXT", text: "What recommendations would you make to the mandate holder?" },
];

export async function seedQuestionnaires(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "questionnaires");
  const members = ref.states.filter((s) => s.member);
  const nor = ref.stateByIso3.get("NOR")!;
  const bra = ref.stateByIso3.get("BRA")!;
  const rows = [];
  const links = {
    mandates: [] as { questionnaireId: string; mandateId: string }[],
    themes: [] as { questionnaireId: string; themeId: string }[],
  };
  const questions = [];
  const targets = [];
  const responses = [];
  for (const [i, spec] of SPECS.entries()) {
    const id = rng.uuid();
    const open = spec.status === "OPEN";
    const opensAt = new Date(now.getTime() - (open ? rng.int(3, 30) * DAY : rng.between(0.5, 3) * YEAR));
    const deadline = new Date(opensAt.getTime() + rng.int(8, 12) * 7 * DAY);
    let session = 43;
    while (sessionStart(session).getTime() < deadline.getTime() + 60 * DAY) session++;
    rows.push({
      id,
      title: `[Sample] Call for input: ${spec.topic}`,
      purpose: `To inform the report of the ${ref.mandateBySlug.get(spec.mandates[0]!)?.titleEn ?? "mandate"} to the Human Rights Council at its ${session}th session.`,
      audience: spec.audience,
      status: spec.status,
      languages: ["en", "fr", "es"],
      councilSession: session,
      opensAt,
      deadline,
      // The open call to civil society also takes answers from people without an account (issue 17, item 3).
      acceptsGuestAnswers: open && spec.audience === "CIVIL_SOCIETY",
      sample: true,
      createdAt: new Date(opensAt.getTime() - rng.int(5, 20) * DAY),
    });
    for (const slug of spec.mandates) {
      const m = ref.mandateBySlug.get(slug);
      if (m) links.mandates.push({ questionnaireId: id, mandateId: m.id });
    }
    const themeSlugs = [...new Set(spec.mandates.flatMap((s) => THEME_AFFINITY[s] ?? []))].slice(0, 2);
    for (const slug of themeSlugs)
      if (ref.themeBySlug.has(slug)) links.themes.push({ questionnaireId: id, themeId: ref.themeBySlug.get(slug)!.id });

    const picked = [QUESTIONS[0]!, ...rng.sample(QUESTIONS.slice(1), rng.int(2, 7))];
    const qs = picked.map((q, position) => ({
      id: rng.uuid(),
      questionnaireId: id,
      position: position + 1,
      kind: q.kind,
      text: q.text.replace("{topic}", spec.topic),
      choices: q.choices ?? [],
      required: position === 0,
    }));
    questions.push(...qs);

    if (spec.audience !== "CIVIL_SOCIETY") {
      const chosen = new Set(rng.sample(members, rng.int(20, 60)).map((s) => s.id));
      if (i < 3 || i === 4) chosen.add(nor.id);
      if (i % 2 === 1) chosen.add(bra.id);
      for (const stateId of [...chosen].sort()) targets.push({ questionnaireId: id, stateId });
    }
    const answers = Object.fromEntries(
      qs.map((q) => [
        q.id,
        q.kind === "MULTIPLE_CHOICE"
          ? [q.choices[0]!, q.choices[3]!]
          : q.kind === "SINGLE_CHOICE"
            ? q.choices[0]!
            : q.kind === "FILE_UPLOAD"
              ? ""
              : "[Sample] Answer provided for demonstration purposes.",
      ]),
    );
    if (i === 4 || i === 1) {
      // The Norwegian mission answered a closed questionnaire and has a draft for an open one.
      const submittedAt = i === 4 ? new Date(deadline.getTime() - rng.int(1, 20) * DAY) : null;
      responses.push({
        id: rng.uuid(),
        questionnaireId: id,
        respondentId: ref.users.state,
        answers,
        mayPublish: true,
        submittedAt,
        createdAt: minDate(new Date(opensAt.getTime() + 7 * DAY), now),
        updatedAt: submittedAt ?? now,
      });
    }
    if (i === 0 || i === 5) {
      const submittedAt = i === 5 ? new Date(deadline.getTime() - rng.int(1, 20) * DAY) : new Date(now.getTime() - DAY);
      responses.push({
        id: rng.uuid(),
        questionnaireId: id,
        respondentId: ref.users.civil,
        answers,
        mayPublish: i === 5,
        submittedAt,
        createdAt: new Date(opensAt.getTime() + DAY),
        updatedAt: submittedAt,
      });
    }
  }
  await db.questionnaire.createMany({ data: rows });
  await db.questionnaireMandate.createMany({ data: links.mandates });
  await db.questionnaireTheme.createMany({ data: links.themes });
  await db.question.createMany({ data: questions });
  await db.questionnaireTarget.createMany({ data: targets });
  await db.questionnaireResponse.createMany({ data: responses });
  log(`Questionnaires: ${rows.length} (${questions.length} questions, ${targets.length} targets, ${responses.length} responses)`);
  return rows.length;
}
