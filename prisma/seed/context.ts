// Shared types of the seed: the database handle and what the reference step hands to the samples.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { RegionalGroup } from "../../lib/generated/prisma/enums";
import type { MandateData } from "./data/mandates";

/** A client or an interactive transaction: both work for every seeding step. */
export type Db = Prisma.TransactionClient | PrismaClient;

export type Log = (msg: string) => void;

export type StateRef = {
  id: string;
  iso3: string;
  nameEn: string;
  nameFr: string;
  nameEs: string;
  regionalGroup: RegionalGroup;
  member: boolean;
};

export type MandateRef = MandateData & { id: string; countryId: string | null };

export type ThemeRef = { id: string; slug: string };

export type HolderRef = { id: string; name: string; mandateSlug: string };

export type DemoUserIds = {
  secretariat: string;
  secretariat2: string;
  holder: string;
  cosigner: string;
  state: string;
  state2: string;
  civil: string;
  admin: string;
};

/** Reference data, sorted deterministically (states by ISO3, mandates by slug, themes by slug). */
export type Reference = {
  states: StateRef[];
  stateByIso3: Map<string, StateRef>;
  mandates: MandateRef[];
  mandateBySlug: Map<string, MandateRef>;
  themes: ThemeRef[];
  themeBySlug: Map<string, ThemeRef>;
  /** Current holders per mandate slug (first = the single holder or the Working Group's chair). */
  currentHolders: Map<string, HolderRef[]>;
  users: DemoUserIds;
  /** Slugs of the mandates bound to the demo holder and co-signer accounts. */
  holderMandateSlug: string;
  cosignerMandateSlug: string;
};

export type SampleContext = {
  db: Db;
  ref: Reference;
  now: Date;
  seed: number;
  log: Log;
};
