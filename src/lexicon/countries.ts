// Countries and their words, for every stage: the kb's country names (Wikidata/Peppercat, so the
// annotator and the kb speak of the same countries), the adjectives news puts before an office or
// a people ("Ukrainian", "Emirati"), the plural nouns of a people ("Ukrainians", "the Dutch"), and
// other names ("Britain", "Türkiye", "the Kremlin" is not here: see ORG_COUNTRY). One row per
// country: name | adjectives | plural nouns | other names. Pure data.

const ROWS = `
Abkhazia|Abkhaz,Abkhazian|Abkhaz,Abkhazians|
Afghanistan|Afghan|Afghans|
Albania|Albanian|Albanians|
Algeria|Algerian|Algerians|
Andorra|Andorran|Andorrans|
Angola|Angolan|Angolans|
Anguilla|Anguillan|Anguillans|
Antigua and Barbuda|Antiguan|Antiguans|Antigua
Argentina|Argentine,Argentinian|Argentines,Argentinians|
Armenia|Armenian|Armenians|
Artsakh||| Nagorno-Karabakh
Aruba|Aruban|Arubans|
Australia|Australian|Australians|
Austria|Austrian|Austrians|
Azerbaijan|Azerbaijani,Azeri|Azerbaijanis,Azeris|
Bahamas|Bahamian|Bahamians|The Bahamas
Bahrain|Bahraini|Bahrainis|
Bangladesh|Bangladeshi|Bangladeshis|
Barbados|Barbadian|Barbadians|
Belarus|Belarusian|Belarusians|Byelorussia
Belgium|Belgian|Belgians|
Belize|Belizean|Belizeans|
Benin|Beninese|Beninese|
Bermuda|Bermudian|Bermudians|
Bhutan|Bhutanese|Bhutanese|
Bolivia|Bolivian|Bolivians|
Bosnia and Herzegovina|Bosnian|Bosnians|Bosnia,Bosnia-Herzegovina
Botswana|Botswanan|Batswana|
Brazil|Brazilian|Brazilians|
British Virgin Islands||||
Brunei|Bruneian|Bruneians|
Bulgaria|Bulgarian|Bulgarians|
Burkina Faso|Burkinabe|Burkinabes|Burkina
Burundi|Burundian|Burundians|
Cabo Verde|Cape Verdean|Cape Verdeans|Cape Verde
Cambodia|Cambodian,Khmer|Cambodians|
Cameroon|Cameroonian|Cameroonians|
Canada|Canadian|Canadians|
Cayman Islands|Caymanian|Caymanians|
Central African Republic|Central African|Central Africans|CAR
Chad|Chadian|Chadians|
Chile|Chilean|Chileans|
China|Chinese|Chinese|PRC,People's Republic of China,mainland China
Colombia|Colombian|Colombians|
Comoros|Comoran,Comorian|Comorans|
Congo-Brazzaville|||Republic of the Congo,Republic of Congo,Congo-Brazzaville
Congo-Kinshasa|Congolese|Congolese|DRC,DR Congo,Democratic Republic of Congo,Democratic Republic of the Congo,Congo
Costa Rica|Costa Rican|Costa Ricans|
Croatia|Croatian,Croat|Croatians,Croats|
Cuba|Cuban|Cubans|
Cyprus|Cypriot|Cypriots|
Czechia|Czech|Czechs|Czech Republic
Denmark|Danish|Danes|
Djibouti|Djiboutian|Djiboutians|
Dominica|||
Dominican Republic|Dominican|Dominicans|
Donetsk|||Donetsk People's Republic,DPR
Ecuador|Ecuadorian,Ecuadoran|Ecuadorians|
Egypt|Egyptian|Egyptians|
El Salvador|Salvadoran,Salvadorean|Salvadorans|
Equatorial Guinea|Equatoguinean|Equatoguineans|
Eritrea|Eritrean|Eritreans|
Estonia|Estonian|Estonians|
Eswatini|Swazi|Swazis|Swaziland
Ethiopia|Ethiopian|Ethiopians|
European Union|||EU,E.U.
Faroe Islands|Faroese|Faroese|Faroes
Federated States of Micronesia|Micronesian|Micronesians|Micronesia
Fiji|Fijian|Fijians|
Finland|Finnish|Finns|
France|French|French,Frenchmen|
Gabon|Gabonese|Gabonese|
Gambia|Gambian|Gambians|The Gambia
Georgia|Georgian|Georgians|
Germany|German|Germans|
Ghana|Ghanaian|Ghanaians|
Gibraltar|Gibraltarian|Gibraltarians|
Greece|Greek|Greeks|
Greenland|Greenlandic|Greenlanders|
Grenada|Grenadian|Grenadians|
Guatemala|Guatemalan|Guatemalans|
Guinea|Guinean|Guineans|
Guinea-Bissau|Bissau-Guinean|Bissau-Guineans|
Guyana|Guyanese|Guyanese|
Haiti|Haitian|Haitians|
Honduras|Honduran|Hondurans|
Hong Kong|Hongkonger|Hongkongers|
Hungary|Hungarian|Hungarians|
Iceland|Icelandic|Icelanders|
India|Indian|Indians|
Indonesia|Indonesian|Indonesians|
Iran|Iranian|Iranians|Persia,Islamic Republic
Iraq|Iraqi|Iraqis|
Ireland|Irish|Irish|Republic of Ireland,Eire
Isle of Man|Manx|Manx|
Israel|Israeli|Israelis|
Italy|Italian|Italians|
Ivory Coast|Ivorian|Ivorians|Côte d'Ivoire,Cote d'Ivoire
Jamaica|Jamaican|Jamaicans|
Japan|Japanese|Japanese|
Jersey||||
Jordan|Jordanian|Jordanians|
Kazakhstan|Kazakh,Kazakhstani|Kazakhs,Kazakhstanis|
Kenya|Kenyan|Kenyans|
Kiribati|I-Kiribati|I-Kiribati|
Kosovo|Kosovar,Kosovan|Kosovars|
Kuwait|Kuwaiti|Kuwaitis|
Kyrgyzstan|Kyrgyz|Kyrgyz|Kirghizia
Laos|Lao,Laotian|Laotians|
Latvia|Latvian|Latvians|
Lebanon|Lebanese|Lebanese|
Lesotho|Basotho|Basotho|
Liberia|Liberian|Liberians|
Libya|Libyan|Libyans|
Liechtenstein|Liechtensteiner|Liechtensteiners|
Lithuania|Lithuanian|Lithuanians|
Luhansk|||Luhansk People's Republic,LPR
Luxembourg|Luxembourgish,Luxembourger|Luxembourgers|
Madagascar|Malagasy|Malagasy|
Malawi|Malawian|Malawians|
Malaysia|Malaysian|Malaysians|
Maldives|Maldivian|Maldivians|The Maldives
Mali|Malian|Malians|
Malta|Maltese|Maltese|
Marshall Islands|Marshallese|Marshallese|
Mauritania|Mauritanian|Mauritanians|
Mauritius|Mauritian|Mauritians|
Mexico|Mexican|Mexicans|
Moldova|Moldovan|Moldovans|
Monaco|Monegasque|Monegasques|
Mongolia|Mongolian|Mongolians|
Montenegro|Montenegrin|Montenegrins|
Montserrat|Montserratian|Montserratians|
Morocco|Moroccan|Moroccans|
Mozambique|Mozambican|Mozambicans|
Myanmar|Burmese,Myanmar|Burmese|Burma
Namibia|Namibian|Namibians|
Nauru|Nauruan|Nauruans|
Nepal|Nepali,Nepalese|Nepalis|
Netherlands|Dutch|Dutch|Holland,The Netherlands
New Zealand|New Zealand|New Zealanders,Kiwis|
Nicaragua|Nicaraguan|Nicaraguans|
Niger|Nigerien|Nigeriens|
Nigeria|Nigerian|Nigerians|
Niue|Niuean|Niueans|
North Korea|North Korean|North Koreans|DPRK
North Macedonia|Macedonian|Macedonians|Macedonia
Northern Cyprus|Turkish Cypriot|Turkish Cypriots|
Northern Ireland|Northern Irish|Northern Irish|
Norway|Norwegian|Norwegians|
Oman|Omani|Omanis|
Pakistan|Pakistani|Pakistanis|
Palau|Palauan|Palauans|
Palestine|Palestinian|Palestinians|Palestinian territories,State of Palestine
Panama|Panamanian|Panamanians|
Papua New Guinea|Papua New Guinean|Papua New Guineans|PNG
Paraguay|Paraguayan|Paraguayans|
Peru|Peruvian|Peruvians|
Philippines|Philippine,Filipino|Filipinos|The Philippines
Poland|Polish|Poles|
Portugal|Portuguese|Portuguese|
Qatar|Qatari|Qataris|
Romania|Romanian|Romanians|
Russia|Russian|Russians|Russian Federation
Rwanda|Rwandan|Rwandans|
Saint Kitts and Nevis|Kittitian|Kittitians|St Kitts and Nevis
Saint Lucia|Saint Lucian|Saint Lucians|St Lucia
Saint Vincent and the Grenadines|Vincentian|Vincentians|St Vincent
Samoa|Samoan|Samoans|
San Marino|Sammarinese|Sammarinese|
Saudi Arabia|Saudi|Saudis|
Scotland|Scottish,Scots|Scots|
Senegal|Senegalese|Senegalese|
Serbia|Serbian,Serb|Serbians,Serbs|
Seychelles|Seychellois|Seychellois|
Sierra Leone|Sierra Leonean|Sierra Leoneans|
Singapore|Singaporean|Singaporeans|
Slovakia|Slovak,Slovakian|Slovaks|
Slovenia|Slovenian,Slovene|Slovenians,Slovenes|
Solomon Islands|Solomon Islander|Solomon Islanders|
Somalia|Somali|Somalis|
Somaliland|Somalilander|Somalilanders|
South Africa|South African|South Africans|
South Korea|South Korean,Korean|South Koreans,Koreans|Korea,Republic of Korea
South Ossetia|South Ossetian,Ossetian|Ossetians|
South Sudan|South Sudanese|South Sudanese|
Spain|Spanish|Spaniards|
Sri Lanka|Sri Lankan,Lankan|Sri Lankans|
Sudan|Sudanese|Sudanese|
Suriname|Surinamese|Surinamese|
Sweden|Swedish|Swedes|
Switzerland|Swiss|Swiss|
Syria|Syrian|Syrians|
São Tomé and Príncipe|Santomean|Santomeans|Sao Tome and Principe
Taiwan|Taiwanese|Taiwanese|Republic of China
Tajikistan|Tajik|Tajiks|
Tanzania|Tanzanian|Tanzanians|
Thailand|Thai|Thais|
Timor-Leste|Timorese|Timorese|East Timor
Togo|Togolese|Togolese|
Tonga|Tongan|Tongans|
Transnistria|Transnistrian|Transnistrians|
Trinidad and Tobago|Trinidadian|Trinidadians|Trinidad
Tunisia|Tunisian|Tunisians|
Turkey|Turkish|Turks|Türkiye,Turkiye
Turks and Caicos Islands||||
Tuvalu|Tuvaluan|Tuvaluans|
Uganda|Ugandan|Ugandans|
Ukraine|Ukrainian|Ukrainians|
United Arab Emirates|Emirati|Emiratis|UAE,U.A.E.,the Emirates
United Kingdom|British,UK,U.K.|Britons,British|UK,U.K.,Britain,Great Britain,England,United Kingdom of Great Britain and Northern Ireland
United States|American,U.S.,US|Americans|U.S.,US,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|Uruguayans|
Uzbekistan|Uzbek|Uzbeks|
Vanuatu|Ni-Vanuatu|Ni-Vanuatu|
Venezuela|Venezuelan|Venezuelans|
Vietnam|Vietnamese|Vietnamese|Viet Nam
Wales|Welsh|Welsh|
Yemen|Yemeni|Yemenis|
Zambia|Zambian|Zambians|
Zimbabwe|Zimbabwean|Zimbabweans|
Åland|Ålander|Ålanders|Aland
`;

export interface CountryWords {
  readonly name: string;
  readonly adjectives: readonly string[];
  readonly plurals: readonly string[];
  readonly aliases: readonly string[];
}

const list = (s: string | undefined) => (s ?? "").split(",").map((w) => w.trim()).filter((w) => w.length > 0);

export const COUNTRY_WORDS: readonly CountryWords[] = ROWS.trim().split("\n").map((line) => {
  const [name, adj, plural, alias] = line.split("|");
  return { name: name!.trim(), adjectives: list(adj), plurals: list(plural), aliases: list(alias).filter((a) => a !== name!.trim()) };
});

/** The kb's country names. */
export const COUNTRIES: readonly string[] = COUNTRY_WORDS.map((c) => c.name);

/**
 * Capitals and seats of government that news uses for the country's government ("Kyiv rejected these
 * terms", "Moscow demanded"), and institutions that stand for it ("the Kremlin", "the White House").
 */
export const SEATS: Readonly<Record<string, string>> = {
  Kyiv: "Ukraine", Kiev: "Ukraine", Moscow: "Russia", Kremlin: "Russia", Washington: "United States", "White House": "United States",
  Pentagon: "United States", Beijing: "China", London: "United Kingdom", "Downing Street": "United Kingdom", Whitehall: "United Kingdom",
  Paris: "France", "Élysée": "France", Berlin: "Germany", Tehran: "Iran", Jerusalem: "Israel", Ankara: "Turkey", Warsaw: "Poland",
  Minsk: "Belarus", Tokyo: "Japan", Seoul: "South Korea", Pyongyang: "North Korea", "New Delhi": "India", Islamabad: "Pakistan",
  Ottawa: "Canada", Canberra: "Australia", Rome: "Italy", Madrid: "Spain", Riyadh: "Saudi Arabia",
  Cairo: "Egypt", Damascus: "Syria", Baghdad: "Iraq", Kabul: "Afghanistan", Caracas: "Venezuela", Havana: "Cuba", Brasilia: "Brazil",
  Taipei: "Taiwan", Baku: "Azerbaijan", Yerevan: "Armenia", Tbilisi: "Georgia", Chisinau: "Moldova", Budapest: "Hungary",
};

/**
 * Every capital or seat that stands for a government in reported speech ("Caracas said", "Khartoum
 * rejected"), the seats above included: for reading which party a source speaks for. Wider than
 * SEATS, which are also country aliases for the annotator.
 */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  ...SEATS,
  Kremlin: "Russia", Moscow: "Russia", Kyiv: "Ukraine", Kiev: "Ukraine", Washington: "United States", "White House": "United States",
  Pentagon: "United States", "State Department": "United States", "Downing Street": "United Kingdom", Whitehall: "United Kingdom",
  London: "United Kingdom", Élysée: "France", Elysee: "France", Paris: "France", Berlin: "Germany", Rome: "Italy", Madrid: "Spain",
  Beijing: "China", Zhongnanhai: "China", Taipei: "Taiwan", Tokyo: "Japan", Seoul: "South Korea", Pyongyang: "North Korea",
  "New Delhi": "India", Delhi: "India", Islamabad: "Pakistan", Kabul: "Afghanistan", Tehran: "Iran", Baghdad: "Iraq",
  Damascus: "Syria", Beirut: "Lebanon", Jerusalem: "Israel", Ankara: "Turkey", Riyadh: "Saudi Arabia", Doha: "Qatar",
  "Abu Dhabi": "United Arab Emirates", Cairo: "Egypt", Khartoum: "Sudan", "Port Sudan": "Sudan", Juba: "South Sudan",
  "Addis Ababa": "Ethiopia", Asmara: "Eritrea", Mogadishu: "Somalia", Nairobi: "Kenya", Kampala: "Uganda", Kigali: "Rwanda",
  Kinshasa: "Congo-Kinshasa", Brazzaville: "Congo-Brazzaville", Abuja: "Nigeria", Bamako: "Mali", Niamey: "Niger",
  Ouagadougou: "Burkina Faso", Tripoli: "Libya", Algiers: "Algeria", Rabat: "Morocco", Tunis: "Tunisia", Sanaa: "Yemen",
  Amman: "Jordan", Baku: "Azerbaijan", Yerevan: "Armenia", Tbilisi: "Georgia", Minsk: "Belarus", Chisinau: "Moldova",
  Belgrade: "Serbia", Pristina: "Kosovo", Zagreb: "Croatia", Sarajevo: "Bosnia and Herzegovina", Athens: "Greece",
  Nicosia: "Cyprus", Warsaw: "Poland", Budapest: "Hungary", Bucharest: "Romania", Vilnius: "Lithuania", Riga: "Latvia",
  Tallinn: "Estonia", Helsinki: "Finland", Stockholm: "Sweden", Oslo: "Norway", Copenhagen: "Denmark", Caracas: "Venezuela",
  Georgetown: "Guyana", Bogota: "Colombia", Bogotá: "Colombia", Havana: "Cuba", Managua: "Nicaragua", "Mexico City": "Mexico",
  Ottawa: "Canada", Canberra: "Australia", Manila: "Philippines", Hanoi: "Vietnam", Bangkok: "Thailand", "Phnom Penh": "Cambodia",
  Naypyidaw: "Myanmar", Dhaka: "Bangladesh", Kathmandu: "Nepal", Colombo: "Sri Lanka", Jakarta: "Indonesia", "Kuala Lumpur": "Malaysia",
  Brasilia: "Brazil", "Buenos Aires": "Argentina", Santiago: "Chile", Lima: "Peru", Quito: "Ecuador", "La Paz": "Bolivia",
};

/** Other names of a country (aliases and seats of government) → the kb's name. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = Object.fromEntries([
  ...COUNTRY_WORDS.flatMap((c) => c.aliases.map((a) => [a, c.name] as const)),
  ...Object.entries(SEATS).filter(([k]) => !/\s/.test(k) || /^(New Delhi)$/.test(k)),
]);

/** Nationality adjectives → country ("Ukrainian" → Ukraine). */
export const DEMONYMS: Readonly<Record<string, string>> = Object.fromEntries(
  COUNTRY_WORDS.flatMap((c) => c.adjectives.map((a) => [a, c.name] as const)),
);

/** Plural nouns of a people → country ("Ukrainians", "Swedes", "the Dutch" → Netherlands). */
export const DEMONYM_PLURALS: Readonly<Record<string, string>> = Object.fromEntries(
  COUNTRY_WORDS.flatMap((c) => c.plurals.map((a) => [a, c.name] as const)),
);

const COUNTRY_SET = new Set(COUNTRIES);
const LOWER = new Map<string, string>();
for (const c of COUNTRY_WORDS) for (const w of [c.name, ...c.adjectives, ...c.plurals, ...c.aliases]) LOWER.set(w.toLowerCase(), c.name);

/**
 * The country a word names: a country name, other name, adjective or plural, with "the" and a
 * possessive "'s" removed ("the U.S.", "Ukraine's", "Britain's", "Swedish") → kb name, or null.
 */
export function countryOf(word: string | undefined | null): string | null {
  if (!word) return null;
  const w = word.replace(/^the\s+/i, "").replace(/['’]s?$/u, "").trim();
  if (COUNTRY_SET.has(w)) return w;
  return COUNTRY_ALIASES[w] ?? DEMONYMS[w] ?? DEMONYM_PLURALS[w] ?? SEATS[w] ?? (w.length > 3 ? LOWER.get(w.toLowerCase()) ?? null : null);
}

/** Every written form of every country (names, other names, adjectives, plurals, seats), longest first: for regex alternations. */
export const COUNTRY_FORMS: readonly string[] = [...new Set(COUNTRY_WORDS.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives, ...c.plurals]).concat(Object.keys(SEATS)))]
  .sort((a, b) => b.length - a.length);
