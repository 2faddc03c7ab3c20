/** Name signals for the embed scan: what is never the article's, and what marks markup worth re-parsing. */

/** Tags whose subtree holds no article embed. */
export const OUTSIDE_ARTICLE_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog', 'head', 'script', 'style', 'svg', 'button', 'select', 'textarea']);

/** ARIA roles of page furniture. */
export const OUTSIDE_ARTICLE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar']);

/**
 * Class or id tokens of containers whose embeds are not the article's: comments, sidebars, teasers, most-read
 * lists, site chrome. A "footer"-classed div is not excluded (landing pages put testimonial tweets there;
 * real site footers use <footer> or hold no posts). Narrower than the boundary's furniture list: "social", "share" and "widget" wrappers
 * often hold the article's own embeds ("social-embed", "embed-widget").
 */
export const OUTSIDE_ARTICLE_CLASS = /(?:^|[\s_-])(?:comments?|commentlist|comment[-_]?section|disqus|respond|sidebar|side[-_]?bar|(?:right|left|side)[-_]?rail|related|recommended|recommendations|more[-_]?stories|most[-_]?(?:read|popular|viewed)|mostread|popular|trending|teasers?|promo|outbrain|taboola|navbar|navigation|breadcrumbs?|newsletter|masthead|site[-_]?header|(?:site|page|global)[-_]?footer|colophon|secondary|widget[-_]?area)(?:$|[\s_-])/;

/** Text that, once unescaped, may be embed code. */
export const REPARSE_SIGNALS = [
  'twitter-tweet', 'twitter.com/', 'x.com/', 'instagram-media', 'tiktok-embed', 'fb-post', 'fb-video', 'facebook.com/plugins',
  'youtube.com/embed', 'youtube-nocookie.com', 'player.vimeo.com', 'bluesky-embed', 'text-post-media', 'mastodon-embed',
  'truthsocial', 'reddit-embed', 'data-telegram-post', 'linkedin.com/embed', 'open.spotify.com', 'w.soundcloud.com',
];

/** An `<aside>` with one of these names holds an embed (`aside.embed--twitter`), not a sidebar. */
export const EMBED_CONTAINER_CLASS = /(?:^|[\s_-])(?:embed|embeds|tweet|social[-_]?embed|social[-_]?post)(?:$|[\s_-])/;

/** Attributes in which a placeholder names the post or player it stands for (all data-*: scan.ts skips elements without one). */
export const LAZY_POST_URL_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-url', 'data-href', 'data-embed-url', 'data-video-url', 'data-permalink'];
