/** Words that may stand around a date in embed attributions and are not part of it. */

/** Connectors and era marks around localized long dates ("3 de febrero de 2026", "24 марта 2019 г.", "at", "um"). */
export const DATE_FILLER_WORDS = new Set([
  'de', 'del', 'd', 'of', 'the', 'on', 'at', 'am', 'um', 'uhr', 'à', 'a', 'le', 'el', 'em', 'en', 'op', 'il', 'alle',
  'г', 'гг', 'р', 'e', 'ko', 'an', 'von', 'um', 'h', 'kl', 'klo', 'klockan', 'kello', 'o', 'в', 'о', 'saat',
]);

/** Weekday names (Facebook dates carry them): allowed before or after a date, never a date on their own. */
export const WEEKDAY_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
]);

/** Time-zone abbreviations that embed codes print after a time (Instagram: "2:10am PDT"), in minutes east of UTC. */
export const ZONE_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, pst: -480, pdt: -420, mst: -420, mdt: -360, cst: -360, cdt: -300, est: -300, edt: -240,
  bst: 60, cet: 60, cest: 120, mez: 60, mesz: 120, eet: 120, eest: 180, msk: 180, ist: 330, jst: 540, aest: 600, aedt: 660,
};

/** Inflections that glue onto month names: Hebrew "ב" ("in", "3 בפברואר"), Basque genitive "-aren" ("otsailaren"). */
export const MONTH_PREFIXES = ['ב'];
export const MONTH_SUFFIX_REWRITES: ReadonlyArray<readonly [suffix: string, replacement: string]> = [['aren', 'a']];
