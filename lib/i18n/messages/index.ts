// UI catalogs, one folder per area so features can add their strings without editing one big file.
// Each folder's top-level keys are its own (a test checks that no two folders define the same key).
import coreEn from "./core/en.json";
import coreFr from "./core/fr.json";
import coreEs from "./core/es.json";
import communicationsEn from "./communications/en.json";
import communicationsFr from "./communications/fr.json";
import communicationsEs from "./communications/es.json";
import filesEn from "./files/en.json";
import filesFr from "./files/fr.json";
import filesEs from "./files/es.json";
import mailEn from "./mail/en.json";
import mailFr from "./mail/fr.json";
import mailEs from "./mail/es.json";
import followUpEn from "./follow-up/en.json";
import followUpFr from "./follow-up/fr.json";
import followUpEs from "./follow-up/es.json";
import pressReleasesEn from "./press-releases/en.json";
import pressReleasesFr from "./press-releases/fr.json";
import pressReleasesEs from "./press-releases/es.json";
import jointReportEn from "./joint-report/en.json";
import jointReportFr from "./joint-report/fr.json";
import jointReportEs from "./joint-report/es.json";
import outstandingEn from "./outstanding/en.json";
import outstandingFr from "./outstanding/fr.json";
import outstandingEs from "./outstanding/es.json";
import profilesEn from "./profiles/en.json";
import profilesFr from "./profiles/fr.json";
import profilesEs from "./profiles/es.json";
import searchEn from "./search/en.json";
import searchFr from "./search/fr.json";
import searchEs from "./search/es.json";
import visitsEn from "./visits/en.json";
import visitsFr from "./visits/fr.json";
import visitsEs from "./visits/es.json";
import reprisalsEn from "./reprisals/en.json";
import reprisalsFr from "./reprisals/fr.json";
import reprisalsEs from "./reprisals/es.json";
import storiesEn from "./stories/en.json";
import storiesFr from "./stories/fr.json";
import storiesEs from "./stories/es.json";
import advisoryEn from "./advisory/en.json";
import advisoryFr from "./advisory/fr.json";
import advisoryEs from "./advisory/es.json";
import themesEn from "./themes/en.json";
import themesFr from "./themes/fr.json";
import themesEs from "./themes/es.json";
import questionnairesEn from "./questionnaires/en.json";
import questionnairesFr from "./questionnaires/fr.json";
import questionnairesEs from "./questionnaires/es.json";
import officeHoursEn from "./office-hours/en.json";
import officeHoursFr from "./office-hours/fr.json";
import officeHoursEs from "./office-hours/es.json";
import accessEn from "./access/en.json";
import accessFr from "./access/fr.json";
import accessEs from "./access/es.json";
import secondFactorEn from "./second-factor/en.json";
import secondFactorFr from "./second-factor/fr.json";
import secondFactorEs from "./second-factor/es.json";
import accountsEn from "./accounts/en.json";
import accountsFr from "./accounts/fr.json";
import accountsEs from "./accounts/es.json";
import casesEn from "./cases/en.json";
import casesFr from "./cases/fr.json";
import casesEs from "./cases/es.json";
import organisationsEn from "./organisations/en.json";
import organisationsFr from "./organisations/fr.json";
import organisationsEs from "./organisations/es.json";
import notificationsEn from "./notifications/en.json";
import notificationsFr from "./notifications/fr.json";
import notificationsEs from "./notifications/es.json";
import type { Locale } from "../config";

type Catalog = Record<string, unknown>;

export const CATALOG_PARTS: Record<Locale, Record<string, Catalog>> = {
  en: {
    core: coreEn,
    communications: communicationsEn,
    files: filesEn,
    mail: mailEn,
    followUp: followUpEn,
    pressReleases: pressReleasesEn,
    jointReport: jointReportEn,
    outstanding: outstandingEn,
    profiles: profilesEn,
    search: searchEn,
    visits: visitsEn,
    reprisals: reprisalsEn,
    stories: storiesEn,
    advisory: advisoryEn,
    themes: themesEn,
    questionnaires: questionnairesEn,
    officeHours: officeHoursEn,
    access: accessEn,
    secondFactor: secondFactorEn,
    accounts: accountsEn,
    cases: casesEn,
    organisations: organisationsEn,
    notifications: notificationsEn,
  },
  fr: {
    core: coreFr,
    communications: communicationsFr,
    files: filesFr,
    mail: mailFr,
    followUp: followUpFr,
    pressReleases: pressReleasesFr,
    jointReport: jointReportFr,
    outstanding: outstandingFr,
    profiles: profilesFr,
    search: searchFr,
    visits: visitsFr,
    reprisals: reprisalsFr,
    stories: storiesFr,
    advisory: advisoryFr,
    themes: themesFr,
    questionnaires: questionnairesFr,
    officeHours: officeHoursFr,
    access: accessFr,
    secondFactor: secondFactorFr,
    accounts: accountsFr,
    cases: casesFr,
    organisations: organisationsFr,
    notifications: notificationsFr,
  },
  es: {
    core: coreEs,
    communications: communicationsEs,
    files: filesEs,
    mail: mailEs,
    followUp: followUpEs,
    pressReleases: pressReleasesEs,
    jointReport: jointReportEs,
    outstanding: outstandingEs,
    profiles: profilesEs,
    search: searchEs,
    visits: visitsEs,
    reprisals: reprisalsEs,
    stories: storiesEs,
    advisory: advisoryEs,
    themes: themesEs,
    questionnaires: questionnairesEs,
    officeHours: officeHoursEs,
    access: accessEs,
    secondFactor: secondFactorEs,
    accounts: accountsEs,
    cases: casesEs,
    organisations: organisationsEs,
    notifications: notificationsEs,
  },
};

export const MESSAGES: Record<Locale, Catalog> = {
  en: Object.assign({}, ...Object.values(CATALOG_PARTS.en)),
  fr: Object.assign({}, ...Object.values(CATALOG_PARTS.fr)),
  es: Object.assign({}, ...Object.values(CATALOG_PARTS.es)),
};

export type Messages = typeof coreEn;
