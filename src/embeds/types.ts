/** Types shared by the embed stage's modules. */
import type { Element } from 'hast';
import type { Embed, EmbedAuthor } from '../types.js';

/** An embed read from markup, before its place in the text is known. */
export type EmbedDraft = Omit<Embed, 'paragraph'>;

/** What a post URL alone tells: the platform's id, kind and canonical URL, sometimes the author. */
export interface UrlMatch {
  kind: string;
  id?: string;
  url: string;
  author?: EmbedAuthor;
}

/** What a platform module may look at besides the element: the page's base URL and language hints. */
export interface ReadContext {
  baseUrl?: string;
  /** Language hints for date text: the embed's own `data-lang`/`lang`, then the page's. */
  langHints: string[];
}

/**
 * One platform: how its embed code looks on an element, and how its post URLs look.
 * `classes`, `tags` and `attributes` are the cheap pre-check: `readElement` runs only on elements that carry one.
 */
export interface PlatformModule {
  platform: string;
  /** Host names (without www.) whose URLs this module reads; subdomains match too. */
  hosts: string[];
  classes?: string[];
  tags?: string[];
  /** HTML attribute names, e.g. "data-tweet-id". */
  attributes?: string[];
  readElement?(element: Element, context: ReadContext): EmbedDraft | undefined;
  /** Recognise a post or video URL; undefined for profiles, share intents and other non-posts. */
  readUrl?(url: URL): UrlMatch | undefined;
}
