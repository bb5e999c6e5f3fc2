// Currency names written after an amount ("450 million reais", "1.4 billion kronor", "20,000 euros"),
// singular and plural. Words that are also common English words ("real", "won", "mark", "rand" as
// a name) are left out: "the team won 3" and "a real 40 percent" are no amounts.

/** A currency's name as written after the figure, lower case. */
export const CURRENCY_AFTER = new RegExp(`^(?:${[
  "dollars?", "euros?", "pounds?", "rubles?", "roubles?", "hryvnias?", "yuan", "yen", "rupees?", "usd", "eur", "bucks", "cents?",
  "reais", "pesos?", "francs?", "kronor", "krona", "kroner", "krone", "kronur", "zlotys?", "zlotych", "zloty", "forints?",
  "liras?", "lire", "dinars?", "dirhams?", "riyals?", "rials?", "shekels?", "baht", "ringgit", "naira", "shillings?", "cedis?",
  "kwacha", "leva", "lei", "koruna", "korun", "kuna", "taka", "birr", "soles", "bolivares", "quetzales", "manat", "tenge",
  "lari", "rupiah", "renminbi", "pence", "pesetas?", "sterling", "gbp", "chf", "jpy", "cny", "inr", "brl", "sek", "nok", "dkk",
  "pln", "huf", "czk", "try", "zar", "mxn", "aud", "cad", "nzd",
].join("|")})$`);

/** A counted noun (singular, as the tagger gives it) that is a currency: an amount, not a count of things. */
const CURRENCY_NOUN = /^(?:dollar|euro|pound|ruble|rouble|hryvnia|yuan|yen|rupee|reai|reais|peso|franc|kronor|krona|kroner|krone|kronur|zloty|zlotych|forint|lira|lire|dinar|dirham|riyal|rial|shekel|baht|ringgit|naira|shilling|cedi|kwacha|leva|lei|koruna|kuna|taka|birr|sol|bolivar|quetzal|manat|tenge|lari|rupiah|renminbi|penny|pence|peseta|sterling)$/;

export function isCurrencyNoun(noun: string | null): boolean {
  return noun !== null && CURRENCY_NOUN.test(noun);
}
