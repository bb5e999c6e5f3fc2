// The words around a written date that say what it is: the page's own publication or update
// stamp, an event the story tells of, the start of a span, or today's date printed on every page.

export const MODIFIED_HINT = /modif|updat|actualiz|aktualisiert|atualiz|mis à jour|mise à jour|обновл|edited|revised|zuletzt|geändert|letzte änderung|bearbeitet|bijgewerkt|gewijzigd|aggiornat/i;
// "Veröffentlicht am", "Publié le", "Pubblicato il", "Publicado el/em", "Gepubliceerd op": the word, then maybe a preposition.
export const PUBLISHED_WORDS = /(publi\w*|posted|issued|erschienen|veröffentlicht|stand|erstellt|eingestellt|gepostet|geschrieben|verfasst|online seit|geplaatst|mis en ligne|опубликовано|publicado|pubblicato|gepubliceerd|first published|published on|date|datum)\s*:?\s*(?:(?:am|vom|le|du|il|del|el|em|op|on|at)\s*)?$/i;

/** A date after these words is the start or end of a span the story tells of ("Seit dem 1. September 2015 gilt …"). */
export const SPAN_WORD = /\b(seit|since|bis|until|till|ab|from|vor|nach|before|after|depuis|jusqu'au|desde|hasta|dal|fino al|sinds|tot)\s+(?:(?:dem|den|der|the|le|el|il)\s+)?$/i;

/**
 * A date after these labels is when something happens or ends, not when the page was written:
 * "Termin: 12.03.2020", "Veranstaltungsdatum", "Anmeldeschluss", "gültig bis", "Event date:", "Deadline:",
 * "When:", "born on". Such a date still dates a page that has no other.
 */
export const EVENT_WORD =
  /(\btermine?|veranstaltung\w*|(?:anmelde|einsende|bewerbungs|melde|annahme|abgabe)schluss|\bfrist|gültig(?:\s+(?:bis|ab))?|\bwann|geboren|gestorben|\bevent(?:\s+date)?|\bdeadline|\bdue|\bwhen|\bborn|\bdied|\bexpires?|valid\s+(?:until|through|from)|date\s+of\s+(?:the\s+)?event|\bdate\s+limite|\bfecha\s+límite|\bscadenza)\s*:?\s*(?:(?:am|vom|den|dem|zum|on|the|le|el|il)\s+)?(?:\p{L}{2,10}\.?,?\s+){0,2}$/iu;

/** A label saying the date is today's ("Heute ist", "Today is", "Aujourd'hui"), then maybe a weekday. */
export const TODAY_WORD = /\b(?:heute(?:\s+ist)?|today(?:\s+is)?|aujourd'hui|hoy(?:\s+es)?|oggi(?:\s+è)?|vandaag)\s*:?\s*(?:\p{L}{2,10}\.?,?\s+){0,2}(?:(?:der|den|the|le|el|il)\s+)?$/iu;

/**
 * A date the page gives as its own issue: "Pressemitteilung Nr. 14 vom 05.02.2020", "Beitrag vom …",
 * a byline "Posted by Jo Smith on …", "Von Max Muster am …", "Publié par Anne le …".
 */
export const ISSUED_AS =
  /(?:\b(?:[Pp]resse(?:mitteilung|meldung|information)|[Mm]itteilung|[Mm]eldung|[Aa]rtikel|[Bb]eitrag|[Nn]achricht|[Ss]endung|[Nn]ewsletter|[Aa]usgabe|[Rr]undschreiben|[Ss]tellungnahme)\p{L}*(?:\s+(?:[Nn]r\.?|[Nn]o\.?)\s*[\d/.-]+)?\s+vom|\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]ubmitted|[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Dd]oor)\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:on|am|le|el|il|op))\s*:?\s*(?:\p{L}{2,10}\.?,?\s+){0,2}$/u;

/** A text that opens with its date's label: "Stand: 28.04.2020 18:00 Uhr" (German news's dateline), "Publié le …". */
export const PUBLISHED_START = /^(publi\w*|posted|publicado|pubblicato|stand|veröffentlicht|erschienen|erstellt|gepostet|geschrieben|verfasst|gepubliceerd|geplaatst)\b/i;
