// Calendar words shared by the rules that compare dates: weekday and month names.
export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A word that is a weekday or a month name, any case ("Friday", "MARCH"). */
export const CALENDAR_WORD = new RegExp(`^(${[...WEEKDAYS, ...MONTHS].join("|")})$`, "i");

/**
 * Between a figure and a date after it in its sentence: a contrast with another figure ("61 percent, compared with
 * 58 percent in 2019", "against", "up from", "than"): the date dates the other figure, not the first.
 */
export const CONTRAST_BETWEEN = /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|than|from)\b/i;
