import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { saveAttachment } from "../files/save-attachment";
import { getFileStore } from "../files/storage";
import { withFileCleanup } from "../files/with-file-cleanup";
import { writeAudit } from "../platform/write-audit";
import { loadReportForUpdate } from "./load-report";
import type { DocumentInput } from "./schemas";

/**
 * R19: the report in one official language — checked and stored as every upload is (lib/files), one
 * document per language: a new one replaces the last. Public once the report is published.
 */
export async function addReportDocument({
  actor,
  input,
  files,
}: {
  actor: Actor;
  input: DocumentInput;
  files: { fileName: string; bytes: Uint8Array }[];
}): Promise<{ id: string }> {
  assertCan(actor, "report:manage");
  if (files.length !== 1) throw new AppError("INVALID_INPUT", "One document", { file: ["reports.errors.documentRequired"] });
  const store = getFileStore();
  const { id, replacedKey } = await withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const r = await loadReportForUpdate(tx, actor, input.reportId);
        const replaced = await tx.attachment.findFirst({
          where: { reportId: r.id, language: input.language },
          select: { id: true, storageKey: true, fileName: true },
        });
        if (replaced) await tx.attachment.delete({ where: { id: replaced.id } });
        const file = files[0]!;
        const saved = await saveAttachment(tx, {
          fileName: file.fileName,
          bytes: file.bytes,
          uploadedById: actor.userId,
          link: { reportId: r.id },
          store,
          files: stored,
        });
        await tx.attachment.update({ where: { id: saved.id }, data: { language: input.language }, select: { id: true } });
        await writeAudit(tx, {
          actor,
          action: "report.add-document",
          entityType: "Report",
          entityId: r.id,
          before: replaced ? { document: { language: input.language, fileName: replaced.fileName } } : null,
          after: { document: { language: input.language, fileName: saved.fileName, sha256: saved.sha256 } },
        });
        return { id: saved.id, replacedKey: replaced?.storageKey ?? null };
      }),
  });
  // The replaced bytes go once the new row is committed (the hourly sweep would remove them too).
  if (replacedKey) await store.remove(replacedKey).catch((err: unknown) => console.error("Could not remove a replaced document", err));
  return { id };
}
