import { ClientMessages } from "@/components/layout/client-messages";

// The submission and status forms of good stories are client components.
export default function StoriesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["stories", "files"]}>{children}</ClientMessages>;
}
