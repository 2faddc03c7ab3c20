/** English attribution lexicon. */
import type { Lexicon } from './types.js';

export const en: Lexicon = {
  lang: 'en',
  speechVerbs: [
    // say / tell / write, the bulk of news attribution
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'tweets', 'posted', 'posts',
    // verbs of arguing and asserting
    'argued', 'argues', 'explained', 'explains', 'noted', 'notes', 'stated', 'states', 'claimed', 'claims', 'insisted',
    'insists', 'warned', 'warns', 'declared', 'declares', 'announced', 'announces', 'acknowledged', 'acknowledges',
    'admitted', 'admits', 'conceded', 'concedes', 'observed', 'remarked', 'suggested', 'suggests', 'emphasized',
    'emphasised', 'stressed', 'stresses', 'maintained', 'contended', 'asserted', 'affirmed', 'alleged', 'alleges',
    'complained', 'complains', 'countered', 'concluded', 'predicted', 'promised', 'vowed', 'urged', 'pleaded',
    'testified', 'reported', 'recalled', 'recalls', 'asked', 'asks', 'replied', 'replies', 'responded', 'responds',
    'continued', 'continues', 'joked', 'quipped', 'boasted', 'cautioned', 'mused', 'shouted', 'yelled', 'screamed',
    'chanted', 'whispered', 'exclaimed', 'lamented', 'described', 'describes', 'pointed out', 'points out', 'went on',
    'goes on', 'spoke', 'texted', 'emailed', 'messaged', 'blogged', 'reiterated', 'agreed', 'disagreed', 'denied',
    'confirmed', 'confirms', 'revealed', 'reveals', 'recounted', 'wondered', 'thundered', 'fumed', 'snapped',
    'charged', 'objected', 'proclaimed', 'retorted', 'stated', 'summed up', 'put it', 'puts it', 'read', 'reads',
    'reading', 'tells',
  ],
  participles: [
    'saying', 'adding', 'telling', 'writing', 'noting', 'arguing', 'claiming', 'explaining', 'warning', 'insisting',
    'stating', 'declaring', 'describing', 'calling', 'tweeting', 'posting', 'asking', 'urging', 'suggesting',
    'stressing', 'acknowledging', 'admitting', 'promising', 'vowing', 'complaining', 'predicting', 'recalling',
    'reading', 'joking', 'boasting', 'lamenting', 'quipping', 'answering', 'replying', 'responding',
  ],
  sourcePrepositions: ['according to', 'per', 'in the words of'],
  channelPhrases: [
    'in a statement', 'in an interview', 'in a tweet', 'in a post', 'in a press release', 'in a letter', 'in an email',
    'in a video', 'in a speech', 'in the publication', 'in a news conference', 'in a press conference', 'on twitter',
    'on x', 'on social media',
  ],
  skippable: [
    'has', 'had', 'have', 'would', 'will', 'also', 'then', 'later', 'previously', 'once', 'recently', 'further',
    'again', 'repeatedly', 'publicly', 'simply', 'only', 'flatly', 'famously', 'reportedly', 'just', 'often',
    'always', 'even', 'still', 'now', 'later', 'first', 'quickly', 'bluntly', 'angrily', 'proudly', 'calmly',
    'frankly', 'openly', 'privately', 'sarcastically', 'jokingly', 'candidly', 'separately', 'similarly', 'finally',
  ],
  pronouns: {
    he: { gender: 'm', number: 's' }, she: { gender: 'f', number: 's' }, they: { gender: 'x', number: 'p' },
    we: { gender: 'x', number: 'p' }, i: { gender: 'x', number: 's' }, it: { gender: 'x', number: 's' },
  },
  determiners: ['the', 'a', 'an', 'one', 'another', 'this', 'that', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'some', 'many'],
  indefinites: ['a', 'an', 'one', 'another', 'two', 'three', 'several', 'some', 'many'],
  workNouns: [
    'book', 'books', 'novel', 'memoir', 'film', 'films', 'movie', 'movies', 'show', 'series', 'sitcom', 'song', 'songs',
    'single', 'album', 'play', 'musical', 'opera', 'poem', 'article', 'essay', 'column', 'op-ed', 'headline', 'podcast',
    'documentary', 'episode', 'program', 'programme', 'titled', 'entitled', 'magazine', 'newspaper', 'report',
    'exhibition', 'game', 'campaign', 'hashtag', 'bill', 'act', 'slogan', 'painting', 'blog', 'newsletter', 'special',
    'sketch', 'track', 'ballad', 'anthem', 'hit', 'franchise', 'drama', 'comedy', 'thriller', 'sequel', 'prequel',
  ],
  termMarkers: [
    'so-called', 'the word', 'the term', 'the phrase', 'the words', 'the label', 'known as', 'dubbed', 'nicknamed',
    'called', 'named', 'coined', 'branded', 'labeled', 'labelled', 'term', 'word', 'phrase', 'as in', 'self-described',
    'self-styled', 'the so-called',
  ],
  nameConnectors: ['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du'],
  capitalisedStopwords: [
    'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'with', 'from', 'as',
    'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'however', 'meanwhile',
    'still', 'also', 'then', 'now', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'his', 'her',
    'their', 'our', 'my', 'your', 'we', 'they', 'he', 'she', 'i', 'you', 'what', 'who', 'why', 'how', 'where',
    'which', 'despite', 'during', 'under', 'over', 'about', 'among', 'between', 'against', 'into', 'through',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next', 'earlier',
    'later', 'yes', 'no', 'not', 'some', 'many', 'most', 'all', 'each', 'every', 'one', 'two', 'three', 'other',
    'such', 'even', 'only', 'just', 'according', 'instead', 'both', 'asked', 'said', 'says', 'read', 'more', 'photo', 'image', 'video', 'watch', 'related', 'tags', 'advertisement',
  ],
};
