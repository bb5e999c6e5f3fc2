// Regions below the country: the US states, which news names as often as countries ("the New Hampshire
// primary", "Vermont Sen. Bernie Sanders") and which a capitalised-run reader takes for people.
// Pure data.

/** The fifty US states by name. */
export const US_STATES: readonly string[] = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
  "Wisconsin", "Wyoming",
];

/**
 * First-level regions of the countries whose local news most often tells where a person is from ("a Queensland
 * man", "from County Kerry", "a North Yorkshire woman"): states, provinces, territories, counties and nations. A town
 * inside one is a finer place, not another one; two of them are two places. Written as news writes them.
 */
export const REGIONS: readonly string[] = [
  // Australia
  "New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania", "Northern Territory",
  "Australian Capital Territory",
  // Canada
  "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
  "Newfoundland", "Labrador", "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories",
  // New Zealand
  "Northland", "Auckland Region", "Waikato", "Bay of Plenty", "Gisborne", "Hawke's Bay", "Taranaki", "Manawatu", "Whanganui",
  "Wellington Region", "Tasman", "Marlborough", "West Coast", "Canterbury", "Otago", "Southland",
  // Ireland, the island's 32 counties
  "Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down", "Dublin", "Fermanagh", "Galway", "Kerry",
  "Kildare", "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
  "Roscommon", "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow",
  // The United Kingdom's nations and counties
  "England", "Scotland", "Wales", "Northern Ireland", "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire",
  "Cheshire", "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset", "Durham", "County Durham", "Essex", "Gloucestershire",
  "Greater London", "Greater Manchester", "Hampshire", "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire",
  "Leicestershire", "Lincolnshire", "Merseyside", "Norfolk", "Northamptonshire", "Northumberland", "North Yorkshire",
  "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset", "South Yorkshire", "Staffordshire", "Suffolk",
  "Surrey", "East Sussex", "West Sussex", "Sussex", "Tyne and Wear", "Warwickshire", "West Midlands", "West Yorkshire",
  "East Yorkshire", "Yorkshire", "Wiltshire", "Worcestershire", "Anglesey", "Gwynedd", "Conwy", "Denbighshire", "Flintshire",
  "Powys", "Ceredigion", "Pembrokeshire", "Carmarthenshire", "Glamorgan", "Gwent", "Aberdeenshire", "Angus", "Argyll",
  "Ayrshire", "Borders", "Dumfries and Galloway", "Fife", "Highlands", "Lanarkshire", "Lothian", "Moray", "Perthshire",
  "Renfrewshire", "Stirlingshire", "Shetland", "Orkney",
  // India
  "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana", "Himachal Pradesh",
  "Jharkhand", "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland",
  "Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
  "West Bengal", "Kashmir", "Jammu and Kashmir",
  // Germany, Austria and Switzerland (English names)
  "Bavaria", "Baden-Württemberg", "Brandenburg", "Hesse", "Lower Saxony", "Mecklenburg-Vorpommern",
  "North Rhine-Westphalia", "Rhineland-Palatinate", "Saarland", "Saxony", "Saxony-Anhalt", "Schleswig-Holstein", "Thuringia",
  "Tyrol", "Carinthia", "Styria", "Upper Austria", "Lower Austria", "Vorarlberg", "Burgenland",
  // France, Italy and Spain
  "Brittany", "Normandy", "Provence", "Alsace", "Occitanie", "Burgundy", "Corsica", "Auvergne", "Aquitaine", "Lombardy",
  "Piedmont", "Veneto", "Tuscany", "Lazio", "Campania", "Sicily", "Sardinia", "Calabria", "Apulia", "Puglia",
  "Emilia-Romagna", "Liguria", "Umbria", "Andalusia", "Catalonia", "Galicia", "Basque Country", "Valencia", "Aragon",
  "Castile and Leon", "Castilla-La Mancha", "Extremadura", "Asturias", "Cantabria", "Navarre", "Murcia",
];
