import "server-only";
import { createHash } from "node:crypto";
import type { TransactionClient } from "../db/types";
import { checkUpload } from "./check-upload";
import { getFileStore, newStorageKey, type FileStore } from "./storage";
import type { StoredFiles } from "./with-file-cleanup";

/** What an attachment belongs to. At least one; the caller derives the ids from records it loaded. */
export type AttachmentLink = {
  communicationId?: string;
  replyId?: string;
  visitEventId?: string;
  goodStoryId?: string;
  responseId?: string;
  caseSubmissionId?: string;
  caseUpdateId?: string;
  /** A report's document (R19); its language is set by lib/reports/add-document.ts. */
  reportId?: string;
  /** An induction material (CC3): holders and the secretariat only (lib/committee-people). */
  inductionMaterialId?: string;
};

export const ATTACHMENT_SELECT = { id: true, fileName: true, contentType: true, size: true, sha256: true } as const;

function linkData(link: AttachmentLink) {
  // strictUndefinedChecks: pass only the ids that are set.
  const data = Object.fromEntries(Object.entries(link).filter(([, id]) => typeof id === "string")) as AttachmentLink;
  if (Object.keys(data).length === 0) throw new Error("saveAttachment: an attachment must belong to a record");
  return data;
}

/**
 * Checks, stores and records one uploaded file inside the caller's transaction. A refused upload
 * (AppError INVALID_INPUT from checkUpload) stores nothing. If the row cannot be inserted, the stored
 * bytes are removed at once. If the *enclosing* transaction fails later, the file stays on disk with
 * no row: pass `files` from withFileCleanup() to have it removed then, otherwise removeOrphanFiles()
 * sweeps it after an hour.
 */
export async function saveAttachment(
  tx: TransactionClient,
  input: {
    fileName: string;
    bytes: Uint8Array;
    declaredType?: string;
    uploadedById: string | null;
    link: AttachmentLink;
    isPublic?: boolean;
    store?: FileStore;
    files?: StoredFiles;
  },
) {
  const checked = await checkUpload({ fileName: input.fileName, bytes: input.bytes, declaredType: input.declaredType });
  const link = linkData(input.link);
  const store = input.store ?? getFileStore();
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const storageKey = newStorageKey();
  await store.put(storageKey, input.bytes);
  input.files?.add(storageKey, store);
  try {
    return await tx.attachment.create({
      data: {
        ...link,
        fileName: checked.fileName,
        contentType: checked.contentType,
        size: input.bytes.length,
        sha256,
        storageKey,
        isPublic: input.isPublic ?? false,
        uploadedById: input.uploadedById,
      },
      select: ATTACHMENT_SELECT,
    });
  } catch (err) {
    await store
      .remove(storageKey)
      .catch((removeErr: unknown) => console.error("Could not remove an unrecorded file", storageKey, removeErr));
    throw err;
  }
}

/**
 * The stored bytes of an attachment (AppError NOT_FOUND if they are gone). Callers load the Attachment
 * row through their domain's scope first: the key alone is no permission.
 */
export async function readAttachmentBytes(storageKey: string, store: FileStore = getFileStore()): Promise<Buffer> {
  return store.get(storageKey);
}
