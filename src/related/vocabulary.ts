/**
 * Every name and word the related-links stage (and the page-placement walk that tags share)
 * looks for, in one place, as trafilatura keeps its XPaths in xpaths.py. Class/id patterns are
 * tested against `class` and `id` joined and lower-cased; label patterns against a block's
 * visible text. Tokens are delimited by start/end, white space, `_` or `-`, so "related" matches
 * "post-related" and "jnews_related_post" but not "unrelated".
 */

/** Elements never read for links or tags. */
export const UNREAD_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'iframe', 'object', 'select', 'form', 'button']);

/** Landmarks that are the site's own when they stand outside the article (inside it they are the article's). */
export const CONTENT_LANDMARK_TAGS = new Set(['header', 'footer', 'aside']);

/** ARIA roles of site chrome. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

/**
 * Class/id tokens of the site's chrome: menus, breadcrumbs, sidebars, site header and footer,
 * and the site-wide lists (trending, most read, latest) that are never one article's.
 */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|megamenu|breadcrumbs?|sidebar|side-?bar|widget-area|site-?header|site-?footer|page-?footer|global-?footer|footer(?:-|__)?(?:widgets?|links|menu|nav)|masthead|trending|most-?(?:read|popular|viewed|shared|commented)|mostread|mostpopular|popular(?:-posts)?|newsticker|ticker|latest-?(?:news|stories|posts)|recent-?posts|hamburger|offcanvas|off-canvas|cookie|consent)(?:$|[\s_-])/;

/** The footer link-list names among CHROME_CLASS's tokens ("footer-links", "footer__menu"), to read them inside the article. */
export const FOOTER_LIST_NAME = /(?:^|[\s_-])footer(?:-|__)?(?:widgets?|links|menu|nav)(?=$|[\s_-])/g;

/**
 * Class/id tokens of a block of links related to the article: "related", "see also", "read more",
 * "you might also like", "more like this", WordPress plugins (YARPP, Contextual Related Posts,
 * Jetpack), and short forms CMSs use ("rel-art").
 */
export const RELATED_CLASS =
  /(?:^|[\s_-])(?:related|relatedposts|related-?(?:posts?|articles?|stories|content|links|coverage|items|news|reads?)|rel-art|relart|see-?also|also-?read|read-?more-?(?:links|box|list)|more-?on-?this|more-?like-?this|more-?stories-?like|you-?(?:may|might)-?(?:also-?)?like|yarpp|crp|jp-relatedposts|inline-?related|further-?reading|weiterlesen|mehr-?zum-?thema|lesen-?sie-?auch|leia-?tambem|te-?puede-?interesar|relacionad[oa]s?|correlat[ie]|articles?-?lies|a-?lire-?aussi|czytaj-?(?:tez|rowniez|takze))(?:$|[\s_-])/;

/**
 * Class/id tokens that disqualify a related-looking block: sponsored widgets, the next-story and
 * previous/next navigation, author boxes (also the Molongui plugin's "m-a-box", whose "related" tab
 * lists the author's latest posts), share bars, comments, video-only cards.
 */
export const NOT_RELATED_CLASS =
  /(?:^|[\s_-])(?:outbrain|ob-widget|taboola|trc|zergnet|revcontent|mgid|dianomi|sponsored|sponsor|promoted|partner-?content|advert(?:isement)?|ads?|up-?next|read-?next|next-?(?:post|article|story)|prev(?:ious)?-?(?:post|article|story)|prev-?next|post-?nav(?:igation)?|nav-?links|author|byline|m-a-box|share|sharing|social|comments?|newsletter|related-?videos?|video-?related|related-?(?:tags|topics|entities|searches|categories))(?:$|[\s_-])/;

/**
 * A class name that is a state flag about an ad slot, not an ad: "hide-read-more-ad", "has-ads",
 * "no-ad" (BEM-style modifiers that a grid of story cards carries for the ad it may hold).
 */
export const AD_MODIFIER_NAME = /^(?:hide|has|no|with|without|show)-(?:[a-z\d]+-){0,4}ads?$/;

/**
 * Class names that describe a card's story or look, not the element's role. WordPress's
 * post_class() writes the post's terms and format on every card ("tag-social-media",
 * "category-comments", "format-video"), and themes name a sub-part's style variant
 * ("post-share-style2"): none of them makes the card a share bar, a comment list or a menu.
 */
export const DESCRIPTIVE_CLASS_NAME = /^(?:(?:tag|category|format)-[\p{L}\d_-]{1,80}|(?:[a-z\d]{1,20}-){1,4}style-?\d{1,2})$/u;

/**
 * Headings that announce a related block, in many languages. Matched against the whole
 * (short) heading text, case-insensitively; a trailing ":" or "…" is allowed.
 */
// recheck-ok: only tested on heading texts of at most 80 characters (MAX_HEADING_CHARS in index.ts).
export const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      // English
      'related(?: (?:stor(?:y|ies)|articles?|coverage|content|links?|news|posts?|reading|reads))?',
      'more on(?: this(?: story| topic)?|:? [^:]{1,60})',
      'more (?:stories|articles) like this(?: one)?',
      'more like this',
      'also check out',
      'read more',
      'see also',
      'also read',
      'read also',
      'further reading',
      "(?:you )?(?:may|might) also (?:like|be interested in|enjoy)",
      'recommended(?: for you| reading| stories)?',
      // "Links" / "Weblinks": a story's box of further links (ORF, Wikipedia-style CMSs)
      '(?:web|external |further |useful )?links',
      'externe links',
      'enlaces(?: externos| de interés)?',
      'liens(?: externes| utiles)?',
      'links (?:externos|úteis)',
      'collegamenti(?: esterni)?',
      'more about this',
      "don'?t miss",
      'more (?:from|in) this (?:series|story)',
      // German
      'lesen sie auch(?: die folgenden beiträge)?',
      'lesen sie (?:hier )?mehr(?: zum thema)?',
      'mehr zum thema(?: [^:]{1,60})?',
      'auch interessant',
      'das könnte (?:dich|sie) auch interessieren',
      'das könnte (?:dir|ihnen) auch gefallen',
      'weitere (?:beiträge|artikel|meldungen|nachrichten)(?: (?:zum|zu diesem) thema)?',
      'ähnliche (?:artikel|beiträge|nachrichten)',
      'weiterführende (?:artikel|beiträge)',
      'weiterlesen',
      'verwandte (?:artikel|beiträge|themen)',
      'passend zum thema',
      'mehr dazu',
      'zum thema',
      'mehr zu diesem thema',
      'auch lesenswert',
      'zum weiterlesen',
      '(?:weitere )?artikel zum thema',
      // Spanish, Portuguese, Italian, French
      'te puede interesar',
      'también te puede interesar',
      'lee también',
      'lea también',
      'noticias? relacionadas?',
      'notas? relacionadas?',
      'artículos? relacionados?',
      'para saber más',
      'lee más',
      'leer más',
      'ver también',
      'vea también',
      'podría interesarte',
      'sigue leyendo',
      'más información',
      'mas información',
      'relacionad[oa]s',
      'quizás te interese',
      'te recomendamos',
      'saiba mais',
      'mais informações',
      'artículos relacionados',
      'leia também',
      'veja também',
      'leia mais',
      'veja mais',
      'notícias? relacionadas?',
      'matérias relacionadas',
      'conteúdos? relacionados?',
      'leggi anche',
      'articoli correlati',
      'potrebbe interessarti',
      'ti potrebbe interessare',
      'notizie correlate',
      'articolo correlato',
      'per approfondire',
      'approfondimenti',
      'à lire aussi',
      'a lire aussi',
      'lire aussi',
      'sur le même sujet',
      'à lire également',
      'lire également',
      'a lire également',
      'pour aller plus loin',
      'en savoir plus',
      'articles similaires',
      'articles? liés?',
      '(?:à |a )?voir aussi',
      'sur le même thème',
      'vous aimerez aussi',
      'vous pourriez aussi aimer',
      // Dutch, Polish, Czech, Scandinavian
      'lees ook',
      'lees meer',
      'meer over dit onderwerp',
      'gerelateerde artikelen',
      // "Czytaj więcej" ("read more") heads a box of story cards in Polish CMSs, as "Read more" does in English.
      'czytaj (?:też|również|także|więcej)',
      'zobacz (?:też|również|także)',
      'powiązane artykuły',
      'čtěte také',
      'související články',
      'läs (?:också|mer)',
      'les også',
      'les mer',
      'læs også',
      'læs mere',
      'relaterte artikler',
      'relaterede artikler',
      'relaterade artiklar',
      'lue myös',
      'lue lisää',
      'aiheesta lisää',
      // Central and south-east Europe, Baltic
      'przeczytaj (?:też|również|także)',
      'więcej na ten temat',
      'čtěte též',
      'mohlo by vás zajímat',
      'súvisiace články',
      'čítajte aj',
      'prečítajte si aj',
      'kapcsolódó cikkek',
      'citește și',
      'citeste si',
      'articole similare',
      'pročitajte (?:još|i)',
      'povezan[ie] (?:članci|vijesti|novice)',
      'preberite še',
      'διαβάστε (?:επίσης|ακόμα)',
      'σχετικά άρθρα',
      'taip pat skaitykite',
      'susiję straipsniai',
      'lasiet arī',
      'saistītie raksti',
      'loe ka',
      'seotud artiklid',
      'tengdar fréttir',
      // Russian, Turkish, Persian, Arabic
      'читайте также',
      'по теме',
      'ilgili haberler?',
      'benzer haberler',
      'bunlar da ilginizi çekebilir',
      'ayrıca okuyun',
      'читайте також',
      'по темі',
      'материалы по теме',
      'смотрите также',
      'дивіться також',
      'مطالب مرتبط',
      'اخبار مرتبط',
      'مقالات ذات صلة',
      'اقرأ أيضا',
      'اقرأ أيضًا',
      'أخبار ذات صلة',
      'مواضيع ذات صلة',
      // Hebrew, Hindi, south-east and east Asia
      'קראו גם',
      'עוד בנושא',
      'यह भी पढ़ें',
      'ये भी पढ़ें',
      'संबंधित (?:खबरें|ख़बरें|लेख)',
      'baca juga',
      'berita terkait',
      'artikel terkait',
      'tin liên quan',
      'xem thêm',
      'bài liên quan',
      'ข่าวที่เกี่ยวข้อง',
      '関連記事',
      '関連ニュース',
      'あわせて読みたい',
      '相[关關](?:新闻|新聞|阅读|閱讀|文章|报道|報導)',
      '延伸[阅閱][读讀]',
      '관련 ?(?:기사|뉴스)',
    ].join('|') +
    ')\\s*[:.…\\-–—]*$',
  'i',
);

/**
 * A paragraph that opens with a related label and then carries the link, or announces the links
 * in the paragraphs after it ("Related-", "READ MORE:", "Lesen Sie auch die folgenden Beiträge:").
 * Tested on a block's first 160 characters only (LABEL_WINDOW_CHARS).
 */
// recheck-ok: only tested on the first 160 characters of a block or title (LABEL_WINDOW_CHARS).
export const INLINE_RELATED_LABEL = new RegExp(
  '^(?:' +
    [
      'related(?: (?:stor(?:y|ies)|articles?|coverage|content|links?|news|posts?|reading))?',
      'read more',
      // In the body "READ NEXT:" before a link is the editor's pointer to a story (not the next-story navigation).
      'read next',
      'more',
      'see also',
      'also read',
      'read also',
      "don'?t miss",
      'must read',
      '(?:you )?(?:may|might) also like',
      'more on (?:this|[^:]{1,60})',
      'lesen sie (?:auch|mehr)(?: die folgenden beiträge)?',
      'mehr zum thema',
      'auch interessant',
      'redaktionstipp',
      'mehr dazu',
      'auch lesenswert',
      '(?:también )?te puede interesar',
      'lee también',
      'lea también',
      'lee más',
      'lea más',
      'ver también',
      'vea también',
      'más información',
      'te recomendamos',
      'notas? relacionadas?',
      'noticias? relacionadas?',
      'leia também',
      'leia mais',
      'veja também',
      'veja mais',
      'saiba mais',
      'leggi anche',
      'per approfondire',
      '(?:à |a )?lire aussi',
      '(?:à |a )?lire également',
      '(?:à |a )?voir aussi',
      'lees ook',
      'lees meer',
      'meer over dit onderwerp',
      'les også',
      'les mer',
      'læs også',
      'læs mere',
      'läs också',
      'läs mer',
      'lue myös',
      'lue lisää',
      'czytaj (?:też|również|także|więcej)',
      'przeczytaj (?:też|również|także)',
      'zobacz (?:też|również|także)',
      'čtěte (?:také|též)',
      'čítajte aj',
      'citește și',
      'citeste si',
      'pročitajte (?:još|i)',
      'διαβάστε (?:επίσης|ακόμα)',
      'читайте (?:также|також)',
      'смотрите также',
      'ayrıca okuyun',
      'קראו גם',
      'यह भी पढ़ें',
      'ये भी पढ़ें',
      'baca juga',
      'xem thêm',
      '関連記事',
      '相[关關](?:阅读|閱讀|新闻|新聞)',
      '延伸[阅閱][读讀]',
      '관련 ?기사',
      'اقرأ أيضا',
      'اقرأ أيضًا',
    ].join('|') +
    ')\\s*(?:[:\\-–—|>»]+|\\.{3}|…|$)',
  'i',
);

/**
 * Related headings that a site also puts on its own picks: trusted inside the article, not in a
 * footer or sidebar outside it (see WalkOptions.landmarksAfterArticle).
 */
export const SITE_WIDE_RELATED_HEADING = /^(?:recommended|don'?t miss|(?:you )?(?:may|might) also|read more)/i;

/**
 * Headings of a box of reference links at the story's end ("Links:", "Weblinks", "Enlaces",
 * "Liens"), as public broadcasters and Wikipedia-style CMSs print them: the editor's pointers to
 * sources, parties and agencies, whose link text is a name rather than a headline.
 */
export const REFERENCE_LINKS_HEADING =
  /^(?:(?:web|external |further |useful )?links|weblinks|externe links|enlaces(?: externos| de interés)?|liens(?: externes| utiles)?|links (?:externos|úteis)|collegamenti(?: esterni)?|linki|odkazy)\s*[:：]?$/i;

/** Headings of blocks that are never related links even when their class says "related". */
export const NOT_RELATED_HEADING =
  /^(?:most (?:read|popular|viewed|shared)|trending|popular|top stories|latest(?: news| stories)?|up next|read next|next (?:story|article|up)|sponsored|promoted|around the web|from the web|from our partners|more (?:posts |stories |articles |news )?(?:from|in) (?!this )[^:]{1,40}|meistgelesen|am meisten gelesen|neueste|lo más leído|más leídas|mais lidas|i più letti|les plus lus|najczęściej czytane|popularne)\b/i;

/**
 * The badge of a paid teaser among editorial ones, in many languages ("Artikeltyp: Advertorial",
 * "Anzeige", "Sponsored", "Publicidad"). Matched against a badge's whole (short) text.
 */
export const SPONSORED_BADGE =
  /^(?:(?:artikeltyp|article type|type)\s*:\s*)?(?:advertorial|anzeige|werbung|sponsored(?: content| post)?|promoted|paid (?:post|content|partnership)|partner content|in partnership with|publicidad|publirreportaje|patrocinado|contenido patrocinado|conteúdo patrocinado|publi-?rédactionnel|sponsorisé|contenuto sponsorizzato|reklama|artykuł sponsorowany|gesponsord|annons|annonse|annonce)$/i;

/**
 * A short paragraph that points to another story through a "here" link: "Click here to read the
 * judge's ruling", "Klicken Sie hier, um … zu lesen", "Haga clic aquí para leer", "Clique aqui para
 * ler", "Cliquez ici pour lire". Tested on a block's opening characters only.
 */
export const CLICK_HERE_POINTER =
  /^(?:(?:click|tap) here (?:to (?:read|see|view|watch|learn)|for (?:more|the full|our))\b|klicken sie hier\b|(?:haga )?clic aquí para (?:leer|ver)\b|clique aqui para (?:ler|ver)\b|cliquez ici pour (?:lire|voir)\b)/i;

/** A paragraph that only separates linked titles ("-", "•", "|"). */
export const SEPARATOR_TEXT = /^[\s\-–—•·|*~/]{1,5}$/;

/** URL path segments of pages that are never a related article: authors, tags, sections, search. */
export const NON_ARTICLE_PATH =
  /\/(?:author|authors|autor|autoren|auteur|autore|reporters?|journalists?|staff|profile|people|byline|tags?|tagi|etiqueta|etiquetas|schlagworte?|stichworte?|topics?|themen|thema|category|categories|kategorie|categoria|rubrik|section|sections|hub|about|search|suche|buscar|buscador|recherche|feed|rss|login|register|subscribe|newsletter)(?:\/|$)/i;

/** Query keys of search and share URLs. */
export const NON_ARTICLE_QUERY = /[?&](?:s|q|query|search|share|shareurl|u|url|text)=/i;

/** Hosts whose links are sharing, social profiles or sponsored widgets, never a related article. */
export const NON_ARTICLE_HOSTS = [
  'facebook.com', 'twitter.com', 'x.com', 't.co', 'instagram.com', 'linkedin.com', 'pinterest.com', 'reddit.com', 'whatsapp.com',
  'wa.me', 't.me', 'telegram.me', 'tiktok.com', 'youtube.com', 'youtu.be', 'threads.net', 'bsky.app', 'flipboard.com',
  'news.google.com', 'outbrain.com', 'taboola.com', 'zergnet.com', 'revcontent.com', 'mgid.com', 'doubleclick.net',
  'googleadservices.com', 'amazon.com', 'apple.com', 'play.google.com',
];

/** Link texts that are calls to action, not titles ("Read more", "Weiterlesen", "Continue reading"). */
export const CALL_TO_ACTION =
  /^(?:read more|more|continue reading|read the full (?:story|article)|full story|click here|here|see all|view all|weiterlesen|mehr|alle anzeigen|leer más|ver tod[oa]s|ler mais|leggi (?:tutto|di più)|lire la suite|voir tout|czytaj dalej|czytaj więcej)\b|[»›→]$/i;
