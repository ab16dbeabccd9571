import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/open-data/openapi";
import { PUBLIC_CACHE } from "@/lib/open-data/links";

// The open-data API described in OpenAPI 3.1 (static).
export function GET() {
  return NextResponse.json(openApiDocument, { headers: { "cache-control": PUBLIC_CACHE } });
}
