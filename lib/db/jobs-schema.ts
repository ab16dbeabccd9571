/** graphile-worker's own tables live in this schema, beside Prisma's `public` (never in its migrations). */
export const JOBS_SCHEMA = "graphile_worker";
