/**
 * The public output types of onrecord.
 *
 * Fields that the page does not carry are absent, never guessed. Dates are ISO 8601 strings;
 * URLs are absolute `http(s)` URLs; ids are strings (tweet ids exceed 2^53).
 */

import type { CompiledRules } from './rules/compile.js';
import type { SiteRule } from './rules/types.js';

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
  /**
   * Site rules: CSS selectors for the article's body, elements to drop and fields to take, per
   * host (README "Site rules"). One rule, a list, or `compileRules(list)`; a list is compiled
   * once, on first use, and kept for as long as it lives. A bad or unmatched selector is a warning.
   */
  rules?: SiteRule | readonly SiteRule[] | CompiledRules | undefined;
}

/** A person or organisation credited as an author of the article. */
export interface Author {
  /** The author's name as the page gives it ("Ana Ruiz"), without "By" or a trailing role. */
  name: string;
  /** The author's page (an absolute http(s) URL), from JSON-LD, `rel=author` or the byline's link. */
  url?: string;
}

/** The article's lead image. */
export interface LeadImage {
  /** The image's absolute http(s) URL (`og:image`, JSON-LD `image`, or the lead figure). */
  url: string;
  /** The caption the page shows under the image. */
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
  /** The display name ("Gustavo Petro"). */
  name?: string;
  /** Handle without the leading @ ("petrogustavo"). */
  handle?: string;
  /** The author's profile page, an absolute http(s) URL. */
  url?: string;
}

/**
 * Where an embed's `publishedAt` came from: `id-timestamp` the time the post's id encodes (Twitter
 * snowflakes, TikTok, Mastodon and Truth Social ids, Bluesky TIDs), `datetime-attr` a `<time datetime>`,
 * `attr` another attribute of the embed code, `text` the date shown in the embed's text.
 */
export type DateSource = 'text' | 'datetime-attr' | 'id-timestamp' | 'attr';

/** An embedded social post or video. */
export interface Embed {
  /**
   * Lower-case platform name: "twitter" (also for x.com), "instagram", "youtube", … The known ones
   * are listed; a later version may add platforms, so treat any other string as a platform too.
   */
  platform:
    | 'twitter'
    | 'instagram'
    | 'tiktok'
    | 'facebook'
    | 'youtube'
    | 'vimeo'
    | 'bluesky'
    | 'threads'
    | 'mastodon'
    | 'truthsocial'
    | 'reddit'
    | 'telegram'
    | 'linkedin'
    | 'vine'
    | 'spotify'
    | 'soundcloud'
    | 'giphy'
    | 'pinterest'
    | 'dailymotion'
    | 'twitch'
    | (string & {});
  /** What is embedded: "post", "video", "reel", "timeline", "track", "playlist", "gif", … */
  kind: string;
  /** The platform's id of the post or video, always a string. */
  id?: string;
  /** Canonical permalink. */
  url?: string;
  /** The iframe or player URL, when the page had one. */
  embedUrl?: string;
  /** Who posted it, as far as the embed code says. */
  author?: EmbedAuthor;
  /**
   * When the post was published, ISO 8601: the exact instant where the id encodes it, else the date
   * shown in the embed.
   */
  publishedAt?: string;
  /** How precise `publishedAt` is: to the day (a date shown), the minute, the second or the millisecond. */
  publishedAtPrecision?: 'day' | 'minute' | 'second' | 'ms';
  /** Where `publishedAt` came from. */
  publishedAtSource?: DateSource;
  /** The date as the page shows it, verbatim. */
  dateText?: string;
  /** The post's text as embedded. */
  text?: string;
  /** Language of the post text, from `<p lang>`. */
  lang?: string;
  /** The links in the post's text, absolute http(s) URLs. */
  links?: string[];
  /** The hashtags in the post's text, without the leading #. */
  hashtags?: string[];
  /** The handles the post mentions, without the leading @. */
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
  /** The attachment's absolute http(s) URL. */
  url: string;
  /** What the attachment is, when the embed code says. */
  type?: 'photo' | 'video' | 'link' | 'unknown';
}

/** A link the publisher presents as related to the article. */
export interface RelatedLink {
  /** Absolute http(s) URL. */
  url: string;
  /** The link's text or headline. */
  title?: string;
}

/** A topic label the publisher attached to the article. */
export interface Tag {
  /** The tag as the page spells it ("Donald Trump", "Colombia"). */
  name: string;
  /** The tag page, when the tag is a link. */
  url?: string;
}

/** Something onrecord could not do, or had to guess about; extraction goes on regardless. */
export interface Warning {
  /**
   * A stable, machine-readable code. The known ones are listed (see the README's "Security and
   * limits"); a later version may add codes, so treat any other string as a code too.
   */
  code:
    | 'input-truncated'
    | 'elements-truncated'
    | 'time-budget-exceeded'
    | 'tree-too-deep'
    | 'attribute-too-long'
    | 'invalid-option'
    | 'parse-failed'
    | 'internal-error'
    | 'json-ld-invalid'
    | 'output-sanitized'
    | 'platform-page'
    | 'embed-date-mismatch'
    | 'encoding-overridden'
    | (string & {});
  /** What happened, in words, for a person reading the log. */
  message: string;
}

/** Everything onrecord reads from one article page. */
export interface Article {
  /** The page URL given in options (`ExtractOptions.url`), when it is an absolute http(s) URL. */
  url?: string;
  /** The page's canonical URL, from `<link rel=canonical>` or `og:url`. */
  canonicalUrl?: string;
  /**
   * The headline: JSON-LD `headline`, `dc:title`, `og:title`, `twitter:title`, the `<h1>` or the
   * `<title>`, with the site name suffix removed.
   */
  title?: string;
  /** The article's summary, from the meta and og descriptions or JSON-LD. */
  description?: string;
  /** BCP 47 language of the page, from `<html lang>` and meta. */
  lang?: string;
  /** The publication's name, from `og:site_name` or the JSON-LD publisher. */
  siteName?: string;
  /** The article's authors, from JSON-LD, meta, `rel=author` and the visible byline; empty when none is given. */
  authors: Author[];
  /** When the article was first published, ISO 8601, in the page's own timezone. */
  publishedAt?: string;
  /** When the article was last modified, ISO 8601, in the page's own timezone. */
  modifiedAt?: string;
  /** The lead image, with its caption and credit. */
  image?: LeadImage;
  /** The site's section for the article, from `article:section` or JSON-LD `articleSection`. */
  section?: string;
  /** The page's copyright line ("© 2026 …"). */
  copyright?: string;
  /**
   * The article body as plain text, paragraphs separated by a blank line: no headline, byline,
   * captions, embeds, related links, tags or copyright. Quote offsets index into it.
   */
  text: string;
  /** Direct quotes with their speakers, in reading order. */
  quotes: Quote[];
  /** Social posts and videos embedded in the article, in page order. */
  embeds: Embed[];
  /** Links the publisher presents as related to the article (never navigation or most-read lists). */
  relatedLinks: RelatedLink[];
  /** The article's tags, from the visible tag list, `article:tag`, JSON-LD `keywords` and `news_keywords`. */
  tags: Tag[];
  /** What could not be done, or was cut (a limit hit, an invalid option…); empty on a clean run. */
  warnings: Warning[];
}
