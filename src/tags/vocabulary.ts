/**
 * Every name and word the tags stage looks for, in one place (as trafilatura keeps its XPaths):
 * where tags are written in the head, what marks a visible tag list, the labels that introduce one
 * in many languages, and what is never a topic (internal codes, placement flags, desk names).
 */

/** `<meta>` keys holding one tag per element. */
export const TAG_META_KEYS = ['article:tag', 'og:article:tag', 'book:tag', 'video:tag'];
/** `<meta>` keys holding a comma-separated list of news topics (Google News' `news_keywords`). */
export const NEWS_KEYWORDS_META_KEYS = ['news_keywords'];
/**
 * `<meta name=keywords>`: often a stale SEO list, so it is used only when it shares a tag with
 * another source (the publisher then fills it from the same topic list).
 */
export const KEYWORDS_META_KEYS = ['keywords'];
/** `<meta>` keys of the topic list given to analytics services (Parse.ly, Sailthru): confirmation only. */
export const ANALYTICS_TAG_META_KEYS = ['parsely-tags', 'sailthru.tags'];
/** The page's section, to drop a section name repeated among the tags. */
export const SECTION_META_KEYS = ['article:section', 'og:section', 'section'];

/** The site's name, to drop it when a CMS lists it among the tags. */
export const SITE_NAME_META_KEYS = ['og:site_name', 'application-name', 'twitter:site:name'];
/**
 * Words a site puts after its paper's name for the web edition ("Example Online", "Example.de"), as
 * tag keys, and the suffixes Japanese sites write without a space ("…デジタル"): without them the
 * name is the paper's, which is no topic either.
 */
export const SITE_EDITION_WORDS = ['digital', 'online', 'com', 'de', 'at', 'ch', 'fr', 'es', 'it', 'pl', 'nl'];
export const SITE_EDITION_SUFFIXES = ['デジタル', '電子版'];

/**
 * Class/id tokens of an element holding the article's visible tag list ("post-tags",
 * "jeg_post_tags", "article-keywords", "related-topics", "c-tags__body", "entry-terms").
 */
export const TAG_CONTAINER_CLASS =
  /(?:^|[\s_-])(?:tags|tag-?list|tags-?list|tag-?links|tag-?cloud-?article|tagged|post-?tags|article-?tags|entry-?tags|story-?tags|keywords|article-?keywords|topics|article-?topics|related-?(?:tags|topics|entities)|entry-?terms|subjects|schlagworte|schlagwoerter|stichworte|etiquetas|tagi|temas|sujets|argomenti|mots-?cles|trefwoorden|tematy|tagit|taggar)(?:$|[\s_-])/;

/**
 * Class/id tokens of parts of the page whose links are never the article's tags: comments, author
 * boxes, share bars, sponsored widgets, and site-wide tag clouds.
 */
export const NOT_TAG_CLASS =
  /(?:^|[\s_-])(?:comments?|commentlist|author|byline|share|sharing|social|sponsored|outbrain|taboola|tag-?cloud|widget_tag_cloud|popular-?tags|trending-?tags)(?:$|[\s_-])/;

/**
 * Labels that introduce a tag list or a "Tags: a, b" line, in many languages. Matched at the start
 * of a short text, case-insensitively.
 */
export const TAG_LABEL = new RegExp(
  '^(?:' +
    [
      // English
      'tags?', 'tagged(?: with| as)?', 'topics?', 'related topics', 'keywords?', 'filed under', 'subjects?',
      // German, Dutch, Scandinavian
      'schlagworte?', 'schlagwörter', 'stichworte?', 'stichwörter', 'themen', 'trefwoorden', "onderwerpen", 'emneord', 'nyckelord', 'taggar',
      // Romance languages
      'etiquetas?', 'temas?', 'temas relacionados', 'relacionad[oa]s', 'palabras clave', 'palavras-chave', 'assuntos', 'sujets?', 'mots-clés', 'mots clés', 'thèmes', 'argomenti', 'parole chiave',
      // Slavic, Finnish, Hungarian, Turkish
      'tagi', 'tematy', 'słowa kluczowe', 'štítky', 'témata', 'témy', 'avainsanat', 'címkék', 'etiketler', 'konular', 'теги', 'метки', 'ключевые слова', 'теми',
      // Persian, Arabic, Hebrew, CJK
      'برچسب‌ها', 'برچسب ها', 'برچسب', 'کلیدواژه‌ها', 'الكلمات المفتاحية', 'الوسوم', 'كلمات دلالية', 'תגיות', '标签', '關鍵字', 'タグ', '키워드', '태그',
    ].join('|') +
    ')\\s*(?:[:：\\-–—]|$)',
  'i',
);

/**
 * Flags that say where, how or in what format the story is placed or distributed, not what it is about. Dropped
 * whatever the source ("featured" in a visible tag list is still a placement flag).
 */
export const PLACEMENT_FLAGS = new Set([
  'featured', 'featured post', 'featured news', 'homepage', 'home page', 'front page', 'frontpage', 'top story', 'top stories',
  'slider', 'carousel', 'breaking', 'sponsored', 'sponsored content', 'paid post', 'advertorial', 'premium', 'paywall', 'evergreen', 'editors pick', "editor's pick", "editor's picks", 'editors picks', 'must read', 'amp', 'newsbreak',
  'news break', 'smartnews', 'google news', 'apple news', 'msn', 'flipboard', 'syndicated', 'syndication', 'noindex',
  'feature', 'features', 'web', 'print', 'online', 'permalink', 'video', 'videos', 'vidéo', 'vídeo', 'photo', 'photos', 'gallery',
  'galleries', 'photo gallery', 'multimedia', 'interactive', 'uncategorized', 'uncategorised', 'allgemein', 'sin categoría', 'non classé', 'senza categoria', 'bez kategorii',
  // Feature switches written run together, as a CMS stores them to turn on a player for the story ("texttospeech").
  'texttospeech', 'audioplayer', 'readspeaker',
]);

/**
 * Desk and section names that metadata lists carry but that are not topics of the article. Only
 * dropped from metadata sources: a publisher who shows one as a tag link means it.
 */
export const DESK_NAMES = new Set([
  'news', 'world', 'world news', 'general news', 'domestic news', 'national news', 'international news', 'local news', 'latest news',
  'top news', 'breaking news', 'us news', 'u.s. news', 'uk news', 'washington news', 'article', 'articles', 'story', 'stories', 'post', 'blog',
  // "news" and "newspaper" in other languages: the kind of site, not a topic of the story
  'nachrichten', 'aktuelles', 'noticias', 'notícias', 'actualités', 'actualite', 'notizie', 'nieuws', 'wiadomości', 'zprávy', 'новости',
  'haberler', 'haber', 'أخبار', 'اخبار', 'ニュース', '新聞', '新闻', '新聞網', '뉴스', '신문',
]);

/** Desk names by shape: news agencies' distribution codes ("PA State Wire", "AP Top News"). */
export const DESK_NAME_PATTERNS = [
  /\bstate wire$/i,
  /\btop news$/i,
  /^top (?:local |national |world )?stories$/i,
  // SEO phrases about the desk, not the story ("World news today", "Top news in US", "Latest news updates")
  /^(?:top|latest|breaking) news\b/i,
  /^(?:\p{L}+ )?news (?:today|live|now|updates?|headlines)$/iu,
];

/**
 * Paths of a CMS's tag and topic pages: a segment naming them, then the topic ("/tag/nato",
 * "/news/topics/c1vw…", "/themen/klima", "/etiqueta/lluvias", "/sujet/retraites").
 */
export const TAG_PAGE_PATH =
  /\/(?:tags?|topics?|themen|thema|schlagworte?|schlagwort|stichworte?|etiquetas?|temas?|tema|sujets?|mots-cles|argomenti|tagi|tematy|trefwoorden|onderwerpen?|emner|aihe|konu|etiketler|keywords?)\/[^/]+\/?$/i;

/** Links in a tag list that are calls to action, not tags ("Get Alerts for these topics »", "See all"). */
export const TAG_CALL_TO_ACTION =
  /[»›→]$|^(?:see all|view all|show all|show more|all topics|more topics|get alerts?|follow|subscribe|read more|mehr|alle themen|ver todos|voir tout)\b/i;

/** Link targets of author pages: an author's name in a tag list is the byline, not a topic. */
export const AUTHOR_PATH = /\/(?:author|authors|autor|autoren|auteur|autore|reporters?|journalists?|staff|profile|redakteur)(?:\/|$)/i;

/**
 * Field names of analytics data that some CMSs write into their keyword lists as "Key: value"
 * ("Page Type: Article", "NLP Entity Tokens: Canada", "Partner: Factiva"): never topics.
 */
export const ANALYTICS_FIELD_KEYS = new Set([
  'category', 'categories', 'nlp category', 'nlp entity tokens', 'entity tokens', 'type', 'page type', 'article type', 'content type',
  'subject', 'section', 'subsection', 'partner', 'language', 'lang', 'day', 'time', 'wc', 'word count', 'format', 'source', 'channel',
  'vertical', 'template', 'layout', 'author', 'authors', 'byline', 'tag', 'tags', 'topic', 'primary tag', 'id', 'status',
]);

/**
 * Abbreviations that end a company's or a person's name with their period ("Indeed Inc.", "Martin
 * Luther King Jr."), lower-cased; matched only when written with a capital: the period stays on the tag.
 */
export const NAME_ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'jr', 'sr', 'st', 'ag', 'sa', 'nv', 'bv', 'spa', 'ab', 'as', 'asa', 'oy', 'kg', 'gmbh',
  'sarl', 'ltda', 'cía', 'cia', 'hnos',
]);

/** A tag longer than this (characters or words) is a phrase or a sentence, not a label. */
export const MAX_TAG_CHARS = 100;
export const MAX_TAG_WORDS = 10;
/** A tag shorter than this is junk ("p", "n"). */
export const MIN_TAG_CHARS = 2;
