import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathOf } from "@/components/layout/workspace-links";

export default async function PortalHome() {
  const actor = await getActor();
  redirect(actor ? homePathOf(actor) : "/signin");
}
