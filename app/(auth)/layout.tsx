import { ClientMessages } from "@/components/layout/client-messages";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["signIn", "invitation", "passwordReset", "secondFactor", "files"]}>{children}</ClientMessages>;
}
