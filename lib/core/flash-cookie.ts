// The flash: a confirmation that outlives a redirect. An action that creates a record sends the
// browser to the record's page (createAction's `redirectTo`) and leaves its message in this cookie;
// the page's status region (components/ui/status-region.tsx) shows it once and deletes it. It holds
// only the action's own message ("Draft saved") — never the record's content — and nothing goes in
// the URL. Readable by the page's script (not httpOnly) because the script is what shows and clears it;
// short-lived, so a message nobody picked up does not surface later.

export const FLASH_COOKIE = "sp_flash";
export const FLASH_COOKIE_OPTIONS = { path: "/", maxAge: 60, sameSite: "lax", httpOnly: false } as const;
/** Long enough for any confirmation in the catalogs; a longer message is cut, never refused. */
export const FLASH_MAX_LENGTH = 500;
