import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientNamespace } from "@/lib/i18n/client-messages";

/**
 * The catalog namespaces the client components below read, and only those: every message sent here
 * travels with each page (twice: in the HTML and in the React payload). The portal's layout gives
 * all client namespaces; public pages only what their forms need.
 */
export async function ClientMessages({ namespaces, children }: { namespaces?: readonly ClientNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
