import type { PrismaClient } from "../generated/prisma/client";

/** What a `$transaction(async (tx) => …)` callback receives. */
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | TransactionClient;
