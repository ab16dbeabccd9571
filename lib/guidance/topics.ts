/** What guidance is about: the three the issue names, and the rest (no zod here: client forms import it). */
export const GUIDANCE_TOPICS = ["SOCIAL_MEDIA", "END_OF_MISSION_STATEMENTS", "QUESTIONNAIRES", "OTHER"] as const;
