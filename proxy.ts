import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { fillFromApp, FORWARDED_HEADERS } from "@/lib/public-cache/fill";
import { createResponseCache, publicCacheKey, STATUS_HEADER } from "@/lib/public-cache/response-cache";

// The public response cache in front of the public database: lib/public-cache/response-cache.ts
// says what is cached and why it stays correct. Every other request passes through untouched.
const cache = createResponseCache();

export async function proxy(request: NextRequest) {
  const port = process.env.PORT;
  const found = port && process.env.SP_PUBLIC_CACHE !== "0" ? publicCacheKey({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((c) => c.name),
    localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
  }) : null;
  if (!port || !found) return NextResponse.next();
  const host = FORWARDED_HEADERS.map((name) => request.headers.get(name) ?? "").join("|");
  try {
    const { response, hit } = await cache.get(`${host}|${found.key}`, () =>
      fillFromApp({ port, path: request.nextUrl.pathname + request.nextUrl.search, locale: found.locale, headers: request.headers }));
    const headers = new Headers(response.headers);
    headers.set(STATUS_HEADER, hit ? "HIT" : "MISS");
    return new NextResponse(response.body as BodyInit, { status: response.status, headers });
  } catch (err) {
    console.error("Public cache: the app did not answer the fill; passing the request through", err);
    return NextResponse.next();
  }
}

export const config = {
  matcher: ["/communications", "/communications/:id", "/api/v1/communications", "/api/v1/communications/:reference"],
};
