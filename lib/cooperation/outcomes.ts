/** R21: what came of a proactive request (ProactiveRequestOutcome); no import, so forms in the browser may use it. */
export const PROACTIVE_OUTCOMES = ["ANSWERED", "PARTLY_ANSWERED", "NO_ANSWER"] as const;
