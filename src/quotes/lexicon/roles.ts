/**
 * Nouns about people and organisations, all languages together (they rarely collide): titles that
 * precede a name, role nouns that describe a speaker, words that make a name an organisation, and
 * the heads of unnamed-source descriptions. All lower-case.
 */

/** Titles and roles written before a name ("President Gustavo Petro", "la ministra Ana Redondo"). */
export const TITLE_WORDS = new Set([
  // en
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'ambassador', 'judge', 'justice', 'attorney', 'general',
  'gen', 'lt', 'col', 'colonel', 'major', 'captain', 'capt', 'sgt', 'sergeant', 'officer', 'detective', 'chief',
  'director', 'ceo', 'cfo', 'cto', 'chair', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder',
  'cofounder', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'superintendent', 'sheriff', 'coach',
  'manager', 'pope', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'lord', 'lady', 'sir', 'dame', 'dr',
  'doctor', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'rev', 'reverend', 'father', 'bishop', 'cardinal',
  'rabbi', 'imam', 'sheikh', 'leader', 'speaker', 'deputy', 'assistant', 'associate', 'executive', 'head', 'dean',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'lawmaker', 'treasurer', 'auditor', 'comptroller',
  'premier', 'emir', 'crown', 'first', 'former', 'acting', 'interim', 'senior', 'state', 'district', 'minority',
  'majority', 'house', 'senate', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health', 'labor', 'labour',
  'justice', 'homeland', 'security', 'education', 'economy', 'trade', 'energy', 'counsel', 'analyst', 'economist',
  'researcher', 'scientist', 'author', 'actor', 'actress', 'singer', 'rapper', 'star', 'player', 'striker',
  'goalkeeper', 'midfielder', 'defender', 'owner', 'partner', 'candidate', 'nominee', 'activist', 'lawyer',
  'editor', 'reporter', 'journalist', 'host', 'anchor', 'commander', 'admiral', 'marshal', 'mp', 'mep', 'u.s', 'us',
  // es / pt / it / fr / de
  'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'ministro', 'ministra', 'secretario', 'secretaria',
  'senador', 'senadora', 'diputado', 'diputada', 'deputado', 'deputada', 'gobernador', 'gobernadora', 'governador',
  'governadora', 'alcalde', 'alcaldesa', 'prefeito', 'prefeita', 'canciller', 'chanceler', 'juez', 'jueza', 'juiz',
  'juíza', 'fiscal', 'portavoz', 'porta-voz', 'consejero', 'consejera', 'director', 'directora', 'diretor',
  'diretora', 'jefe', 'jefa', 'líder', 'don', 'doña', 'sr', 'sra', 'dom', 'papa', 'rey', 'reina', 'príncipe',
  'princesa', 'premier', 'président', 'présidente', 'ministre', 'secrétaire', 'sénateur', 'sénatrice', 'député',
  'députée', 'maire', 'porte-parole', 'directeur', 'directrice', 'chef', 'm', 'mme', 'maître', 'me', 'präsident',
  'präsidentin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'minister', 'ministerin',
  'ministerpräsident', 'ministerpräsidentin', 'bürgermeister', 'bürgermeisterin', 'sprecher', 'sprecherin',
  'chefin', 'direktor', 'direktorin', 'herr', 'frau', 'presidente', 'ministro', 'sindaco', 'sindaca', 'onorevole',
  'portavoce', 'segretario', 'segretaria', 'governatore', 'governatrice', 'sig', 'sig.ra', 'dott', 'dottor',
  'avvocato', 'professore', 'professoressa', 'cancelliere', 'primo', 'prima', 'ex', 'exministro', 'exministra',
]);

/** Words that make a capitalised name an organisation or a group rather than a person. */
export const ORGANISATION_WORDS = new Set([
  'ministry', 'department', 'agency', 'office', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'group',
  'party', 'university', 'college', 'school', 'institute', 'institution', 'police', 'council', 'committee',
  'commission', 'association', 'union', 'federation', 'government', 'administration', 'court', 'bank', 'campaign',
  'foundation', 'center', 'centre', 'organization', 'organisation', 'board', 'authority', 'service', 'services',
  'house', 'senate', 'congress', 'parliament', 'army', 'navy', 'force', 'forces', 'club', 'team', 'network', 'news',
  'times', 'post', 'press', 'agency', 'bureau', 'coalition', 'alliance', 'league', 'fund', 'trust', 'society',
  'movement', 'front', 'hospital', 'museum', 'airlines', 'airways', 'motors', 'technologies', 'labs', 'studios',
  'ministerio', 'ministério', 'gobierno', 'governo', 'partido', 'policía', 'polícia', 'tribunal', 'corte',
  'consejo', 'conselho', 'comisión', 'comissão', 'universidad', 'universidade', 'empresa', 'junta', 'ayuntamiento',
  'prefeitura', 'fundación', 'fundação', 'instituto', 'agencia', 'agência', 'ministère', 'gouvernement', 'parti',
  'conseil', 'commission', 'université', 'société', 'ministerium', 'regierung', 'partei', 'polizei', 'gericht',
  'bundesregierung', 'rat', 'verband', 'institut', 'ministero', 'governo', 'partito', 'polizia', 'consiglio',
  'commissione', 'università', 'società', 'procura', 'fiscalía', 'guardia', 'ejército', 'exército', 'unión',
  'union', 'europea', 'nations', 'unidas', 'unies', 'campaign', 'spokesperson',
]);

/** Words that make a capitalised name a place: never the antecedent of "he" or "she". */
export const PLACE_WORDS = new Set([
  'strip', 'city', 'street', 'county', 'river', 'island', 'islands', 'mountain', 'mountains', 'valley', 'bay', 'area',
  'coast', 'sea', 'ocean', 'north', 'south', 'east', 'west', 'state', 'states', 'republic', 'kingdom', 'province',
  'region', 'airport', 'station', 'square', 'park', 'road', 'avenue', 'bank', 'gulf', 'lake', 'desert', 'beach',
  'america', 'europe', 'africa', 'asia', 'york', 'angeles', 'francisco', 'carolina', 'dakota', 'jersey', 'hampshire',
  'calle', 'ciudad', 'provincia', 'comunidad', 'río', 'rio', 'ville', 'rue', 'stadt', 'straße', 'città', 'via',
]);

/** Heads of descriptions that stand for an unnamed individual: no name is ever invented for them. */
export const UNNAMED_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'witness', 'witnesses', 'resident', 'residents',
  'aide', 'aides', 'insider', 'insiders', 'man', 'woman', 'friend', 'neighbor', 'neighbour', 'observer', 'expert',
  'experts', 'critic', 'critics', 'analyst', 'analysts', 'worker', 'workers', 'protester', 'protesters', 'voter',
  'voters', 'fuente', 'fuentes', 'testigo', 'testigos', 'vecino', 'vecina', 'vecinos', 'fonte', 'fontes',
  'morador', 'moradores', 'source', 'témoin', 'témoins', 'habitant', 'proche', 'quelle', 'quellen', 'zeuge',
  'zeugin', 'fonte', 'testimone', 'residente', 'persona', 'pessoa', 'personne', 'participante', 'participant',
]);

/** Spokesperson nouns: "a Google spokeswoman" and "a spokesman for the ministry" speak for the organisation. */
export const SPOKESPERSON_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'portavoz', 'porta-voz',
  'porte-parole', 'sprecher', 'sprecherin', 'portavoce', 'statement', 'comunicado', 'nota', 'communiqué',
]);

/** Words that tell a person's gender, for pronoun resolution. */
export const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'madam', 'queen', 'princess', 'duchess', 'lady', 'dame', 'actress', 'spokeswoman',
  'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'woman', 'mother', 'wife', 'daughter', 'sister',
  'grandmother', 'girl', 'sra', 'doña', 'señora', 'presidenta', 'ministra', 'senadora', 'diputada', 'deputada',
  'gobernadora', 'governadora', 'alcaldesa', 'prefeita', 'jueza', 'juíza', 'directora', 'diretora', 'secretaria',
  'jefa', 'reina', 'mme', 'madame', 'présidente', 'sénatrice', 'députée', 'directrice', 'frau', 'präsidentin',
  'bundeskanzlerin', 'kanzlerin', 'ministerin', 'ministerpräsidentin', 'bürgermeisterin', 'sprecherin', 'chefin',
  'direktorin', 'sindaca', 'governatrice', 'segretaria', 'professoressa', 'sig.ra', 'signora',
]);
export const MALE_WORDS = new Set([
  'mr', 'sir', 'king', 'prince', 'duke', 'lord', 'actor', 'spokesman', 'chairman', 'congressman', 'councilman',
  'businessman', 'man', 'father', 'husband', 'son', 'brother', 'grandfather', 'boy', 'sr', 'don', 'señor', 'rey',
  'príncipe', 'herr', 'signor', 'sig', 'monsieur', 'pope', 'papa', 'rabbi', 'imam', 'sheikh', 'bishop', 'cardinal',
]);
