import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { WORKSPACE_PATH } from "@/lib/auth/actor";

export default async function PortalHome() {
  const actor = await getActor();
  redirect(actor ? WORKSPACE_PATH[actor.role] : "/signin");
}
