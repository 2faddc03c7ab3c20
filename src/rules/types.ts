/**
 * Site rules: a user's CSS selectors for the publishers they care about (README "Site rules").
 * The rules file the CLI reads (`--rules FILE`) is a JSON list of `SiteRule`; its JSON Schema ships
 * as `onrecord/rules.schema.json`.
 */

/**
 * CSS selectors for one site (or for every page), matched with hast-util-select on the page's tree.
 * Each field selector takes that field from the elements it matches, ahead of every other source;
 * when it matches nothing, a `rule-unmatched` warning is given and the usual sources are read.
 */
export interface SiteRule {
  /**
   * Host names the rule applies to, each with its subdomains ("example.com" covers
   * "www.example.com" and "news.example.com"). The page's host comes from `options.url`, else its
   * canonical URL. A rule without `hosts` applies to every page.
   * @minItems 1
   */
  hosts?: string[];
  /** The article's body: replaces the element the boundary would choose (several matches are read in order). */
  body?: string;
  /**
   * Elements removed before `body` and every stage read the page: promos, newsletter boxes, "read
   * more" teasers. (The field selectors read the page as served, so a rule can take its related
   * links from the promo cards it removes.)
   */
  exclude?: string[];
  /** The headline: the first match's `content` attribute (a `<meta>`) or its text. */
  title?: string;
  /** The authors: one or more per match ("By A and B" is split), with the match's `href` as the url. */
  authors?: string;
  /** The publication date: the first match's `datetime` or `content` attribute, or its text, read as a date. */
  publishedAt?: string;
  /** The tags: one per match (a `<meta>`'s `content` split on commas), with the match's `href` as the url. */
  tags?: string;
  /** The related links: each match that is a link, or the links inside each match. */
  related?: string;
  /** `false` turns quote extraction off for the sites the rule applies to. */
  quotes?: boolean;
}

/** The fields a rule can take from the page. */
export type RuleField = 'title' | 'authors' | 'publishedAt' | 'tags' | 'related';
