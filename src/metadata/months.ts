/**
 * Month names as news pages print them, in the languages of the publishers onrecord reads (full
 * names, genitive forms where a language declines them, and the usual abbreviations), each mapped
 * to its month number. Keys are lower-case without a trailing period.
 */
const MONTHS: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'jän', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'stycznia', 'styczeń', 'ocak', 'января', 'январь', 'sausio', 'leden', 'ledna'],
  2: ['february', 'feb', 'februar', 'février', 'févr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'lutego', 'luty', 'şubat', 'февраля', 'февраль', 'vasario', 'únor', 'února'],
  3: ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'março', 'maart', 'marts', 'marca', 'marzec', 'mart', 'марта', 'март', 'kovo', 'březen', 'března'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'nisan', 'апреля', 'апрель', 'balandžio', 'duben', 'dubna'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'мая', 'май', 'gegužės', 'květen', 'května'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'haziran', 'июня', 'июнь', 'birželio', 'červen', 'června'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'temmuz', 'июля', 'июль', 'liepos', 'červenec', 'července'],
  8: ['august', 'aug', 'août', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'ağustos', 'августа', 'август', 'rugpjūčio', 'srpen', 'srpna'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'eylül', 'сентября', 'сентябрь', 'rugsėjo', 'září'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'ekim', 'октября', 'октябрь', 'spalio', 'říjen', 'října'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'kasım', 'ноября', 'ноябрь', 'lapkričio', 'listopadu'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'aralık', 'декабря', 'декабрь', 'gruodžio', 'prosinec', 'prosince'],
};

export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTHS).flatMap(([month, names]) => names.map((name) => [name, Number(month)] as const)),
);
