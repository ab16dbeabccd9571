// UI catalogs, one folder per area so features can add their strings without editing one big file.
// Each folder's top-level keys are its own (a test checks that no two folders define the same key).
import coreEn from "./core/en.json";
import coreFr from "./core/fr.json";
import coreEs from "./core/es.json";
import coreAr from "./core/ar.json";
import coreZh from "./core/zh.json";
import coreRu from "./core/ru.json";
import communicationsEn from "./communications/en.json";
import communicationsFr from "./communications/fr.json";
import communicationsEs from "./communications/es.json";
import communicationsAr from "./communications/ar.json";
import communicationsZh from "./communications/zh.json";
import communicationsRu from "./communications/ru.json";
import filesEn from "./files/en.json";
import filesFr from "./files/fr.json";
import filesEs from "./files/es.json";
import filesAr from "./files/ar.json";
import filesZh from "./files/zh.json";
import filesRu from "./files/ru.json";
import mailEn from "./mail/en.json";
import mailFr from "./mail/fr.json";
import mailEs from "./mail/es.json";
import mailAr from "./mail/ar.json";
import mailZh from "./mail/zh.json";
import mailRu from "./mail/ru.json";
import followUpEn from "./follow-up/en.json";
import followUpFr from "./follow-up/fr.json";
import followUpEs from "./follow-up/es.json";
import followUpAr from "./follow-up/ar.json";
import followUpZh from "./follow-up/zh.json";
import followUpRu from "./follow-up/ru.json";
import pressReleasesEn from "./press-releases/en.json";
import pressReleasesFr from "./press-releases/fr.json";
import pressReleasesEs from "./press-releases/es.json";
import pressReleasesAr from "./press-releases/ar.json";
import pressReleasesZh from "./press-releases/zh.json";
import pressReleasesRu from "./press-releases/ru.json";
import jointReportEn from "./joint-report/en.json";
import jointReportFr from "./joint-report/fr.json";
import jointReportEs from "./joint-report/es.json";
import jointReportAr from "./joint-report/ar.json";
import jointReportZh from "./joint-report/zh.json";
import jointReportRu from "./joint-report/ru.json";
import outstandingEn from "./outstanding/en.json";
import outstandingFr from "./outstanding/fr.json";
import outstandingEs from "./outstanding/es.json";
import outstandingAr from "./outstanding/ar.json";
import outstandingZh from "./outstanding/zh.json";
import outstandingRu from "./outstanding/ru.json";
import profilesEn from "./profiles/en.json";
import profilesFr from "./profiles/fr.json";
import profilesEs from "./profiles/es.json";
import profilesAr from "./profiles/ar.json";
import profilesZh from "./profiles/zh.json";
import profilesRu from "./profiles/ru.json";
import searchEn from "./search/en.json";
import searchFr from "./search/fr.json";
import searchEs from "./search/es.json";
import searchAr from "./search/ar.json";
import searchZh from "./search/zh.json";
import searchRu from "./search/ru.json";
import visitsEn from "./visits/en.json";
import visitsFr from "./visits/fr.json";
import visitsEs from "./visits/es.json";
import visitsAr from "./visits/ar.json";
import visitsZh from "./visits/zh.json";
import visitsRu from "./visits/ru.json";
import reprisalsEn from "./reprisals/en.json";
import reprisalsFr from "./reprisals/fr.json";
import reprisalsEs from "./reprisals/es.json";
import reprisalsAr from "./reprisals/ar.json";
import reprisalsZh from "./reprisals/zh.json";
import reprisalsRu from "./reprisals/ru.json";
import storiesEn from "./stories/en.json";
import storiesFr from "./stories/fr.json";
import storiesEs from "./stories/es.json";
import storiesAr from "./stories/ar.json";
import storiesZh from "./stories/zh.json";
import storiesRu from "./stories/ru.json";
import advisoryEn from "./advisory/en.json";
import advisoryFr from "./advisory/fr.json";
import advisoryEs from "./advisory/es.json";
import advisoryAr from "./advisory/ar.json";
import advisoryZh from "./advisory/zh.json";
import advisoryRu from "./advisory/ru.json";
import themesEn from "./themes/en.json";
import themesFr from "./themes/fr.json";
import themesEs from "./themes/es.json";
import themesAr from "./themes/ar.json";
import themesZh from "./themes/zh.json";
import themesRu from "./themes/ru.json";
import questionnairesEn from "./questionnaires/en.json";
import questionnairesFr from "./questionnaires/fr.json";
import questionnairesEs from "./questionnaires/es.json";
import questionnairesAr from "./questionnaires/ar.json";
import questionnairesZh from "./questionnaires/zh.json";
import questionnairesRu from "./questionnaires/ru.json";
import officeHoursEn from "./office-hours/en.json";
import officeHoursFr from "./office-hours/fr.json";
import officeHoursEs from "./office-hours/es.json";
import officeHoursAr from "./office-hours/ar.json";
import officeHoursZh from "./office-hours/zh.json";
import officeHoursRu from "./office-hours/ru.json";
import accessEn from "./access/en.json";
import accessFr from "./access/fr.json";
import accessEs from "./access/es.json";
import accessAr from "./access/ar.json";
import accessZh from "./access/zh.json";
import accessRu from "./access/ru.json";
import secondFactorEn from "./second-factor/en.json";
import secondFactorFr from "./second-factor/fr.json";
import secondFactorEs from "./second-factor/es.json";
import secondFactorAr from "./second-factor/ar.json";
import secondFactorZh from "./second-factor/zh.json";
import secondFactorRu from "./second-factor/ru.json";
import accountsEn from "./accounts/en.json";
import accountsFr from "./accounts/fr.json";
import accountsEs from "./accounts/es.json";
import accountsAr from "./accounts/ar.json";
import accountsZh from "./accounts/zh.json";
import accountsRu from "./accounts/ru.json";
import casesEn from "./cases/en.json";
import casesFr from "./cases/fr.json";
import casesEs from "./cases/es.json";
import casesAr from "./cases/ar.json";
import casesZh from "./cases/zh.json";
import casesRu from "./cases/ru.json";
import organisationsEn from "./organisations/en.json";
import organisationsFr from "./organisations/fr.json";
import organisationsEs from "./organisations/es.json";
import organisationsAr from "./organisations/ar.json";
import organisationsZh from "./organisations/zh.json";
import organisationsRu from "./organisations/ru.json";
import notificationsEn from "./notifications/en.json";
import notificationsFr from "./notifications/fr.json";
import notificationsEs from "./notifications/es.json";
import notificationsAr from "./notifications/ar.json";
import notificationsZh from "./notifications/zh.json";
import notificationsRu from "./notifications/ru.json";
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
  ar: {
    core: coreAr,
    communications: communicationsAr,
    files: filesAr,
    mail: mailAr,
    followUp: followUpAr,
    pressReleases: pressReleasesAr,
    jointReport: jointReportAr,
    outstanding: outstandingAr,
    profiles: profilesAr,
    search: searchAr,
    visits: visitsAr,
    reprisals: reprisalsAr,
    stories: storiesAr,
    advisory: advisoryAr,
    themes: themesAr,
    questionnaires: questionnairesAr,
    officeHours: officeHoursAr,
    access: accessAr,
    secondFactor: secondFactorAr,
    accounts: accountsAr,
    cases: casesAr,
    organisations: organisationsAr,
    notifications: notificationsAr,
  },
  zh: {
    core: coreZh,
    communications: communicationsZh,
    files: filesZh,
    mail: mailZh,
    followUp: followUpZh,
    pressReleases: pressReleasesZh,
    jointReport: jointReportZh,
    outstanding: outstandingZh,
    profiles: profilesZh,
    search: searchZh,
    visits: visitsZh,
    reprisals: reprisalsZh,
    stories: storiesZh,
    advisory: advisoryZh,
    themes: themesZh,
    questionnaires: questionnairesZh,
    officeHours: officeHoursZh,
    access: accessZh,
    secondFactor: secondFactorZh,
    accounts: accountsZh,
    cases: casesZh,
    organisations: organisationsZh,
    notifications: notificationsZh,
  },
  ru: {
    core: coreRu,
    communications: communicationsRu,
    files: filesRu,
    mail: mailRu,
    followUp: followUpRu,
    pressReleases: pressReleasesRu,
    jointReport: jointReportRu,
    outstanding: outstandingRu,
    profiles: profilesRu,
    search: searchRu,
    visits: visitsRu,
    reprisals: reprisalsRu,
    stories: storiesRu,
    advisory: advisoryRu,
    themes: themesRu,
    questionnaires: questionnairesRu,
    officeHours: officeHoursRu,
    access: accessRu,
    secondFactor: secondFactorRu,
    accounts: accountsRu,
    cases: casesRu,
    organisations: organisationsRu,
    notifications: notificationsRu,
  },
};

export const MESSAGES = Object.fromEntries(
  Object.entries(CATALOG_PARTS).map(([locale, parts]) => [locale, Object.assign({}, ...Object.values(parts)) as Catalog]),
) as Record<Locale, Catalog>;

export type Messages = typeof coreEn;
