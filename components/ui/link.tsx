// Every link inside the portal goes through here (ESLint refuses next/link elsewhere). The pages are
// rendered per request — role, language, live data — so Next's default prefetch of each link in view
// would cost the server one render per visible link on every page view: a workspace menu of twenty
// pages, a list of 25 letters. A page is fetched when it is opened; a link may still opt in.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
