/**
 * The public output types of onrecord.
 *
 * Fields that the page does not carry are absent, never guessed. Dates are ISO 8601 strings;
 * URLs are absolute `http(s)` URLs; ids are strings (tweet ids exceed 2^53).
 */

/** Options accepted by `extract` and `extractFromTree`. */
export interface ExtractOptions {
  /** The page's own URL: the base for relative links, and `Article.url`. */
  url?: string | null | undefined;
  /**
   * Read at most this many UTF-8 bytes of the HTML; the rest is cut off with an `input-truncated`
   * warning. Default 10 MiB (10,485,760). `Infinity` reads everything. (`maxBytes` and
   * `maxElements` act while `extract` parses; `extractFromTree` reads the tree it is given.)
   */
  maxBytes?: number | undefined;
  /**
   * Read at most this many elements, in document order; the rest is dropped with an
   * `elements-truncated` warning. Default 100,000. `Infinity` reads everything.
   */
  maxElements?: number | undefined;
  /**
   * Milliseconds `extract` may spend. Once they are spent, the stages not yet run (embeds,
   * metadata, tags, related links, quotes) are skipped, each with a `time-budget-exceeded` warning;
   * the article text is always returned. Default 10,000. `Infinity` turns the budget off.
   */
  timeBudgetMs?: number | undefined;
}

/** A person or organisation credited as an author of the article. */
export interface Author {
  name: string;
  url?: string;
}

/** The article's lead image. */
export interface LeadImage {
  url: string;
  caption?: string;
  /** The photo credit, e.g. "Gustavo Petro/ X" or "Reuters". */
  credit?: string;
}

/** Who a quote is attributed to. */
export interface Speaker {
  /** The resolved full name ("Donald Trump", "Colombia's Foreign Ministry"); absent when unknown. */
  name?: string;
  /** The words naming the speaker where the quote is attributed ("he", "Trump", "a source"). */
  mention?: string;
  /** A title or role split off the name ("Colombian President"). */
  title?: string;
  /** The social handle (without @) when the speaker authored a social embed on the page. */
  handle?: string;
  /**
   * How the speaker was found; present with `name`. Keep only `'named'` for explicit attributions.
   * - `'named'`: the attribution's own words name them ("Ana Ruiz said", "said the Foreign Ministry").
   * - `'resolved'`: the attribution's pronoun, surname or description ("she", "Ruiz", "the minister") was read as
   *   the person the article named so, or a repeated quote took the attribution of its first appearance.
   * - `'continued'`: carried over from the quote before, the quote having no attribution of its own.
   * - `'format'`: the page's layout says it: an interview's answers, a credit line under the quote, a name label.
   */
  via?: SpeakerVia;
}

/** How a speaker was found: see `Speaker.via`. */
export type SpeakerVia = 'named' | 'resolved' | 'continued' | 'format';

/** A direct quotation in the article's own text. */
export interface Quote {
  /** The quoted words without the outer quotation marks; the parts of a split quote joined by a space. */
  text: string;
  /** The separate parts when the quote is interrupted by its attribution. */
  parts?: string[];
  /** Who said it; null when the article does not say. */
  speaker: Speaker | null;
  /** The speech verb or phrase that attributes the quote ("said", "according to", "in a statement"). */
  cue?: string;
  /** Index of the paragraph (in `Article.text`, split on blank lines) where the quote starts. */
  paragraph: number;
  /** Offset in `Article.text` where the quote's first part begins (after the opening mark). */
  start: number;
  /** Offset in `Article.text` where the quote's last part ends (before the closing mark). */
  end: number;
  /** BCP 47 language of the quote, when known. */
  lang?: string;
}

/** The author of an embedded social post. */
export interface EmbedAuthor {
  name?: string;
  /** Handle without the leading @. */
  handle?: string;
  url?: string;
}

/** Where an embed's `publishedAt` came from. */
export type DateSource = 'text' | 'datetime-attr' | 'id-timestamp' | 'attr';

/** An embedded social post or video. */
export interface Embed {
  /** Lower-case platform name: "twitter" (also for x.com), "instagram", "youtube", … */
  platform: string;
  /** What is embedded: "post", "video", "reel", "timeline", … */
  kind: string;
  /** The platform's id of the post or video, always a string. */
  id?: string;
  /** Canonical permalink. */
  url?: string;
  /** The iframe or player URL, when the page had one. */
  embedUrl?: string;
  author?: EmbedAuthor;
  /** When the post was published, ISO 8601. */
  publishedAt?: string;
  publishedAtPrecision?: 'day' | 'minute' | 'second' | 'ms';
  publishedAtSource?: DateSource;
  /** The date as the page shows it, verbatim. */
  dateText?: string;
  /** The post's text as embedded. */
  text?: string;
  /** Language of the post text, from `<p lang>`. */
  lang?: string;
  links?: string[];
  hashtags?: string[];
  mentions?: string[];
  /** Locale whose month names the `dateText` was read with. */
  dateLocale?: string;
  /** Photos and videos attached to the post, as the embed code links them (e.g. pic.twitter.com). */
  media?: EmbedMedia[];
  /** The post this one quotes, where the embed code shows it. */
  quoted?: Partial<Omit<Embed, 'paragraph' | 'variant' | 'quoted'>>;
  /** The caption the publisher gave the embed (a figcaption). */
  caption?: string;
  /** Video title, where the embed code carries one. */
  title?: string;
  /** Which markup the embed was found in, e.g. "twitter.blockquote", "text.flattened". */
  variant: string;
  /** Index of the paragraph of `Article.text` that the embed follows (-1 before the first). */
  paragraph: number;
}

/** A photo or video attached to an embedded post. */
export interface EmbedMedia {
  url: string;
  type?: 'photo' | 'video' | 'link' | 'unknown';
}

/** A link the publisher presents as related to the article. */
export interface RelatedLink {
  /** Absolute http(s) URL. */
  url: string;
  title?: string;
}

/** A topic label the publisher attached to the article. */
export interface Tag {
  name: string;
  /** The tag page, when the tag is a link. */
  url?: string;
}

/** Something onrecord could not do, or had to guess about; extraction goes on regardless. */
export interface Warning {
  /** A stable, machine-readable code, e.g. "json-ld-invalid". */
  code: string;
  message: string;
}

/** Everything onrecord reads from one article page. */
export interface Article {
  /** The page URL given in options. */
  url?: string;
  canonicalUrl?: string;
  title?: string;
  description?: string;
  /** BCP 47 language of the page. */
  lang?: string;
  siteName?: string;
  authors: Author[];
  publishedAt?: string;
  modifiedAt?: string;
  image?: LeadImage;
  section?: string;
  copyright?: string;
  /** The article body as plain text, paragraphs separated by a blank line. */
  text: string;
  quotes: Quote[];
  embeds: Embed[];
  relatedLinks: RelatedLink[];
  tags: Tag[];
  warnings: Warning[];
}
