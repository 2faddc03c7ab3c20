/**
 * Words and names the metadata modules look for, in one place, with what each is for.
 */

/** Class or id names of a byline element (tested lower-cased). */
export const BYLINE_NAME =
  /byline|(?:^|[\s_-])(?:author|authors|author-name|writtenby|written-by|p-author|autor|auteur|credits?-author)(?:$|[\s_-])/;
/** A camelCase class name with "Author" as one of its words ("metaInfoAuthorList", "postAuthor"), tested as written. */
export const BYLINE_CAMEL_NAME = /[a-z]Authors?(?:[A-Z]|$)/;

/**
 * What comes before the names in a byline: "By", "Written by", "Par", "Von", "Por", "Di", "Door", "Av",
 * a kind of piece in German and Spanish newsrooms' style ("Ein Kommentar von", "Escrito por"), or a
 * label with a colon ("Autor:", "Text:", "Texto:", "Tekst:", "Текст:", "Auteur :").
 */
export const BYLINE_PREFIX =
  /^(?:(?:(?:written|posted|reported|reporting|story|text|words|photos?|escrito|publicado|redactado|écrit|scritto|napisane|geschrieben|(?:ein(?:e)? )?(?:kommentar|analyse|gastbeitrag|interview|essay|kolumne|glosse|reportage))(?: ?: ?| ))?(?:by|par|von|por|di|door|av|af|przez|автор|от)(?: ?: ?| )|(?:autor(?:in|en|innen)?|authors?|auteure?s?|autore|autori|autora|autores|text|texto|tekst|testo|текст|redaktion|redacción|reporter|napisał(?:a)?)(?: ?: ?))/i;

/**
 * Between two names: "A and B", "A & B", "A, B", "A; B", "A und B", "A y B", "A et B", "A e B", and
 * the Dutch, Scandinavian, Polish and Russian "and" ("A en B", "A og B", "A och B", "A i B", "A и B"),
 * those only before a full name: a Catalan double surname joins with "i" ("Puig i Serra"); and a
 * slash before a last full name ("Ana Ruiz/Leo Park"), not before an agency ("Ana Ruiz/dpa").
 */
export const NAME_SEPARATOR =
  /[,;]| (?:and|AND|And|und|UND|y|Y|et|ET|e|E|&) | (?:en|og|och|i|и) (?=\p{Lu}[\p{L}'’.-]* \p{Lu})| ?\/ ?(?=\p{Lu}[\p{L}'’.-]* \p{Lu}[\p{L}'’.-]*(?:$| ?\/))/u;

/** A credit in a byline that is not authorship: "Editing by …", "Graphics by …". */
export const NON_AUTHOR_CREDIT = /^(?:edit(?:ed|ing)|produced|graphics|illustrations?|video|fact-checked) by /i;
/** The same credit after the author's name ("Ana Ruiz Edited by Leo Park"): where the name ends. */
export const LATER_CREDIT = / (?:edit(?:ed|ing)|produced|graphics|illustrations?|video|fact-checked) by /i;
/**
 * A date line's word run on after the name, as Gannett bylines show it ("Ana Ruiz Published 3:25 p.m. ET"),
 * and the "Last Updated" line of many CMS themes ("Ana Ruiz Last Updated: …").
 */
export const LATER_DATELINE = / (?:Last [Uu]pdated|Published|Updated|Posted)\b/;
/**
 * An author box's link to the author's page, run on after the name ("Ana Ruiz Alle Artikel",
 * "Ana Ruiz View all posts", "Ana Ruiz Follow"): where the name ends.
 */
export const LATER_CALL_TO_ACTION =
  / (?:Alle (?:Artikel|Beiträge)|All (?:articles|posts|stories)|View (?:all|profile)|See all|More (?:articles |stories |posts )?(?:by|from)|Follow|Folgen|Ver todos|Ver más|Voir (?:tous|plus)|Tous (?:les|ses) articles)\b/;
/**
 * The preposition that introduces a byline's date ("By Ana Ruiz on May 4", "Von Ana Ruiz am 4. Mai",
 * "Par Ana Ruiz le 4 mai", "Por Ana Ruiz el 4 de mayo"), left at the name's end once the date is cut.
 */
export const DATE_PREPOSITION_AT_END = / (?:on|am|le|el|em|il|op|den|dnia)$/;

/** Values that sit where a name goes but are not one: roles, dates and times, calls to action. */
export const NOT_A_NAME =
  /^(?:by|staff|admin|administrator|editor|editorial|contributor|guest|anonymous|unknown|follow|share|more|view|see|posted|updated|published|facebook|twitter|instagram|linkedin|email|e-mail|reporter|correspondent)$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|^\d{1,2}[/.]\d{1,2}|^(?:updated|published|posted|last updated|follow)\b|^\d{1,2}:\d{2}(?!\d)|^no author$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Words that start a copyright line besides "©". */
export const COPYRIGHT_START = /^(?:©|\(c\)\s|copyright\b|&copy;)/i;

/** Class or id names of a photo credit inside a caption. */
export const CREDIT_NAME =
  /(?:^|[\s_-])(?:credit|credits|copyright|source|photographer|attribution|byline|caption-credit|image-credit|photo-credit|media-credit)(?:$|[\s_-])/;

/** A credit written into a caption: "Photo: X", "(Credit: X)", "Image: X", "Foto: X". */
export const CREDIT_LABEL =
  /(?:^|[\s(])(?:photo|photograph|image|picture|credit|foto|bild|imagen|source|photo credit|image credit)s?\s*(?:by|:)\s*/i;

/** A line that starts with a numeric date: "05/10/2018 - Publicado por: …", "19.11.2019 10:32". */
export const NUMERIC_DATE_START = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** A block that is only a date line: "Updated Nov 19, 9:41 AM", "Published 3 hours ago". */
export const DATELINE_START =
  /^(?:updated|published|posted|last updated|modified|date|aktualisiert|publicado|actualizado|publié|mis à jour)\b/i;

/** Class or id names of an element showing the article's date (tested lower-cased). */
export const DATE_NAME =
  /(?:^|[\s_-])(?:date|dates|datum|fecha|published|pubdate|posted-on|timestamp|datetime|dateline|entry-date|publish-date|post-date|article-date)(?:$|[\s_-])/;
/** Class or id names of a last-modified date, which is not the publication date. */
export const MODIFIED_NAME = /updated|modified|aktualisiert|actualizad/;

/** A month name followed by a day: where a byline's date starts ("Joshua Sokol May 20"). */
export const DATE_IN_BYLINE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

/** A photo credit on its own line, "Photographer/ Agency" style: "Gustavo Petro/ X", "AFP/Getty Images". */
export const PHOTO_CREDIT_LINE = /^\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,3} ?\/ ?\p{L}[\p{L}.-]*(?: [\p{L}.-]+){0,3}$/u;

/** Job titles that follow a name in a byline ("Ben Silverman Games Editor"). */
export const ROLE_NOUN = /^(?:editor|writer|reporter|correspondent|contributor|columnist|producer|analyst|critic|journalist)s?$/i;
/**
 * A job title written after the name without a break, in Korean, Japanese and Chinese bylines
 * ("홍길동 기자", "山田太郎記者"): reporter, correspondent, editorial writer, editor.
 */
export const ROLE_SUFFIX = / ?(?:선임기자|기자|특파원|논설위원|편집위원|記者|特派員|记者|编辑|編集委員)$/u;
/** Words that qualify a job title ("Senior", "Games", "Staff"). */
export const ROLE_QUALIFIER =
  /^(?:senior|staff|deputy|chief|managing|contributing|associate|executive|assistant|political|politics|sports|science|tech|technology|business|news|features|games|gaming|entertainment|health|legal|foreign|national|local|digital|special)$/i;
