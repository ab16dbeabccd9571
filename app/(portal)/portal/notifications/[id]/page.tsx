import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { isAppError } from "@/lib/core/errors";
import { now } from "@/lib/core/clock";
import { markNotificationRead } from "@/lib/notifications/mark-read";

/**
 * Opening a notification: it is marked read and the browser goes to the record's own page, which
 * authorises the reader itself. Another person's notification, or an id that is not one, is not found.
 */
export default async function OpenNotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("account:own", `/portal/notifications/${encodeURIComponent(id)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  let link: string;
  try {
    ({ link } = await markNotificationRead({ actor, id, now: now() }));
  } catch (err) {
    if (isAppError(err) && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  redirect(link);
}
