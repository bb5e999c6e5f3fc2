// State and state-run news agencies and broadcasters, by the country they speak for: a source citing
// one cites that state ("according to Xinhua", "TASS reported"). Pure data.

export const STATE_MEDIA: Readonly<Record<string, string>> = {
  TASS: "Russia", RIA: "Russia", "RIA Novosti": "Russia", RT: "Russia", "Russia Today": "Russia", Sputnik: "Russia",
  Izvestia: "Russia", "Korean Central News Agency": "North Korea", "Korean Central Television": "North Korea", "Rossiyskaya Gazeta": "Russia", Zvezda: "Russia", "Channel One": "Russia", Xinhua: "China", CCTV: "China",
  CGTN: "China", "Global Times": "China", "People's Daily": "China", KCNA: "North Korea", "Rodong Sinmun": "North Korea",
  IRNA: "Iran", "Press TV": "Iran", Fars: "Iran", Tasnim: "Iran", IRIB: "Iran", SANA: "Syria", WAFA: "Palestine",
  Anadolu: "Turkey", TRT: "Turkey", SPA: "Saudi Arabia", WAM: "United Arab Emirates", QNA: "Qatar", MENA: "Egypt",
  SUNA: "Sudan", ENA: "Ethiopia", EBC: "Ethiopia", Belta: "Belarus", BelTA: "Belarus", APS: "Algeria", MAP: "Morocco",
  VNA: "Vietnam", "Prensa Latina": "Cuba", Granma: "Cuba", Telesur: "Venezuela", VTV: "Venezuela",
  APA: "Azerbaijan", Azertac: "Azerbaijan", AZERTAC: "Azerbaijan", Armenpress: "Armenia", Ukrinform: "Ukraine",
  Saba: "Yemen", PTV: "Pakistan", APP: "Pakistan", Doordarshan: "India",
};
