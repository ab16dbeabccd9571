// Records for the authorisation crawl (crawl.spec.ts), written into the browser-test server's seeded
// database the way the seed writes them: most are records some people must not see, and each
// confidential field carries a unique marker ("CRAWLSECRET<kind><tag>", one word, so that masking
// names in a reprisal case never hides another marker). MARKER_READERS says who may read each marker;
// no answer to anyone else may contain it.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient } from "../../../lib/db/create-client";
import { currentPeriod } from "../../../lib/joint-report/periods";
import { genevaYear } from "../../../lib/core/geneva";
import type { CrawlRecords, Persona } from "./crawl-routes";

export const MARKER_READERS = {
  /** A draft letter of the co-signer's mandate. */
  draft: ["secretariat", "cosigner"],
  /** The holder's letter sent to Brazil, not yet public: its text and its file's name. */
  letter: ["secretariat", "holder", "brazil"],
  /** That letter's confidential annex (not released to the State) and its review comment. */
  annex: ["secretariat", "holder"],
  review: ["secretariat", "holder"],
  /** Brazil's reply to that letter and its annex's name. */
  reply: ["secretariat", "holder", "brazil"],
  /** A press release drafted by the co-signer's mandate, shared with no one. */
  press: ["secretariat", "cosigner"],
  /** The co-signer's request to visit Brazil and the note and file of its request event. */
  visit: ["secretariat", "cosigner", "brazil"],
  /** A visit request of the co-signer's mandate still in draft. */
  visitDraft: ["secretariat", "cosigner"],
  /** Civil society's answer to a call for input of a third mandate. */
  answer: ["secretariat", "civil"],
  /** Norway's answer to that call. */
  stateAnswer: ["secretariat", "norway"],
  /** A call for input still in draft. */
  draftCall: ["secretariat"],
  /** A strictly confidential reprisal case: the people concerned (the secretariat only) and the acts. */
  persons: ["secretariat"],
  acts: ["secretariat", "holder"],
  /** An advisory case of a third holder: the Committee (the co-signer) and the secretariat. */
  advisory: ["secretariat", "cosigner"],
  /** What Brazil wishes to discuss in the holder's office hours. */
  topic: ["secretariat", "holder", "brazil"],
  /** A good story waiting for moderation, its moderation note, its submitter's address, its file. */
  story: ["secretariat"],
  /** A user of Brazil's mission. */
  user: ["secretariat", "admin", "brazil"],
  /** A case submission's source (name, organisation, email, phone): the secretariat only. */
  caseSource: ["secretariat"],
  /** Its content and confidential parts, its file and a note: the secretariat and the assigned mandate's holder. */
  caseContent: ["secretariat", "holder"],
  /** A submission assigned to a third mandate only. */
  caseOther: ["secretariat"],
  /** A member of the civil-society demo account's organisation (issue 17, item 3): its administrator. */
  orgMember: ["secretariat", "admin", "civil"],
  /** An organisation waiting for a decision: its details (the secretariat) and its contact's account. */
  organisation: ["secretariat"],
  orgUser: ["secretariat", "admin"],
  /** A guest's confirmed answer to the planted call, its name and address: those who read the answers. */
  guest: ["secretariat"],
  /** A guest's answer not confirmed: it does not count, nobody reads it. */
  guestUnconfirmed: [],
  /** A notification of the holder's (issue 17, item 5): its own reader only. */
  notice: ["holder"],
  /** A draft joint statement of this year's Coordination Committee (the co-signer sits on it, the holder does not). */
  committeeDraft: ["secretariat", "cosigner"],
  /** A report of the co-signer's mandate on no session's programme, unpublished, its summary a draft (R19). */
  reportDraft: ["secretariat", "cosigner"],
} as const satisfies Record<string, readonly Persona[]>;
export type MarkerKind = keyof typeof MARKER_READERS;

export type Planted = { records: CrawlRecords; markers: Record<MarkerKind, string> };

const DAY = 86_400_000;

export async function plantCrawlRecords(databaseUrl: string): Promise<Planted> {
  const tag = randomBytes(5).toString("hex");
  const markers = Object.fromEntries(Object.keys(MARKER_READERS).map((k) => [k, `CRAWLSECRET${k}${tag}`])) as Record<MarkerKind, string>;
  const M = markers;
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const now = new Date();
    const user = (email: string) =>
      prisma.user.findUniqueOrThrow({
        where: { email },
        select: {
          id: true,
          mandateHolderId: true,
          mandateHolder: { select: { tenures: { where: { endDate: null }, select: { mandateId: true } } } },
        },
      });
    const [holder, cosigner, civil, brazilUser] = await Promise.all([
      user("holder@sp-portal.example"),
      user("cosigner@sp-portal.example"),
      user("civil@sp-portal.example"),
      user("state2@sp-portal.example"),
    ]);
    const holderMandate = holder.mandateHolder!.tenures[0]!.mandateId;
    const cosignerMandate = cosigner.mandateHolder!.tenures[0]!.mandateId;
    const brazil = await prisma.state.findUniqueOrThrow({ where: { iso3: "BRA" }, select: { id: true } });
    const third = await prisma.mandateHolder.findFirstOrThrow({
      where: {
        id: { notIn: [holder.mandateHolderId!, cosigner.mandateHolderId!] },
        committeeMemberships: { none: {} },
        tenures: { some: { endDate: null } },
      },
      select: { id: true, tenures: { where: { endDate: null }, select: { mandateId: true } } },
    });
    const thirdMandate = third.tenures[0]!.mandateId;
    // A stored file, where the server's file store keeps it (lib/files/storage.ts: the stored_files table).
    const bytes = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const file = async (name: string, link: Record<string, string>) => {
      const storageKey = randomUUID();
      await prisma.$executeRawUnsafe(
        `INSERT INTO stored_files (key, bytes, size, "createdAt") VALUES ($1, $2, $3, now() AT TIME ZONE 'UTC')`,
        storageKey,
        bytes,
        bytes.length,
      );
      return prisma.attachment.create({
        data: {
          fileName: name,
          contentType: "application/pdf",
          size: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          storageKey,
          isPublic: false,
          ...link,
        },
        select: { id: true },
      });
    };

    const draftLetter = await prisma.communication.create({
      data: {
        type: "AL",
        addresseeKind: "STATE",
        addresseeStateId: brazil.id,
        subject: M.draft,
        summary: M.draft,
        body: M.draft,
        confidentialAnnex: M.draft,
        mandates: { create: { mandateId: cosignerMandate, status: "LEAD" } },
      },
      select: { id: true },
    });
    const reference = `AL BRA ${900 + Number.parseInt(tag.slice(0, 2), 16)}/2099`;
    const brazilLetter = await prisma.communication.create({
      data: {
        type: "AL",
        status: "SENT",
        reference,
        addresseeKind: "STATE",
        addresseeStateId: brazil.id,
        subject: M.letter,
        summary: M.letter,
        body: M.letter,
        confidentialAnnex: M.annex,
        reviewComment: M.review,
        concernsReprisals: true,
        submittedAt: new Date(now.getTime() - 3 * DAY),
        approvedAt: new Date(now.getTime() - 2 * DAY),
        sentAt: new Date(now.getTime() - DAY),
        replyDueAt: new Date(now.getTime() + 59 * DAY),
        publicFrom: new Date(now.getTime() + 59 * DAY),
        mandates: { create: { mandateId: holderMandate, status: "LEAD" } },
      },
      select: { id: true },
    });
    const brazilLetterFile = await file(`${M.letter}.pdf`, { communicationId: brazilLetter.id });
    // Brazil's reply, with an annex: the letter's readers only.
    const reply = await prisma.communicationReply.create({
      data: { communicationId: brazilLetter.id, receivedAt: now, language: "en", body: M.reply, submittedById: brazilUser.id },
      select: { id: true },
    });
    const replyFile = await file(`${M.reply}.pdf`, { replyId: reply.id });
    const publicLetter = await prisma.communication.findFirstOrThrow({
      where: { status: "SENT", publicFrom: { lte: now }, reference: { not: null } },
      orderBy: { publicFrom: "desc" },
      select: { id: true, reference: true },
    });

    const pressDraft = await prisma.pressRelease.create({
      data: { title: M.press, body: M.press, mandateId: cosignerMandate },
      select: { id: true },
    });
    // The demo data has no press release: a published one of the public letter, as publishing leaves it.
    const publicPressRelease = await prisma.pressRelease.create({
      data: {
        title: `Crawl press release ${tag}`,
        body: "A published press release of the authorisation crawl.",
        status: "PUBLISHED",
        mandateId: holderMandate,
        communicationId: publicLetter.id,
        sharedWithStateAt: new Date(now.getTime() - 3 * DAY),
        publishedAt: new Date(now.getTime() - DAY),
      },
      select: { id: true },
    });

    // The co-signer's mandate's, not the holder's: the holder's visit scenario (visits/visit-lifecycle)
    // requests a visit to Brazil, refused while its mandate has an open request there.
    const visitRequest = await prisma.visitRequest.create({
      data: {
        mandateId: cosignerMandate,
        stateId: brazil.id,
        status: "REQUESTED",
        purpose: M.visit,
        proposedPeriods: M.visit,
        requestedAt: new Date(now.getTime() - 5 * DAY),
        requestedById: cosigner.id,
        events: { create: { kind: "REQUEST", at: new Date(now.getTime() - 5 * DAY), note: M.visit, recordedById: cosigner.id } },
      },
      select: { id: true, events: { select: { id: true } } },
    });
    const visitFile = await file(`${M.visit}.pdf`, { visitEventId: visitRequest.events[0]!.id });
    const draftVisitRequest = await prisma.visitRequest.create({
      data: { mandateId: cosignerMandate, stateId: brazil.id, status: "DRAFT", purpose: M.visitDraft, requestedById: cosigner.id },
      select: { id: true },
    });
    const publicVisit = await prisma.visit.findFirstOrThrow({
      where: { announcedAt: { not: null, lte: now } },
      select: { visitRequestId: true },
    });

    const questionnaire = await prisma.questionnaire.create({
      data: {
        title: `Crawl call for input ${tag}`,
        purpose: "A call for input of the authorisation crawl.",
        audience: "ALL",
        status: "OPEN",
        languages: ["en"],
        opensAt: new Date(now.getTime() - DAY),
        deadline: new Date(now.getTime() + 30 * DAY),
        approvedAt: new Date(now.getTime() - DAY),
        mandates: { create: { mandateId: thirdMandate } },
        questions: { create: { position: 1, kind: "LONG_TEXT", text: "What happened?", required: true } },
        acceptsGuestAnswers: true,
      },
      select: { id: true, questions: { select: { id: true } } },
    });
    // Answers of people without an account (issue 17, item 3): one confirmed, one not.
    await prisma.questionnaireResponse.createMany({
      data: [
        {
          questionnaireId: questionnaire.id,
          guestName: M.guest,
          guestEmail: `${M.guest}@guest.example`,
          answers: { [questionnaire.questions[0]!.id]: M.guest },
          submittedAt: now,
        },
        {
          questionnaireId: questionnaire.id,
          guestName: M.guestUnconfirmed,
          guestEmail: `${M.guestUnconfirmed}@guest.example`,
          answers: { [questionnaire.questions[0]!.id]: M.guestUnconfirmed },
          mayPublish: true,
          guestTokenHash: createHash("sha256").update(M.guestUnconfirmed).digest("hex"),
          guestTokenExpiresAt: new Date(now.getTime() + DAY),
        },
      ],
    });
    const response = await prisma.questionnaireResponse.create({
      data: {
        questionnaireId: questionnaire.id,
        respondentId: civil.id,
        answers: { [questionnaire.questions[0]!.id]: M.answer },
        submittedAt: now,
      },
      select: { id: true },
    });
    const responseFile = await file(`${M.answer}.pdf`, { responseId: response.id });
    // Norway's answer to the same call: Brazil must not read it.
    const norwayUser = await user("state@sp-portal.example");
    await prisma.questionnaireResponse.create({
      data: {
        questionnaireId: questionnaire.id,
        respondentId: norwayUser.id,
        answers: { [questionnaire.questions[0]!.id]: M.stateAnswer },
        submittedAt: now,
      },
    });
    const draftQuestionnaire = await prisma.questionnaire.create({
      data: {
        title: M.draftCall,
        purpose: M.draftCall,
        audience: "ALL",
        status: "DRAFT",
        languages: ["en"],
        opensAt: new Date(now.getTime() + 10 * DAY),
        deadline: new Date(now.getTime() + 70 * DAY),
        mandates: { create: { mandateId: thirdMandate } },
      },
      select: { id: true },
    });

    const reprisalCase = await prisma.reprisalCase.create({
      data: {
        stateId: brazil.id,
        personsConcerned: M.persons,
        cooperationContext: M.acts,
        actsAlleged: M.acts,
        actionsTaken: M.acts,
        confidentiality: "STRICTLY_CONFIDENTIAL",
        communications: { create: { communicationId: brazilLetter.id } },
        referrals: { create: { body: "HIGH_COMMISSIONER", referredAt: new Date(now.getTime() - DAY), note: M.persons } },
      },
      select: { id: true },
    });

    const advisoryCase = await prisma.advisoryCase.create({
      data: {
        category: "CONTEMPLATED_ACTIVITY",
        title: M.advisory,
        description: M.advisory,
        mandateHolderId: third.id,
        recommendation: M.advisory,
      },
      select: { id: true },
    });

    await prisma.officeHourSlot.create({
      data: {
        mandateHolderId: holder.mandateHolderId!,
        startsAt: new Date(now.getTime() + 3 * DAY),
        endsAt: new Date(now.getTime() + 3 * DAY + 30 * 60_000),
        bookedByStateId: brazil.id,
        bookedByUserId: brazilUser.id,
        bookedAt: now,
        bookingTopic: M.topic,
      },
    });

    const story = await prisma.goodStory.create({
      data: {
        title: M.story,
        recommendation: M.story,
        whatChanged: M.story,
        moderationNote: M.story,
        submitterEmail: `${M.story}@ngo.example`,
        submitterName: M.story,
        status: "SUBMITTED",
      },
      select: { id: true },
    });
    const storyFile = await file(`${M.story}.pdf`, { goodStoryId: story.id });
    const publicStory = await prisma.goodStory.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });

    const brazilMember = await prisma.user.create({
      data: { email: `${M.user}@mission.example`, name: M.user, passwordHash: "!", role: "STATE", stateId: brazil.id },
      select: { id: true },
    });

    // Case submissions (issue 17): one assigned to the holder's mandate and linked to its letter to
    // Brazil (Brazil reads the letter, never the submission), one assigned to the third mandate only.
    const caseToken = `crawl-case-token-${tag}`;
    const caseFields = (marker: string) => ({
      status: "UNDER_CONSIDERATION" as const,
      title: marker,
      affected: "GROUP" as const,
      victims: marker,
      responsible: "STATE" as const,
      stateId: brazil.id,
      whatHappened: marker,
      location: marker,
      domesticRemedies: marker,
      confidentialParts: ["victims", "location"],
      topics: ["defenders"],
      submittedAt: now,
    });
    const caseSubmission = await prisma.caseSubmission.create({
      data: {
        ...caseFields(M.caseContent),
        receiptNumber: `CASE-2099-${tag.slice(0, 5)}`,
        sourceName: M.caseSource,
        sourceOrganisation: M.caseSource,
        sourceEmail: `${M.caseSource}@source.example`,
        sourcePhone: "+41 22 000 00 00",
        tokenHash: createHash("sha256").update(caseToken).digest("hex"),
        mandates: { create: { mandateId: holderMandate, assignedAt: now } },
        notes: { create: { authorId: holder.id, text: M.caseContent, createdAt: now } },
        questions: { create: { question: "Crawl question for the source.", askedAt: now } },
        communications: { create: { communicationId: brazilLetter.id, openedAt: now } },
      },
      select: { id: true },
    });
    const caseFile = await file(`${M.caseContent}.pdf`, { caseSubmissionId: caseSubmission.id });
    const otherCaseSubmission = await prisma.caseSubmission.create({
      data: {
        ...caseFields(M.caseOther),
        sourceName: M.caseOther,
        tokenHash: createHash("sha256").update(`crawl-other-case-${tag}`).digest("hex"),
        mandates: { create: { mandateId: thirdMandate, assignedAt: now } },
      },
      select: { id: true },
    });

    // Organisation accounts (issue 17, item 3): a member of the demo organisation, and another
    // organisation waiting for a decision, with its contact's account.
    const civilOrganisation = (await prisma.user.findUniqueOrThrow({ where: { id: civil.id }, select: { organisationId: true } }))
      .organisationId!;
    const organisationMember = await prisma.user.create({
      data: {
        email: `${M.orgMember}@ngo.example`,
        name: M.orgMember,
        passwordHash: "!",
        role: "CIVIL_SOCIETY",
        organisationId: civilOrganisation,
      },
      select: { id: true },
    });
    const otherOrganisation = await prisma.organisation.create({
      data: {
        name: `Crawl organisation ${tag}`,
        countryId: brazil.id,
        website: `https://${M.organisation}.example/`,
        contactName: M.organisation,
        contactEmail: `${M.orgUser}@other-ngo.example`,
        emailConfirmedAt: now,
      },
      select: { id: true },
    });
    const otherOrganisationMember = await prisma.user.create({
      data: {
        email: `${M.orgUser}@other-ngo.example`,
        name: M.orgUser,
        passwordHash: "!",
        role: "CIVIL_SOCIETY",
        organisationId: otherOrganisation.id,
        organisationAdmin: true,
      },
      select: { id: true },
    });

    // A notification of the holder's, about its letter to Brazil: only the holder opens it.
    const notification = await prisma.notification.create({
      data: {
        userId: holder.id,
        kind: "case.assigned",
        params: { receipt: M.notice },
        link: `/portal/mandate-holder/communications/${brazilLetter.id}`,
        recordType: "Communication",
        recordId: brazilLetter.id,
        delivery: "IMMEDIATE",
        createdAt: new Date(now.getTime() - DAY),
      },
      select: { id: true },
    });

    // Issue 18, item 5: a draft of this year's Committee; the seed's published statement and guidance.
    const committeeDraft = await prisma.committeeStatement.create({
      data: { year: genevaYear(now), title: M.committeeDraft, body: M.committeeDraft, draftedById: cosigner.id },
      select: { id: true },
    });
    const [publicCommitteeStatement, guidanceDocument] = await Promise.all([
      prisma.committeeStatement.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } }),
      prisma.guidanceDocument.findFirstOrThrow({ select: { id: true } }),
    ]);

    // R19: a report of the co-signer's mandate still being written (its summary a draft, a document
    // attached); the seed's published reports and a session with a public programme.
    const reportDraft = await prisma.report.create({
      data: { symbol: `A/HRC/CRAWL/${tag}`, title: M.reportDraft, mandateId: cosignerMandate, summary: M.reportDraft },
      select: { id: true },
    });
    const reportFile = await file(`${M.reportDraft}.pdf`, { reportId: reportDraft.id, language: "en" });
    const publicReport = await prisma.report.findFirstOrThrow({
      where: { publishedAt: { lte: now }, councilSession: { not: null } },
      select: { id: true, body: true, councilSession: true },
    });

    // CC3 and CC2: an induction session with a material that is a file; a declaration of the holder's mandate.
    const inductionSession = await prisma.inductionSession.create({
      data: { title: `Crawl induction ${tag}`, startsOn: now, location: "Geneva", outline: "Working methods of the mandates." },
      select: { id: true },
    });
    const inductionMaterial = await prisma.inductionMaterial.create({
      data: { sessionId: inductionSession.id, title: `Crawl material ${tag}` },
      select: { id: true },
    });
    await file(`crawl-induction-${tag}.pdf`, { inductionMaterialId: inductionMaterial.id });
    const externalResource = await prisma.externalResource.create({
      data: {
        mandateId: holderMandate,
        year: 2025,
        source: `Crawl Foundation ${tag}`,
        amountUsd: 1_000,
        purpose: "Crawl test",
        declaredByRole: "SECRETARIAT",
      },
      select: { id: true },
    });

    const [mandate, theme] = await Promise.all([
      prisma.mandate.findUniqueOrThrow({ where: { id: holderMandate }, select: { slug: true } }),
      prisma.theme.findFirstOrThrow({ where: { slug: "reprisals" }, select: { slug: true } }),
    ]);
    return {
      markers,
      records: {
        draftLetter: draftLetter.id,
        brazilLetter: brazilLetter.id,
        brazilLetterReference: reference,
        brazilLetterFile: brazilLetterFile.id,
        replyFile: replyFile.id,
        publicLetter: publicLetter.id,
        publicLetterReference: publicLetter.reference!,
        pressDraft: pressDraft.id,
        publicPressRelease: publicPressRelease.id,
        committeeDraft: committeeDraft.id,
        publicCommitteeStatement: publicCommitteeStatement.id,
        guidanceDocument: guidanceDocument.id,
        reportDraft: reportDraft.id,
        reportFile: reportFile.id,
        publicReport: publicReport.id,
        publicSession: `${publicReport.body.toLowerCase()}/${publicReport.councilSession}`,
        visitRequest: visitRequest.id,
        visitFile: visitFile.id,
        draftVisitRequest: draftVisitRequest.id,
        jointReportPeriod: currentPeriod(now).id,
        publicVisit: publicVisit.visitRequestId,
        questionnaire: questionnaire.id,
        responseFile: responseFile.id,
        draftQuestionnaire: draftQuestionnaire.id,
        reprisalCase: reprisalCase.id,
        advisoryCase: advisoryCase.id,
        story: story.id,
        storyFile: storyFile.id,
        publicStory: publicStory.id,
        mandateSlug: mandate.slug,
        themeSlug: theme.slug,
        brazilMember: brazilMember.id,
        inductionSession: inductionSession.id,
        inductionMaterial: inductionMaterial.id,
        externalResource: externalResource.id,
        caseSubmission: caseSubmission.id,
        caseFile: caseFile.id,
        caseToken,
        otherCaseSubmission: otherCaseSubmission.id,
        organisationMember: organisationMember.id,
        otherOrganisation: otherOrganisation.id,
        otherOrganisationMember: otherOrganisationMember.id,
        notification: notification.id,
      },
    };
  } finally {
    await prisma.$disconnect();
  }
}
