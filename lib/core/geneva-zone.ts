// The portal's home time zone on its own, without the clock: client components (which cannot load the
// server's clock, lib/core/clock.ts) name Geneva through this module. Everything else imports it from
// ./geneva.ts. Switzerland has one zone; the IANA database names it after Zurich.

/** The IANA time zone of Geneva. */
export const GENEVA_TIME_ZONE = "Europe/Zurich";
