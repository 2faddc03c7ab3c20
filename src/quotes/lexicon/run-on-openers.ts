/**
 * Articles and subject pronouns that open a sentence, in the six languages: after a full stop typed without its space
 * ("sagte Jana Muster.Der Vorsitzende …", "said Jane Doe.The mayor …") one of these shows a new sentence, where a
 * capitalised word there may be a dotted name ("Seiten.Verkehrt", "Booking.Com"). Lower-case.
 */
export const RUN_ON_OPENERS = new Set([
  // German
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'er',
  'sie',
  'es',
  'wir',
  'ich',
  'man',
  'als',
  // English
  'the',
  'a',
  'he',
  'she',
  'it',
  'they',
  'we',
  // Romance
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'il',
  'elle',
  'ella',
  'o',
  'os',
  'as',
  'ele',
  'ela',
  'lo',
  'gli',
]);
