// R16: when reminders and follow-up letters go to an addressee that has not replied.
// Constants for now: they are meant to move into lib/settings (settingsSchema / DEFAULT_SETTINGS)
// so that the secretariat can change them; until then every caller takes them from here.

export type FollowUpSettings = {
  /** A reminder goes once, this many days (or fewer) before the reply deadline. */
  reminderDaysBefore: number;
  /** The first follow-up letter goes this many days after the deadline passed without a reply. */
  followUpDaysAfter: number;
  /** At most this many follow-up letters per communication. */
  maxFollowUps: number;
  /** Days between two follow-up letters on the same communication. */
  followUpIntervalDays: number;
};

export const FOLLOW_UP_SETTINGS: FollowUpSettings = {
  reminderDaysBefore: 14,
  followUpDaysAfter: 7,
  maxFollowUps: 2,
  followUpIntervalDays: 30,
};
