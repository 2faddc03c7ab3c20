/** The shape of one language's attribution lexicon. All words are lower-case. */
export interface Lexicon {
  /** BCP 47 primary language tag. */
  lang: string;
  /**
   * Speech verbs and cue phrases in any inflection the language uses in news copy. A multi-word
   * entry ("pointed out") is matched token by token. The speaker is the subject: "X said", "said X".
   */
  speechVerbs: string[];
  /**
   * Participles and gerunds whose subject is the clause's subject, earlier in the sentence:
   * "Petro …, saying it was …".
   */
  participles: string[];
  /** Prepositions that introduce the source after them: "according to X", "según X". */
  sourcePrepositions: string[];
  /** Phrases that name the channel, not the speaker: "in a statement". Kept as the cue when present. */
  channelPhrases: string[];
  /** Words that may stand between subject and verb: auxiliaries and adverbs ("has", "also"). */
  skippable: string[];
  /** Personal pronouns that can be a speaker, with gender (m/f/x) and number (s/p). */
  pronouns: Record<string, { gender: 'm' | 'f' | 'x'; number: 's' | 'p' }>;
  /** Determiners that open a description ("the senator", "el presidente"). */
  determiners: string[];
  /** Indefinite determiners: a description opened by one is an unnamed source ("a source"). */
  indefinites: string[];
  /** Nouns that introduce the title of a work: the quoted words after them are a title, not speech. */
  workNouns: string[];
  /** Words that announce a quoted term, not speech ("so-called", "the word"). */
  termMarkers: string[];
  /** Connectors allowed inside a proper name or an organisation's name ("of", "de"). */
  nameConnectors: string[];
  /** Days and times that may stand between a subject and its verb ("Priebus on Thursday told"). */
  timeWords: string[];
  /**
   * Weekdays the language writes lower-case (Spanish, Portuguese, French, Italian): capitalised where no
   * sentence begins, such a word is a first name ("el alcalde, Domingo Fernández"), not a day. Empty for
   * languages that capitalise weekdays (English, German).
   */
  lowerCaseWeekdays: string[];
  /** Capitalised words that begin sentences but are never names ("The", "However"). */
  capitalisedStopwords: string[];
}
