// Place and organisation names the stock models miss, and nationality words → country.
// Country names are those of the officeholder knowledge base (Wikidata-derived), so the kb and
// the annotator speak of the same countries. Cities are the ones news most often datelines.

export const COUNTRIES: readonly string[] = ["Abkhazia", "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Anguilla", "Antigua and Barbuda", "Argentina", "Armenia", "Artsakh", "Aruba", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bermuda", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "British Virgin Islands", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Cayman Islands", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo-Brazzaville", "Congo-Kinshasa", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Donetsk", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "European Union", "Faroe Islands", "Federated States of Micronesia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Gibraltar", "Greece", "Greenland", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Isle of Man", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jersey", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luhansk", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Montserrat", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "Niue", "North Korea", "North Macedonia", "Northern Cyprus", "Northern Ireland", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "Somaliland", "South Africa", "South Korea", "South Ossetia", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Transnistria", "Trinidad and Tobago", "Tunisia", "Turkey", "Turks and Caicos Islands", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "\u00c5land"];

/** Other names a country goes by in news copy → the kb's name. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States", "America": "United States",
  "United States of America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
  "Great Britain": "United Kingdom", "England": "United Kingdom", "Russian Federation": "Russia", "Türkiye": "Turkey",
  "Czech Republic": "Czechia", "Holland": "Netherlands", "Burma": "Myanmar", "Korea": "South Korea", "DRC": "Congo-Kinshasa",
  "Democratic Republic of Congo": "Congo-Kinshasa", "Democratic Republic of the Congo": "Congo-Kinshasa", "UAE": "United Arab Emirates",
  "Ivory Coast": "Ivory Coast", "Côte d'Ivoire": "Ivory Coast", "Vatican": "Vatican City", "Persia": "Iran", "Cape Verde": "Cabo Verde",
  "Swaziland": "Eswatini", "East Timor": "Timor-Leste", "Macedonia": "North Macedonia", "Kyiv": "Ukraine", "Moscow": "Russia",
  "Washington": "United States", "Beijing": "China", "London": "United Kingdom", "Paris": "France", "Berlin": "Germany",
};

/** Nationality adjectives → country. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  American: "United States", "U.S.": "United States", US: "United States", British: "United Kingdom", English: "United Kingdom",
  Russian: "Russia", Ukrainian: "Ukraine", French: "France", German: "Germany", Italian: "Italy", Spanish: "Spain",
  Chinese: "China", Japanese: "Japan", Indian: "India", Pakistani: "Pakistan", Iranian: "Iran", Iraqi: "Iraq",
  Israeli: "Israel", Palestinian: "Palestine", Turkish: "Turkey", Polish: "Poland", Canadian: "Canada", Mexican: "Mexico",
  Brazilian: "Brazil", Argentine: "Argentina", Argentinian: "Argentina", Australian: "Australia", Dutch: "Netherlands",
  Belgian: "Belgium", Swiss: "Switzerland", Swedish: "Sweden", Norwegian: "Norway", Finnish: "Finland", Danish: "Denmark",
  Greek: "Greece", Hungarian: "Hungary", Romanian: "Romania", Bulgarian: "Bulgaria", Serbian: "Serbia", Croatian: "Croatia",
  Czech: "Czechia", Slovak: "Slovakia", Austrian: "Austria", Irish: "Ireland", Portuguese: "Portugal", Belarusian: "Belarus",
  Georgian: "Georgia", Armenian: "Armenia", Azerbaijani: "Azerbaijan", Kazakh: "Kazakhstan", Saudi: "Saudi Arabia",
  Egyptian: "Egypt", Syrian: "Syria", Lebanese: "Lebanon", Jordanian: "Jordan", Afghan: "Afghanistan", Korean: "South Korea",
  "South Korean": "South Korea", "North Korean": "North Korea", Vietnamese: "Vietnam", Thai: "Thailand", Indonesian: "Indonesia",
  Filipino: "Philippines", Malaysian: "Malaysia", Nigerian: "Nigeria", Kenyan: "Kenya", Ethiopian: "Ethiopia",
  "South African": "South Africa", Venezuelan: "Venezuela", Colombian: "Colombia", Chilean: "Chile", Peruvian: "Peru",
  Cuban: "Cuba", Moldovan: "Moldova", Lithuanian: "Lithuania", Latvian: "Latvia", Estonian: "Estonia", Qatari: "Qatar",
  Emirati: "United Arab Emirates", Yemeni: "Yemen", Libyan: "Libya", Sudanese: "Sudan", Somali: "Somalia", Haitian: "Haiti",
  Scottish: "United Kingdom", Welsh: "United Kingdom", "New Zealand": "New Zealand", Icelandic: "Iceland", Slovenian: "Slovenia",
};

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
  "Airlines", "Airways", "Board", "Administration", "Government", "Cabinet", "Coalition", "Alliance", "Front", "Movement",
]);
