import { ClientMessages } from "@/components/layout/client-messages";

// The submission form and the status page's update form are client components.
export default function SubmitLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["cases", "files"]}>{children}</ClientMessages>;
}
