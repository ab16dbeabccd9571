import { ClientMessages } from "@/components/layout/client-messages";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["signIn", "invitation", "secondFactor", "files"]}>{children}</ClientMessages>;
}
