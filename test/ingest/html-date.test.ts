import { describe, expect, it } from "vitest";
import { extractPublishedDate } from "../../src/ingest/html-date.js";

const now = new Date("2024-06-01T00:00:00Z");
const day = (html: string, url?: string): string | null => extractPublishedDate(html, url ?? null, { now })?.slice(0, 10) ?? null;
const ld = (o: Record<string, unknown>): string => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", ...o })}</script>`;

describe("extractPublishedDate: candidates and votes", () => {
  it("takes the published date, not a later modified one in JSON-LD", () => {
    expect(day(`<html><head>${ld({ dateModified: "2020-05-09T10:00:00Z", datePublished: "2020-05-01T08:00:00Z" })}</head><body></body></html>`)).toBe("2020-05-01");
  });

  it("does not take an 'Updated' line when a byline says when it was published", () => {
    const html = `<html><body><h1>Dam opens</h1><div class="byline">Published 2 May 2020</div><p class="note">Updated 9 May 2020</p></body></html>`;
    expect(day(html)).toBe("2020-05-02");
  });

  it("falls back to a modified date when it is the only one", () => {
    expect(day(`<html><head><meta property="article:modified_time" content="2020-05-09"></head><body></body></html>`)).toBe("2020-05-09");
  });

  it("does not take dates from a related-articles list", () => {
    const related = ["3 May 2020", "4 May 2020", "5 May 2020"].map((d) => `<li><span class="date">${d}</span> Other story</li>`).join("");
    const html = `<html><body><article><h1>Dam opens</h1><span class="date">1 May 2020</span><p>Text.</p></article><aside class="related-stories"><ul>${related}</ul></aside></body></html>`;
    expect(day(html)).toBe("2020-05-01");
  });

  it("outvotes an unmarked teaser list whose one class carries several days", () => {
    const teasers = ["3 May 2020", "4 May 2020", "5 May 2020"].map((d) => `<div class="card"><time class="stamp" datetime="${d}">${d}</time></div>`).join("");
    const html = `<html><body>${teasers}<h1>Dam opens</h1><div class="byline">By Ana Reis · <time datetime="2020-05-01">1 May 2020</time></div></body></html>`;
    expect(day(html)).toBe("2020-05-01");
  });

  it("outvotes today's date printed in the site header", () => {
    const html = `<html><head><meta property="article:published_time" content="2020-04-28T10:57:00Z"></head><body><header class="site-header"><span class="date">29 April 2020</span></header><h1>Dam opens</h1><p class="dateline">28.04.2020</p></body></html>`;
    expect(day(html)).toBe("2020-04-28");
  });

  it("reads a UTC instant late in the day as the local day a second source writes", () => {
    const head = `<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">${ld({ datePublished: "2020-12-25T01:59:50+02:00" })}`;
    expect(day(`<html><head>${head}</head><body></body></html>`)).toBe("2020-12-25");
  });

  it("keeps the day of a datetime as written with its offset", () => {
    expect(day(`<html><head>${ld({ datePublished: "2020-03-01T23:30:00-05:00" })}</head><body></body></html>`)).toBe("2020-03-01");
  });

  it("rejects a future date and keeps the plausible one", () => {
    expect(day(`<html><head><meta name="pubdate" content="2031-01-01"></head><body></body></html>`)).toBeNull();
    const both = `<html><head><meta name="pubdate" content="2031-01-01"></head><body><div class="byline">Published 2 May 2020</div></body></html>`;
    expect(day(both)).toBe("2020-05-02");
  });

  it("uses a date in the URL only when a URL is given", () => {
    const html = `<html><body><h1>Dam opens</h1><p>No date here.</p></body></html>`;
    expect(day(html, "https://courier.example/2019/07/14/dam-opens")).toBe("2019-07-14");
    expect(day(html, "https://courier.example/news/202004281079127690-dam-opens/")).toBe("2020-04-28");
    expect(day(html)).toBeNull();
  });

  it("does not read WordPress 'status-publish' post classes as a date marker", () => {
    const html = `<html><body><article class="post status-publish format-standard"><div class="entry-content"><div>Mayor at the dam, France, January 16, 2020. Photo: Reuters</div><p>January 18, 2020</p><p>Text.</p></div></article></body></html>`;
    expect(day(html)).toBe("2020-01-18");
  });

  it("reads a dated line inside a wrapper whose class mentions captions when it holds the headline", () => {
    const html = `<html><body><div class="caption page"><h1>Dam opens</h1><span class="date"> 17/03/2020 </span></div></body></html>`;
    expect(day(html)).toBe("2020-03-17");
  });

  it("joins a date split across elements", () => {
    expect(day(`<html><body><div class="date"><span>21</span> <span>Jan</span> <span>2020</span></div></body></html>`)).toBe("2020-01-21");
  });
});

describe("extractPublishedDate: dates written in other languages", () => {
  const byline = (line: string) => `<html><body><h1>Brücke eröffnet</h1><div class="meta">${line}</div><p>Text.</p></body></html>`;
  it.each([
    ["German, day with a dot", "Veröffentlicht am 15. März 2024", "2024-03-15"],
    ["German, abbreviated month", "Mo, 4. Mrz. 2024 · 10:12 Uhr", "2024-03-04"],
    ["French", "Publié le 3 mars 2024 à 18h05", "2024-03-03"],
    ["Spanish", "Publicado el 7 de octubre de 2023", "2023-10-07"],
    ["Portuguese", "Publicado em 21 de fevereiro de 2022", "2022-02-21"],
    ["Italian", "Pubblicato il 9 settembre 2021", "2021-09-09"],
    ["Dutch", "Gepubliceerd op 12 mrt 2024", "2024-03-12"],
    ["Dutch, full month", "di 5 november 2019, 08:30", "2019-11-05"],
    ["numeric, day first with dots", "Stand: 28.04.2020", "2020-04-28"],
  ])("reads %s", (_label, line, want) => {
    expect(day(byline(line))).toBe(want);
  });

  it("reads a German date from a meta tag and a French one from the URL", () => {
    expect(day(`<html><head><meta name="date" content="2019-07-07T18:44:31+02:00"></head><body></body></html>`)).toBe("2019-07-07");
    expect(day(`<html><body><h1>Le pont</h1></body></html>`, "https://journal.example/actualite/2018/05/03/le-pont-ouvre")).toBe("2018-05-03");
  });

  it("does not read a figure with dots as a day (1.250.000 euros)", () => {
    expect(day(byline("Kosten: 1.250.000 Euro"))).toBeNull();
  });
});

describe("extractPublishedDate: page shapes", () => {
  it("reads a page whose server printed warnings before <html>", () => {
    const html = `<br />\n<b>Warning</b>: undefined constant in <b>x.php</b><br />\n<!DOCTYPE html><html lang="de"><head><meta property="article:published_time" content="2011-12-03T10:00:00+01:00"></head><body><h1>T</h1></body></html>`;
    expect(day(html)).toBe("2011-12-03");
  });

  it("reads a page whose <meta> sits outside <head>", () => {
    const html = `<!DOCTYPE html>\n<html lang="en">\n<meta charset="UTF-8" />\n<body><h1>T</h1><div class="byline">Published 4 June 2019</div></body></html>`;
    expect(day(html)).toBe("2019-06-04");
  });

  it("does not take a body class naming the layout's sidebar for a box of other stories", () => {
    const html = `<html><body class="one-sidebar sidebar-second"><div class="sidebar_content"><header class="node-header"><time datetime="2019-07-07T18:44:31+0200">7. Juli 2019</time></header><p>Text.</p></div></body></html>`;
    expect(day(html)).toBe("2019-07-07");
  });

  it("reads a microformat date kept in an <abbr title>", () => {
    const html = `<html><body><h2 class="date-header">Blog</h2><abbr class="published" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr></body></html>`;
    expect(day(html)).toBe("2011-03-30");
  });

  it("falls back to a date in a box named 'footer' only when the page has no other", () => {
    const alone = `<html><body><h1>T</h1><div class="footer"><time datetime="2020-01-27">27.01.2020</time></div></body></html>`;
    expect(day(alone)).toBe("2020-01-27");
    const withByline = `<html><body><h1>T</h1><div class="byline">Published 2 May 2020</div><div class="footer"><time datetime="2020-01-27">27.01.2020</time></div></body></html>`;
    expect(day(withByline)).toBe("2020-05-02");
  });

  it("does not move a midday UTC instant to the next day on a weak hint", () => {
    const head = `<meta property="article:published_time" content="2022-01-25T12:02:53+00:00">`;
    const html = `<html><head>${head}</head><body><header class="site-header"><span class="date">26.01.2022</span></header><h1>T</h1></body></html>`;
    expect(day(html)).toBe("2022-01-25");
  });
});

describe("extractPublishedDate: where the date sits and what the address says", () => {
  it("reads the date line under the headline even in a box named 'caption'", () => {
    const html = `<html><body><h1>Straßen erhalten statt neu bauen</h1><p class="rte-paragraph__caption">21. Januar 2022 | Mobilität</p><p>Text.</p><ul class="related"><li>12.01.2022</li></ul></body></html>`;
    expect(day(html)).toBe("2022-01-21");
  });

  it("does not take an archive's capture time in the address for the page's date", () => {
    const html = `<html><body><h1>T</h1><div class="date">26.05.2008</div></body></html>`;
    expect(day(html, "https://web.archive.org/web/20130307194448/http://blog.example/2008/05/post.html")).toBe("2008-05-26");
  });

  it("reads 02/10/2020 day first on a British page even on a .com host", () => {
    const html = `<html lang="en-gb"><body><h1>T</h1><span class="date">02/10/2020</span></body></html>`;
    expect(day(html, "https://www.news.example.com/uk/story")).toBe("2020-10-02");
    const xhtml = `<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><body><h1>T</h1><span class="date">02/10/2020</span></body></html>`;
    expect(day(xhtml, "https://www.news.example.com/uk/story")).toBe("2020-10-02");
  });
});

describe("extractPublishedDate: page stamps by kind (labels, story meta boxes, archive banners)", () => {
  it("reads a German 'Stand:' line as the page's date, not as a later modification", () => {
    const html = `<html><head><meta name="date" content="2021-03-10T09:00:00"></head><body><h1>Haushalt beschlossen</h1><p><span class="zeile">Stand: 09.03.2021 17:45 Uhr</span></p><p>Der Landtag hat am Dienstag den Haushalt beschlossen, die Opposition stimmte dagegen.</p></body></html>`;
    expect(day(html)).toBe("2021-03-09");
  });

  it("takes a visible 'updated' label over an event date told in the body", () => {
    const html = `<html><body><h1>Schulweg</h1><p>Seit dem 1. September 2015 gilt in der Stadt eine neue Regel für Schulwege, über die viele Eltern lange gestritten hatten.</p><p class="hinweis">Aktualisiert: 14.02.2017</p></body></html>`;
    expect(day(html)).toBe("2017-02-14");
  });

  it("keeps a published date when the page also shows an 'updated' label", () => {
    const html = `<html><body><h1>Schulweg</h1><div class="meta">Veröffentlicht am 3. Februar 2017</div><p>Text.</p><p>Zuletzt geändert: 14.02.2017</p></body></html>`;
    expect(day(html)).toBe("2017-02-03");
  });

  it("does not take a date in the story's opening sentences for a dateline", () => {
    const html = `<html><body><h1>Treffen der Gruppe</h1><p>Die Gruppe trifft sich wieder regelmäßig, und das nächste Treffen findet am Do. 12. März 2020 ab 18 Uhr im Gemeindehaus am Markt statt. Gäste sind willkommen.</p><div class="info"><span class="datum">27.02.2020</span></div></body></html>`;
    expect(day(html)).toBe("2020-02-27");
  });

  it("reads a date in a story's own footer or aside box, but not the page footer's", () => {
    const html = `<html><body><div class="news-single"><div class="article"><h3>Wettkampf verschoben</h3><p>Der Verband hat den Termin verschoben.</p><div class="footer"><time itemprop="datePublished" datetime="2022-02-01">01.02.2022</time></div></div></div><div class="footer">© 2023 Verband · Stand der Seite: 30.07.2023</div></body></html>`;
    expect(day(html)).toBe("2022-02-01");
    const drupal = `<html><body><article class="node"><h1>Titel</h1><aside class="meta"><time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside><p>Text.</p></article><section class="view-related">${["2013-12-13", "2020-07-06", "2023-09-19"]
      .map((d) => `<article class="teaser"><h1>Alt</h1><header><time itemprop="datePublished" datetime="${d}T10:00:00+02:00">${d}</time></header></article>`)
      .join("")}</section></body></html>`;
    expect(day(drupal)).toBe("2023-10-18");
  });

  it("uses a wiki's 'last modified' footer line when the page has no other date", () => {
    const html = `<html><body><h1>Stammtisch</h1><p>Der nächste Stammtisch ist am Mi. 5. Februar 2020 um 19 Uhr im Ratskeller, alle Interessierten sind herzlich eingeladen.</p><div id="footer"><ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li><li>© 2009–2020</li></ul></div></body></html>`;
    expect(day(html)).toBe("2020-01-29");
  });

  it("takes an hAtom 'updated' title when nothing else dates the post, and ignores the Wayback banner", () => {
    const html = `<html><body><div id="wm-ipp-base"><div id="wm-ipp"><td title="You are here: 12:10:40 Nov 10, 2013">10</td><span>Nov 10, 2013</span></div></div><div class="post"><h2>Mozart und die Schule</h2><span class="updated" title="2013-04-04T18:52:11+00:00"></span><p>Text ohne Datum.</p></div></body></html>`;
    expect(day(html, "https://web.archive.org/web/20131110121040/http://example.de/mozart/")).toBe("2013-04-04");
  });

  it("does not take a site-wide footer copyright or 'last updated' over the story's date", () => {
    const html = `<html><body><article><h1>Bridge reopens</h1><p class="byline">Published on 3 June 2019</p><p>The bridge reopened.</p></article><footer><p>© 2023 Example News. Site last updated 2 January 2023.</p></footer></body></html>`;
    expect(day(html)).toBe("2019-06-03");
  });
});

describe("extractPublishedDate: more written forms, labels and page furniture", () => {
  const meta = (line: string, lang = "de") =>
    `<html lang="${lang}"><body><h1>Neue Fähre über den See</h1><div class="meta">${line}</div><p>Die Gemeinde hat lange beraten, wie die Fähre betrieben werden soll, und am Ende entschieden.</p></body></html>`;
  it.each([
    ["German short year", "Stand: 14.02.23, 09:15 Uhr", "de", "2023-02-14"],
    ["English 'of' with ordinal", "Posted on the 9th of May, 2017", "en", "2017-05-09"],
    ["hyphenated month abbreviation", "09-May-2017", "en", "2017-05-09"],
    ["hyphenated German month", "3-Okt-2016", "de", "2016-10-03"],
    ["numbers with spaced bars", "22 | 03 | 2021", "de", "2021-03-22"],
    ["numbers with spaced slashes", "22 / 03 / 2021", "de", "2021-03-22"],
    ["Austrian month name", "05. Feber 2020", "de", "2020-02-05"],
    ["Swedish August", "5 augusti 2020", "sv", "2020-08-05"],
    ["Danish March", "5. marts 2020", "da", "2020-03-05"],
    ["Romanian", "Publicat la 12 noiembrie 2019", "ro", "2019-11-12"],
    ["German month glued to the day's dot", "Erschienen: 07.Juli 2018", "de", "2018-07-07"],
    ["abbreviated month glued on both sides", "7.Jul.2018", "de", "2018-07-07"],
    ["spaces after the dots", "Stand: 07. 07. 2018", "de", "2018-07-07"],
    ["single digits with spaces after the dots", "am 7. 7. 2018", "de", "2018-07-07"],
    ["no space after the comma", "Juli 7,2018", "de", "2018-07-07"],
    ["a log-style day/month/year", "07/Jul/2018", "en", "2018-07-07"],
  ])("reads %s", (_label, line, lang, want) => {
    expect(day(meta(line, lang))).toBe(want);
  });

  it("does not read version numbers or scores with dots as short dates", () => {
    expect(day(meta("Version 1.12.20 der App · Endstand 3.1.0"))).toBeNull();
    expect(day(meta("Firmware 10.4.22.1"))).toBeNull();
  });

  it.each([
    ["Gepostet am", "Gepostet am 3. Juni 2021 von Kim"],
    ["Geschrieben am", "Geschrieben am 03.06.2021"],
    ["Verfasst", "Verfasst von Lea am 3. Juni 2021"],
  ])("takes a '%s' line over an 'aktualisiert' one", (_label, line) => {
    const html = `<html lang="de"><body><h1>Fähre</h1><p class="x">Zuletzt bearbeitet: 9. Juli 2021</p><div class="info">${line}</div><p>Text.</p></body></html>`;
    expect(day(html)).toBe("2021-06-03");
  });

  it("does not take readers' dates from a box of comments named in German", () => {
    const notes = ["9. Mai 2021", "10. Mai 2021", "11. Mai 2021"].map((d) => `<div class="eintrag"><span class="datum">${d}</span> Leserin</div>`).join("");
    const html = `<html lang="de"><body><div class="inhalt"><p>Kurzmeldung ohne Überschrift.</p><span class="datum">3. Mai 2021</span></div><div id="kommentare">${notes}${notes}</div></body></html>`;
    expect(day(html)).toBe("2021-05-03");
  });

  it("does not take today's date from a clock box for the story's", () => {
    const html = `<html lang="de"><body><div class="kopf"><span id="uhr">Freitag, 18. März 2016</span></div><div class="box"><div class="boxkopf"><span>15. März 2016</span></div><p>Die Schule bekommt ein neues Dach.</p></div></body></html>`;
    expect(day(html)).toBe("2016-03-15");
    const en = `<html><body><div class="top"><div class="today-date">Friday, March 18, 2016</div></div><div class="panel"><span>March 15, 2016</span><p>The school gets a new roof.</p></div></body></html>`;
    expect(day(en)).toBe("2016-03-15");
    // A story's stamp whose class merely mentions the time is not a clock.
    const stamp = `<html lang="de"><body><h2>Dach</h2><span class="datum-uhr">15.03.2016 10:12</span><p>Die Schule bekommt ein neues Dach.</p><div class="spalte"><span class="datum">18.03.2016</span></div></body></html>`;
    expect(day(stamp)).toBe("2016-03-15");
  });

  it("breaks a tie between equally marked days by the one the page shows first", () => {
    const items = ["07.04.2022", "07.04.2022", "06.04.2022"].map((d) => `<div class="item"><div class="stamp">${d}</div><p>Meldung des Vereins.</p></div>`).join("");
    expect(day(`<html lang="de"><body>${items}</body></html>`)).toBe("2022-04-07");
    const stories = ["2022-03-30 10:15", "2022-04-02 08:00"].map((d) => `<div class="artikel"><ul><li class="artikeldatum"><time datetime="${d}">${d}</time></li></ul><p>Text.</p></div>`).join("");
    expect(day(`<html lang="de"><body>${stories}</body></html>`)).toBe("2022-03-30");
  });
});

describe("extractPublishedDate: event labels, named months in the address, the title as a last resort", () => {
  it.each([
    ["a German 'Termin' line", "Termin: 12.03.2020"],
    ["an events page's 'Veranstaltungsdatum'", "Veranstaltungsdatum: Donnerstag, 12.03.2020"],
    ["an English 'Event date'", "Event date: March 12, 2020"],
    ["a registration deadline", "Anmeldeschluss: 12.03.2020"],
    ["an offer's end", "gültig bis 12.03.2020"],
  ])("does not take %s, even above the post's own date, for the page's date", (_label, line) => {
    const html = `<html lang="de"><body><h2>Lesung im Rathaus</h2><div class="date">${line}</div><p>Die Autorin liest aus ihrem Roman, danach gibt es Fragen aus dem Publikum.</p><div class="date">05.02.2020</div></body></html>`;
    expect(day(html)).toBe("2020-02-05");
  });

  it("still dates a page by its event when it has no other date", () => {
    const html = `<html lang="de"><body><h2>Lesung</h2><div class="date">Termin: 12.03.2020</div><p>Die Autorin liest.</p></body></html>`;
    expect(day(html)).toBe("2020-03-12");
  });

  it("does not take an event date under the headline for a dateline", () => {
    const html = `<html><body><h1>Choir concert</h1><p>When: Saturday, 14 March 2020</p><p>The choir sings.</p><p class="posted">Posted 20 February 2020</p></body></html>`;
    expect(day(html)).toBe("2020-02-20");
    expect(day(html.replace("14 March 2020", "March 14, 2020"))).toBe("2020-02-20");
  });

  it("reads a month's name between the year and the day in the address", () => {
    const html = `<html><body><h1>Harbour</h1><p>The harbour reopened.</p></body></html>`;
    expect(day(html, "https://news.example.com/world/2021/apr/05/harbour-reopens")).toBe("2021-04-05");
    expect(day(html, "https://zeitung.example.de/lokales/2019/oktober/7/hafen")).toBe("2019-10-07");
    expect(day(html, "https://blog.example.de/2021/april/hafen/")).toBeNull();
  });

  it("reads a forum post's short date with slashes", () => {
    const html = `<html lang="de"><body><h1>Regeln</h1><p class="author">von mira am 17/08/15, 09:40 pm</p><div>Bitte lest die Regeln.</div></body></html>`;
    expect(day(html)).toBe("2015-08-17");
  });

  it("falls back to a date in the <title> only when nothing else dates the page", () => {
    expect(day(`<html><head><title>Protokoll der Sitzung vom 05.02.2020</title></head><body><p>Anwesend: alle.</p></body></html>`)).toBe("2020-02-05");
    expect(day(`<html><head><title>Rückblick auf den 05.02.2020</title></head><body><h1>Rückblick</h1><p class="datum">19.02.2020</p></body></html>`)).toBe("2020-02-19");
  });
});

describe("extractPublishedDate: the page's language and today's date", () => {
  it("reads 05/02/2020 day first on a .com page that declares German in its head or is written in it", () => {
    const body = `<body><h1>Regeln</h1><span class="date">05/02/2020</span><p>Hier steht, was im Forum gilt.</p></body>`;
    expect(day(`<html><head><meta property="og:locale" content="de_DE"></head>${body}</html>`, "https://forum.example.com/t1")).toBe("2020-02-05");
    expect(day(`<html><head><meta http-equiv="Content-Language" content="de"></head>${body}</html>`, "https://forum.example.com/t1")).toBe("2020-02-05");
    const german = `<html><body><h1>Regeln</h1><span class="date">05/02/2020</span><p>Das ist nicht die Regel, und der Admin mit dem Hut ist ein Freund der Mitglieder, und die Regeln sind das Wichtigste.</p></body></html>`;
    expect(day(german, "https://forum.example.com/t1")).toBe("2020-02-05");
    const english = `<html><body><h1>Rules</h1><span class="date">05/02/2020</span><p>This is the rule and the admin with the hat is a friend of the members, and the rules are the main thing.</p></body></html>`;
    expect(day(english, "https://forum.example.com/t1")).toBe("2020-05-02");
  });

  it("does not take a 'today is' line for the story's date", () => {
    const html = `<html lang="de"><body><div class="kopf"><p>Heute ist Freitag, 18. März 2016</p></div><div class="box"><p class="zeile">15. März 2016</p><p>Die Schule bekommt ein neues Dach.</p></div></body></html>`;
    expect(day(html)).toBe("2016-03-15");
    const en = `<html><body><div class="bar"><p>Today is Friday, March 18, 2016</p></div><div class="panel"><p class="line">March 15, 2016</p><p>The school gets a new roof.</p></div></body></html>`;
    expect(day(en)).toBe("2016-03-15");
  });
});

describe("extractPublishedDate: boxes named by their heading", () => {
  const box = (heading: string, days: string[]) => `<div><h3>${heading}</h3><ul>${days.map((d) => `<li><a href="#">Eine andere Meldung</a> <span>${d}</span></li>`).join("")}</ul></div>`;
  it.each([
    ["Neueste Beiträge", ["01.03.2020"]],
    ["Ähnliche Artikel", ["01.03.2020", "02.03.2020"]],
    ["Recent posts", ["March 1, 2020"]],
    ["More stories", ["March 1, 2020"]],
    ["3 Kommentare", ["01.03.2020"]],
  ])("does not take dates from a box headed '%s' without a telling class", (heading, days) => {
    const html = `<html><body>${box(heading, days)}<div class="main"><h2>Fähre fährt wieder</h2><p>12.02.2020</p><p>Die Fähre fährt wieder nach Plan.</p></div></body></html>`;
    expect(day(html)).toBe("2020-02-12");
  });

  it.each([["Neue Fähre für den See"], ["Kommentar: Die Fähre muss bleiben"], ["Comments on the budget, in brief"]])("still reads a box headed '%s', the story's own", (heading) => {
    const html = `<html><body><div><h3>${heading}</h3><p class="datum">12.02.2020</p><p>Die Fähre fährt.</p></div><div class="spalte"><p class="datum">19.02.2020</p></div></body></html>`;
    expect(day(html)).toBe("2020-02-12");
  });
});

describe("extractPublishedDate: the page's own issue line", () => {
  it.each([
    ["a numbered press release 'vom'", "Pressemitteilung Nr. 14/2020 vom 05.02.2020"],
    ["a German byline 'Von … am'", "Von Max Muster am 05.02.2020"],
    ["an English byline 'Posted by … on'", "Posted by Jo Smith on Wednesday, February 5, 2020"],
    ["a French byline 'Publié par … le'", "Publié par Anne Roy le 5 février 2020"],
  ])("takes %s over a marked date above it", (_label, line) => {
    const html = `<html lang="de"><body><h2>Buslinie</h2><div class="date">12.03.2020</div><p>Der Kreistag berät über die Buslinie.</p><p>${line}</p></body></html>`;
    expect(day(html)).toBe("2020-02-05");
  });

  it("does not read 'by the council on' in running text as a byline", () => {
    const html = `<html><body><h2>Bus line</h2><div class="date">March 12, 2020</div><p>The council met.</p><p>the vote was carried by the council on February 5, 2020 after a long debate in the chamber</p></body></html>`;
    expect(day(html)).toBe("2020-03-12");
  });
});

describe("extractPublishedDate: German box names", () => {
  it("reads an opinion piece in a box named 'kommentar' (the genre), not only readers' 'kommentare'", () => {
    const html = `<html lang="de"><body><div class="seitenkopf"><h1>Meinung: Die Fähre muss bleiben</h1></div><div class="kommentar"><p class="datum">05.02.2020</p><p>Ein Kommentar von Max.</p></div><div class="randspalte"><p class="datum">07.02.2020</p></div><div id="kommentare"><p class="datum">06.02.2020</p><p class="datum">08.02.2020</p></div></body></html>`;
    expect(day(html)).toBe("2020-02-05");
  });

  it("does not take the dates of a German sidebar ('randspalte', 'seitenleiste')", () => {
    for (const name of ["randspalte", "seitenleiste"]) {
      const html = `<html lang="de"><body><div class="${name}"><p class="datum">19.02.2020</p></div><div class="inhalt"><h2>Fähre</h2><p class="datum">12.02.2020</p><p>Text.</p></div></body></html>`;
      expect(day(html)).toBe("2020-02-12");
    }
  });

  it("does not take the dates of a box of coming events ('termine')", () => {
    const html = `<html lang="de"><body><div class="termine"><ul><li><span class="datum">12.03.2020</span> Lesung</li><li><span class="datum">15.03.2020</span> Konzert</li></ul></div><div class="inhalt"><p class="datum">05.02.2020</p><p>Text.</p></div></body></html>`;
    expect(day(html)).toBe("2020-02-05");
  });
});
