/**
 * Articles and subject pronouns that open a sentence, in the six languages: after a full stop typed without its space
 * ("sagte Jana Muster.Der Vorsitzende …", "said Jane Doe.The mayor …") one of these shows a new sentence, where a
 * capitalised word there may be a dotted name ("Kranich.Werft", "Booking.Com"). Lower-case. Only words of three letters
 * or more that are nothing else: a one- or two-letter part ("A", "Le", "Es") or a word that is also a name or a noun
 * ("Man", "Den") is as often the second half of a dotted name.
 */
export const RUN_ON_OPENERS = new Set([
  // German
  'der',
  'die',
  'das',
  'dem',
  'ein',
  'eine',
  'sie',
  'wir',
  'ich',
  // The conjunction "Als" ("when") opens a German sentence and is no name part.
  'als',
  // English
  'the',
  'she',
  'they',
  // Romance
  'los',
  'las',
  'les',
  'elle',
  'ella',
  'ele',
  'ela',
  'gli',
]);
