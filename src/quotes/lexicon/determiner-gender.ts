/**
 * Spanish, Portuguese, French and Italian mark a person noun's gender on its determiner: "esta vecina", "la
 * portavoz", "o deputado", "le porte-parole", "la sindaca". A description so marked cannot point back to a person
 * of the other gender ("esta vecina" is not David Campo). Elided and plural forms ("l'", "los") say nothing.
 */
export const DETERMINER_GENDER: Record<string, Record<string, 'm' | 'f'>> = {
  es: { el: 'm', la: 'f', este: 'm', esta: 'f', ese: 'm', esa: 'f', aquel: 'm', aquella: 'f', un: 'm', una: 'f', del: 'm' },
  pt: { o: 'm', a: 'f', este: 'm', esta: 'f', esse: 'm', essa: 'f', aquele: 'm', aquela: 'f', um: 'm', uma: 'f', do: 'm', da: 'f' },
  fr: { le: 'm', la: 'f', ce: 'm', cet: 'm', cette: 'f', un: 'm', une: 'f', du: 'm' },
  it: { il: 'm', lo: 'm', la: 'f', questo: 'm', questa: 'f', quel: 'm', quella: 'f', un: 'm', uno: 'm', una: 'f' },
};

/** Plural determiners: a description opening on one ("las autoridades", "les experts") is a group, never one named person. */
export const PLURAL_DETERMINERS: Record<string, Set<string>> = {
  es: new Set(['los', 'las', 'unos', 'unas', 'estos', 'estas', 'esos', 'esas', 'aquellos', 'aquellas']),
  pt: new Set(['os', 'as', 'uns', 'umas', 'estes', 'estas', 'esses', 'essas', 'aqueles', 'aquelas']),
  fr: new Set(['les', 'des', 'ces']),
  it: new Set(['i', 'gli', 'le', 'questi', 'queste', 'quei', 'quegli', 'quelle']),
};
