/**
 * Every name-based signal the boundary uses, in one place (as trafilatura keeps its XPaths):
 * what marks an article body, and what marks page furniture that is never the article's.
 */

/** Class or id tokens that mark the element holding the article body. */
export const BODY_CLASS =
  /(?:^|[\s_-])(?:article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|story[-_]?content|storytext|entry[-_]?content|post[-_]?content|post[-_]?body|body[-_]?text|content[-_]?body|rich[-_]?text|article__body|article__content|c-article-body|paywall|field-name-body|td-post-content|news[-_]?text|text[-_]?content)(?:$|[\s_-])/;

/** Tags whose subtree is never article text. */
export const FURNITURE_TAGS = new Set([
  'nav',
  'aside',
  'footer',
  'button',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'select',
  'textarea',
  'input',
  'menu',
  'dialog',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'head',
]);

/** Class or id tokens of page furniture: navigation, sharing, comments, teasers, ads, newsletters. */
export const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|socials|comments?|commentlist|disqus|respond|newsletter|subscribe|subscription|signup|related|recommended|recommendations|more[-_]?stories|most[-_]?(?:read|popular|viewed)|mostread|popular|trending|teasers?|promo|promotion|advert|advertisement|ads?|adslot|ad[-_]?container|dfp|gpt|sponsored|sponsor|outbrain|taboola|sidebar|widget|cookie|consent|paywall[-_]?prompt|author[-_]?bio|about[-_]?author|tags|tag[-_]?list|topics|keywords|footer|masthead|site[-_]?header|toolbar|pagination|pager|print|hidden|visually[-_]?hidden|sr[-_]?only|skip[-_]?link|jump[-_]?link|read[-_]?next|up[-_]?next|next[-_]?article|recirculation|recirc|rail|newsletter[-_]?signup|copyright|tooltip|popover|hovercard|rollover)(?:$|[\s_-])/;

/** ARIA roles of furniture. */
export const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
]);

/** Elements whose text is one paragraph of the article. */
export const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'pre', 'dt', 'dd', 'td', 'th', 'caption']);

/** Elements that hold blocks and may themselves hold loose text. */
export const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'header',
  'figure',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'center',
  'details',
  'summary',
  'hgroup',
  'address',
  'picture',
]);

/** Elements that hold one paragraph of prose, for content scoring (Readability scores these). */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td']);

/** Block-level elements: a container holding one is not itself a paragraph. */
export const BLOCK_LEVEL_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'form',
  'address',
  'details',
  'fieldset',
  'center',
  'dd',
  'dt',
  'iframe',
  'img',
  'picture',
  'video',
]);

/** Names that suggest content (Readability's "positive" list): they add to a container's score. */
export const CONTENT_NAME = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;

/** Names that suggest furniture (Readability's "negative" list): they take from a container's score. */
export const FURNITURE_NAME =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

/** Names of reader discussion: never the article, even when it holds more prose than the article. */
export const DISCUSSION_NAME = /comment|disqus|(?:^|[\s_-])(?:respond|replies|reply)(?:$|[\s_-])/;

/** Tags of furniture that some sites wrap the whole page in (ASP.NET's page-wide <form>): judged by size. */
export const SOFT_FURNITURE_TAGS = new Set(['form']);

/** Containers whose loose text (between their blocks, split by <br>) can be article paragraphs. */
export const LOOSE_TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote', 'center', 'font', 'span']);

/**
 * Calls to action that publishers put between or after the paragraphs: newsletter and subscription
 * pitches, "follow us", "share this". Matched on short blocks only (see boilerplate.ts).
 */
export const CALL_TO_ACTION = [
  /^(?:click here|sign up|subscribe|get (?:the|our) (?:latest|best)|follow (?:us|@)|like this (?:story|article)|share (?:this|it)|don't miss|never miss|download (?:the|our) app|read more:?$|see more photos|listen:|advertisement$|anzeige$|publicidad$|publicité$|werbung$)/i,
  /\b(?:in your inbox|to your inbox|meet your inbox|delivered (?:to|through) your (?:inbox|letterbox|door)|subscribe (?:to|for|now|today)|sign up (?:for|to|now|today)|free daily|follow us on|follow @\w+ on)\b/i,
];

/** Player and widget labels left as a block of their own ("close", "Video", "Enlarge this image"). */
export const UI_LABEL =
  /^(?:close|video|watch|play|replay|loading|share|print|email|e-mail|comments?|photos?|gallery|enlarge(?: this image)?|expand|collapse|menu|back to top|skip ad|advertisement|sponsored|ad)$/i;

/**
 * Template placeholders a CMS leaves in the body it serves for a script to fill (an ad slot as
 * "$$ARTICLEAD$$", "{{ad}}", "%%INLINE_AD%%"): markers, never text.
 */
export const TEMPLATE_PLACEHOLDER = /^(?:\$\$[\w-]{1,40}\$\$|%%[\w-]{1,40}%%|\{\{[\w\s.-]{1,40}\}\}|\[\[[\w-]{1,40}\]\])$/;

/** Credit lines of news agencies at the end of a story: "(Reporting by …; Editing by …)". */
export const AGENCY_CREDIT = /^\(?(?:reporting|additional reporting|writing|editing|compiled|written) by\b/i;

/** Class names of an image caption or photo credit ("image-caption", "caption___fmpab", "wp-caption-text", "photo-credit"). */
export const CAPTION_NAME = /caption|(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|media-?credit)(?:$|[\s_-])/;
