// Place and organisation names the stock models miss. Countries and nationality words come from
// lexicon/countries.ts (the kb's country names, so the kb and the annotator speak of the same
// countries). Cities are the ones news most often datelines.

// Countries, their other names and nationality words live in the lexicon (one list for every stage).
export { COUNTRIES, COUNTRY_ALIASES, DEMONYMS, DEMONYM_PLURALS } from "../lexicon/countries.js";

/** Cities, regions and other places that recur in news datelines. */
export const PLACES: readonly string[] = [
  "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv", "Dnipro", "Mariupol", "Kherson", "Zaporizhzhia", "Donetsk", "Luhansk",
  "Donbas", "Donbass", "Crimea", "Bakhmut", "Avdiivka", "Sumy", "Chernihiv", "Kursk", "Belgorod", "Bryansk", "Rostov", "Moscow",
  "St. Petersburg", "Saint Petersburg", "Minsk", "Istanbul", "Ankara", "Geneva", "Vienna", "Brussels", "Strasbourg", "The Hague",
  "London", "Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Warsaw", "Prague", "Budapest", "Bucharest", "Sofia", "Athens",
  "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Amsterdam", "Dublin", "Edinburgh", "Vilnius", "Riga", "Tallinn", "Munich",
  "Frankfurt", "Hamburg", "Milan", "Naples", "Barcelona", "Washington", "New York", "Los Angeles", "Chicago", "Houston",
  "San Francisco", "Seattle", "Boston", "Miami", "Atlanta", "Dallas", "Detroit", "Philadelphia", "Denver", "Phoenix",
  "Las Vegas", "New Orleans", "Vancouver", "Toronto", "Montreal", "Ottawa", "Mexico City", "Havana", "Caracas", "Bogota",
  "Lima", "Santiago", "Buenos Aires", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Brasilia", "Beijing", "Shanghai",
  "Hong Kong", "Taipei", "Tokyo", "Osaka", "Seoul", "Pyongyang", "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai",
  "Bangalore", "Karachi", "Islamabad", "Lahore", "Kabul", "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Tel Aviv",
  "Gaza", "West Bank", "Cairo", "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Sanaa", "Tripoli", "Tunis", "Algiers",
  "Nairobi", "Addis Ababa", "Lagos", "Abuja", "Johannesburg", "Cape Town", "Jakarta", "Bali", "Manila", "Bangkok", "Hanoi",
  "Singapore", "Kuala Lumpur", "Sydney", "Melbourne", "Canberra", "Auckland", "Wellington", "Kananaskis", "Hiroshima",
  "Davos", "Alaska", "California", "Texas", "Florida", "Michigan", "Ohio", "Virginia", "Siberia", "Europe", "Eastern Europe",
  "Western Europe", "Asia", "Africa", "Middle East", "Latin America", "North America", "South America", "Black Sea", "Baltic",
];

/** Organisations often named without an organisational keyword. */
export const ORGS: readonly string[] = [
  "TASS", "RIA Novosti", "Interfax", "Ukrinform", "Reuters", "AP", "AFP", "Associated Press", "Bloomberg", "BBC", "CNN",
  "Al Jazeera", "Kremlin", "Pentagon", "White House", "Downing Street", "Élysée", "NATO", "UN", "EU", "OSCE", "IAEA", "WHO",
  "IMF", "FBI", "CIA", "KGB", "FSB", "SBU", "Red Cross", "Azov", "Wagner", "Hamas", "Hezbollah", "Taliban", "Google", "Apple",
  "Microsoft", "Amazon", "Meta", "Facebook", "Twitter", "Telegram", "Congress", "Senate", "Parliament", "Verkhovna Rada", "Duma",
  "State Duma", "Gazprom", "Rosatom", "Naftogaz", "Vatican",
];

/** Words that make a capitalised run an organisation. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "Ministry", "Department", "Agency", "Council", "Committee", "Commission", "Office", "Union", "Party", "Army", "Navy",
  "Regiment", "Brigade", "Battalion", "Forces", "Force", "Headquarters", "Bank", "Court", "Organization", "Organisation",
  "Institute", "University", "College", "School", "Nations", "Cross", "Corporation", "Corp", "Inc", "Ltd", "Company", "Group",
  "Association", "Federation", "Service", "Services", "Police", "Guard", "Authority", "Bureau", "Assembly", "Parliament",
  "Senate", "Congress", "Times", "Post", "News", "Press", "Network", "Foundation", "Fund", "Church", "Hospital", "Club",
  "Airlines", "Airways", "Board", "Division", "Directorate", "Administration", "Government", "Cabinet", "Coalition", "Alliance", "Front", "Movement",
  // Words that end the names of firms, research bodies and leagues ("Halvard Shipping", "Centre for Urban Studies").
  "Centre", "Center", "Shipping", "Ferries", "Energy", "Mining", "Holdings", "Industries", "Utilities", "Railway", "Railways", "Motors",
  "Pharmaceuticals", "Technologies", "Trust", "Society", "League", "Museum", "Academy", "Laboratory", "Laboratories", "Observatory", "Insurance",
]);
