// Calendar words shared by the rules that compare dates: weekday and month names.
export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A word that is a weekday or a month name, any case ("Friday", "MARCH"). */
export const CALENDAR_WORD = new RegExp(`^(${[...WEEKDAYS, ...MONTHS].join("|")})$`, "i");
