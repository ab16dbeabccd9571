// UI catalogs, one folder per area so features can add their strings without editing one big file.
// Each folder's top-level keys are its own (a test checks that no two folders define the same key).
import coreEn from "./core/en.json" with { type: "json" };
import coreFr from "./core/fr.json" with { type: "json" };
import coreEs from "./core/es.json" with { type: "json" };
import coreAr from "./core/ar.json" with { type: "json" };
import coreZh from "./core/zh.json" with { type: "json" };
import coreRu from "./core/ru.json" with { type: "json" };
import communicationsEn from "./communications/en.json" with { type: "json" };
import communicationsFr from "./communications/fr.json" with { type: "json" };
import communicationsEs from "./communications/es.json" with { type: "json" };
import communicationsAr from "./communications/ar.json" with { type: "json" };
import communicationsZh from "./communications/zh.json" with { type: "json" };
import communicationsRu from "./communications/ru.json" with { type: "json" };
import filesEn from "./files/en.json" with { type: "json" };
import filesFr from "./files/fr.json" with { type: "json" };
import filesEs from "./files/es.json" with { type: "json" };
import filesAr from "./files/ar.json" with { type: "json" };
import filesZh from "./files/zh.json" with { type: "json" };
import filesRu from "./files/ru.json" with { type: "json" };
import mailEn from "./mail/en.json" with { type: "json" };
import mailFr from "./mail/fr.json" with { type: "json" };
import mailEs from "./mail/es.json" with { type: "json" };
import mailAr from "./mail/ar.json" with { type: "json" };
import mailZh from "./mail/zh.json" with { type: "json" };
import mailRu from "./mail/ru.json" with { type: "json" };
import followUpEn from "./follow-up/en.json" with { type: "json" };
import followUpFr from "./follow-up/fr.json" with { type: "json" };
import followUpEs from "./follow-up/es.json" with { type: "json" };
import followUpAr from "./follow-up/ar.json" with { type: "json" };
import followUpZh from "./follow-up/zh.json" with { type: "json" };
import followUpRu from "./follow-up/ru.json" with { type: "json" };
import pressReleasesEn from "./press-releases/en.json" with { type: "json" };
import pressReleasesFr from "./press-releases/fr.json" with { type: "json" };
import pressReleasesEs from "./press-releases/es.json" with { type: "json" };
import pressReleasesAr from "./press-releases/ar.json" with { type: "json" };
import pressReleasesZh from "./press-releases/zh.json" with { type: "json" };
import pressReleasesRu from "./press-releases/ru.json" with { type: "json" };
import jointReportEn from "./joint-report/en.json" with { type: "json" };
import jointReportFr from "./joint-report/fr.json" with { type: "json" };
import jointReportEs from "./joint-report/es.json" with { type: "json" };
import jointReportAr from "./joint-report/ar.json" with { type: "json" };
import jointReportZh from "./joint-report/zh.json" with { type: "json" };
import jointReportRu from "./joint-report/ru.json" with { type: "json" };
import outstandingEn from "./outstanding/en.json" with { type: "json" };
import outstandingFr from "./outstanding/fr.json" with { type: "json" };
import outstandingEs from "./outstanding/es.json" with { type: "json" };
import outstandingAr from "./outstanding/ar.json" with { type: "json" };
import outstandingZh from "./outstanding/zh.json" with { type: "json" };
import outstandingRu from "./outstanding/ru.json" with { type: "json" };
import profilesEn from "./profiles/en.json" with { type: "json" };
import profilesFr from "./profiles/fr.json" with { type: "json" };
import profilesEs from "./profiles/es.json" with { type: "json" };
import profilesAr from "./profiles/ar.json" with { type: "json" };
import profilesZh from "./profiles/zh.json" with { type: "json" };
import profilesRu from "./profiles/ru.json" with { type: "json" };
import searchEn from "./search/en.json" with { type: "json" };
import searchFr from "./search/fr.json" with { type: "json" };
import searchEs from "./search/es.json" with { type: "json" };
import searchAr from "./search/ar.json" with { type: "json" };
import searchZh from "./search/zh.json" with { type: "json" };
import searchRu from "./search/ru.json" with { type: "json" };
import visitsEn from "./visits/en.json" with { type: "json" };
import visitsFr from "./visits/fr.json" with { type: "json" };
import visitsEs from "./visits/es.json" with { type: "json" };
import visitsAr from "./visits/ar.json" with { type: "json" };
import visitsZh from "./visits/zh.json" with { type: "json" };
import visitsRu from "./visits/ru.json" with { type: "json" };
import reprisalsEn from "./reprisals/en.json" with { type: "json" };
import reprisalsFr from "./reprisals/fr.json" with { type: "json" };
import reprisalsEs from "./reprisals/es.json" with { type: "json" };
import reprisalsAr from "./reprisals/ar.json" with { type: "json" };
import reprisalsZh from "./reprisals/zh.json" with { type: "json" };
import reprisalsRu from "./reprisals/ru.json" with { type: "json" };
import storiesEn from "./stories/en.json" with { type: "json" };
import storiesFr from "./stories/fr.json" with { type: "json" };
import storiesEs from "./stories/es.json" with { type: "json" };
import storiesAr from "./stories/ar.json" with { type: "json" };
import storiesZh from "./stories/zh.json" with { type: "json" };
import storiesRu from "./stories/ru.json" with { type: "json" };
import factsEn from "./facts/en.json" with { type: "json" };
import factsFr from "./facts/fr.json" with { type: "json" };
import factsEs from "./facts/es.json" with { type: "json" };
import factsAr from "./facts/ar.json" with { type: "json" };
import factsZh from "./facts/zh.json" with { type: "json" };
import factsRu from "./facts/ru.json" with { type: "json" };
import advisoryEn from "./advisory/en.json" with { type: "json" };
import advisoryFr from "./advisory/fr.json" with { type: "json" };
import advisoryEs from "./advisory/es.json" with { type: "json" };
import advisoryAr from "./advisory/ar.json" with { type: "json" };
import advisoryZh from "./advisory/zh.json" with { type: "json" };
import advisoryRu from "./advisory/ru.json" with { type: "json" };
import themesEn from "./themes/en.json" with { type: "json" };
import themesFr from "./themes/fr.json" with { type: "json" };
import themesEs from "./themes/es.json" with { type: "json" };
import themesAr from "./themes/ar.json" with { type: "json" };
import themesZh from "./themes/zh.json" with { type: "json" };
import themesRu from "./themes/ru.json" with { type: "json" };
import questionnairesEn from "./questionnaires/en.json" with { type: "json" };
import questionnairesFr from "./questionnaires/fr.json" with { type: "json" };
import questionnairesEs from "./questionnaires/es.json" with { type: "json" };
import questionnairesAr from "./questionnaires/ar.json" with { type: "json" };
import questionnairesZh from "./questionnaires/zh.json" with { type: "json" };
import questionnairesRu from "./questionnaires/ru.json" with { type: "json" };
import officeHoursEn from "./office-hours/en.json" with { type: "json" };
import officeHoursFr from "./office-hours/fr.json" with { type: "json" };
import officeHoursEs from "./office-hours/es.json" with { type: "json" };
import officeHoursAr from "./office-hours/ar.json" with { type: "json" };
import officeHoursZh from "./office-hours/zh.json" with { type: "json" };
import officeHoursRu from "./office-hours/ru.json" with { type: "json" };
import accessEn from "./access/en.json" with { type: "json" };
import accessFr from "./access/fr.json" with { type: "json" };
import accessEs from "./access/es.json" with { type: "json" };
import accessAr from "./access/ar.json" with { type: "json" };
import accessZh from "./access/zh.json" with { type: "json" };
import accessRu from "./access/ru.json" with { type: "json" };
import secondFactorEn from "./second-factor/en.json" with { type: "json" };
import secondFactorFr from "./second-factor/fr.json" with { type: "json" };
import secondFactorEs from "./second-factor/es.json" with { type: "json" };
import secondFactorAr from "./second-factor/ar.json" with { type: "json" };
import secondFactorZh from "./second-factor/zh.json" with { type: "json" };
import secondFactorRu from "./second-factor/ru.json" with { type: "json" };
import accountsEn from "./accounts/en.json" with { type: "json" };
import accountsFr from "./accounts/fr.json" with { type: "json" };
import accountsEs from "./accounts/es.json" with { type: "json" };
import accountsAr from "./accounts/ar.json" with { type: "json" };
import accountsZh from "./accounts/zh.json" with { type: "json" };
import accountsRu from "./accounts/ru.json" with { type: "json" };
import casesEn from "./cases/en.json" with { type: "json" };
import casesFr from "./cases/fr.json" with { type: "json" };
import casesEs from "./cases/es.json" with { type: "json" };
import casesAr from "./cases/ar.json" with { type: "json" };
import casesZh from "./cases/zh.json" with { type: "json" };
import casesRu from "./cases/ru.json" with { type: "json" };
import organisationsEn from "./organisations/en.json" with { type: "json" };
import organisationsFr from "./organisations/fr.json" with { type: "json" };
import organisationsEs from "./organisations/es.json" with { type: "json" };
import organisationsAr from "./organisations/ar.json" with { type: "json" };
import organisationsZh from "./organisations/zh.json" with { type: "json" };
import organisationsRu from "./organisations/ru.json" with { type: "json" };
import notificationsEn from "./notifications/en.json" with { type: "json" };
import notificationsFr from "./notifications/fr.json" with { type: "json" };
import notificationsEs from "./notifications/es.json" with { type: "json" };
import notificationsAr from "./notifications/ar.json" with { type: "json" };
import notificationsZh from "./notifications/zh.json" with { type: "json" };
import notificationsRu from "./notifications/ru.json" with { type: "json" };
import reportsEn from "./reports/en.json" with { type: "json" };
import reportsFr from "./reports/fr.json" with { type: "json" };
import reportsEs from "./reports/es.json" with { type: "json" };
import reportsAr from "./reports/ar.json" with { type: "json" };
import reportsZh from "./reports/zh.json" with { type: "json" };
import reportsRu from "./reports/ru.json" with { type: "json" };
import committeePeopleEn from "./committee-people/en.json" with { type: "json" };
import committeePeopleFr from "./committee-people/fr.json" with { type: "json" };
import committeePeopleEs from "./committee-people/es.json" with { type: "json" };
import committeePeopleAr from "./committee-people/ar.json" with { type: "json" };
import committeePeopleZh from "./committee-people/zh.json" with { type: "json" };
import committeePeopleRu from "./committee-people/ru.json" with { type: "json" };
import type { Locale } from "../config";
import cooperationEn from "./cooperation/en.json" with { type: "json" };
import cooperationFr from "./cooperation/fr.json" with { type: "json" };
import cooperationEs from "./cooperation/es.json" with { type: "json" };
import cooperationAr from "./cooperation/ar.json" with { type: "json" };
import cooperationZh from "./cooperation/zh.json" with { type: "json" };
import cooperationRu from "./cooperation/ru.json" with { type: "json" };
import committeeEn from "./committee/en.json" with { type: "json" };
import committeeFr from "./committee/fr.json" with { type: "json" };
import committeeEs from "./committee/es.json" with { type: "json" };
import committeeAr from "./committee/ar.json" with { type: "json" };
import committeeZh from "./committee/zh.json" with { type: "json" };
import committeeRu from "./committee/ru.json" with { type: "json" };

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
    facts: factsEn,
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
    reports: reportsEn,
    cooperation: cooperationEn,
    committee: committeeEn,
    committeePeople: committeePeopleEn,
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
    facts: factsFr,
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
    reports: reportsFr,
    cooperation: cooperationFr,
    committee: committeeFr,
    committeePeople: committeePeopleFr,
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
    facts: factsEs,
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
    reports: reportsEs,
    cooperation: cooperationEs,
    committee: committeeEs,
    committeePeople: committeePeopleEs,
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
    facts: factsAr,
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
    reports: reportsAr,
    cooperation: cooperationAr,
    committee: committeeAr,
    committeePeople: committeePeopleAr,
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
    facts: factsZh,
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
    reports: reportsZh,
    cooperation: cooperationZh,
    committee: committeeZh,
    committeePeople: committeePeopleZh,
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
    facts: factsRu,
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
    reports: reportsRu,
    cooperation: cooperationRu,
    committee: committeeRu,
    committeePeople: committeePeopleRu,
  },
};

export const MESSAGES = Object.fromEntries(
  Object.entries(CATALOG_PARTS).map(([locale, parts]) => [locale, Object.assign({}, ...Object.values(parts)) as Catalog]),
) as Record<Locale, Catalog>;

export type Messages = typeof coreEn;
