/** German attribution lexicon. */
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  lang: 'de',
  speechVerbs: [
    'sagte', 'sagt', 'gesagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb',
    'schreibt', 'ergänzte', 'ergänzt', 'kritisierte', 'kritisiert', 'warnte', 'warnt', 'erläuterte', 'erläutert',
    'berichtete', 'berichtet', 'äußerte', 'bekräftigte', 'unterstrich', 'antwortete', 'fragte', 'fragt', 'forderte',
    'fordert', 'räumte ein', 'fügte hinzu', 'teilte mit', 'hieß es', 'heißt es', 'versicherte', 'verspricht',
    'versprach', 'mahnte', 'mahnt', 'kommentierte', 'twitterte', 'postete', 'zitiert', 'bilanzierte', 'klagte',
    'beklagte', 'stellte klar', 'sprach', 'spricht', 'findet', 'fand', 'glaubt', 'gab zu', 'resümierte', 'rief',
  ],
  participles: [],
  sourcePrepositions: ['laut', 'zufolge', 'nach angaben', 'so'],
  channelPhrases: ['in einer mitteilung', 'in einer erklärung', 'in einem interview', 'auf x', 'auf twitter', 'im interview'],
  skippable: ['hat', 'hatte', 'habe', 'hätte', 'auch', 'noch', 'dann', 'bereits', 'schon', 'nun', 'jetzt', 'zudem', 'weiter', 'dazu', 'am', 'dem'],
  pronouns: {
    er: { gender: 'm', number: 's' }, sie: { gender: 'f', number: 's' }, ich: { gender: 'x', number: 's' },
    wir: { gender: 'x', number: 'p' }, man: { gender: 'x', number: 's' },
  },
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'sein', 'seine', 'ihr', 'ihre'],
  indefinites: ['ein', 'eine', 'einer', 'eines'],
  workNouns: ['buch', 'roman', 'film', 'serie', 'lied', 'song', 'album', 'stück', 'sendung', 'dokumentation', 'artikel', 'kolumne', 'titel', 'namens', 'kampagne', 'slogan', 'ausstellung', 'gedicht', 'zeitung', 'magazin', 'gesetz', 'podcast', 'studie', 'motto'],
  termMarkers: ['sogenannte', 'sogenannten', 'sogenannter', 'so genannte', 'begriff', 'wort', 'ausdruck', 'genannt', 'bezeichnet', 'als'],
  nameConnectors: ['von', 'van', 'der', 'den', 'de', 'zu', 'für'],
  capitalisedStopwords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'aber', 'oder', 'in', 'im', 'mit', 'von', 'für', 'auf',
    'an', 'am', 'zu', 'zum', 'zur', 'bei', 'nach', 'vor', 'wenn', 'als', 'ob', 'dass', 'doch', 'auch', 'so', 'es', 'er',
    'sie', 'wir', 'ich', 'man', 'dies', 'diese', 'dieser', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
    'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember', 'nicht', 'ja', 'nein', 'was', 'wer', 'wie', 'wo', 'laut', 'seit', 'gegen',
    'über', 'unter', 'zwischen', 'alle', 'jeder', 'sein', 'seine', 'ihr', 'ihre', 'doch', 'denn', 'noch',
  ],
};
