/**
 * Blocks inside the article root that are still not the article: the same block repeated (a
 * slideshow's captions, a sticky share bar rendered twice), calls to action ("Sign up for our
 * newsletter"), widget labels left on their own ("close", "Video"), template placeholders
 * ("$$ARTICLEAD$$"), consent placeholders for external content and skip links, and agency credit lines
 * ("Reporting by …"). They are claimed as 'boilerplate' (credit lines as 'byline') so
 * they leave `Article.text` but stay visible to the other stages.
 */
import type { Block } from './blocks.js';
import { AGENCY_CREDIT, CALL_TO_ACTION, TEMPLATE_PLACEHOLDER, UI_LABEL } from './signals.js';
import { CONSENT_NOTICE, IMAGE_CREDIT, SKIP_LINK } from './widget-phrases.js';

/** Calls to action are short: a longer block that mentions a newsletter is the article's. */
const MAX_CALL_TO_ACTION_CHARS = 220;
/**
 * Only long repeats are dropped: a repeated caption is long, while short repeats ("Meal 1",
 * "Portion: 1 cup") are often the structure of a list or recipe the article really repeats.
 */
const MIN_REPEATED_CHARS = 80;
/** Widget labels are a word or two. */
const MAX_UI_LABEL_CHARS = 24;
/** Consent placeholders and skip links are short (a heading, a sentence or two, a button). */
const MAX_WIDGET_TEXT_CHARS = 300;
/** A picture's credit line is a name or two. */
const MAX_IMAGE_CREDIT_CHARS = 120;
/** Agency credit lines are short. */
const MAX_CREDIT_CHARS = 300;

export function claimBoilerplate(blocks: Block[]): void {
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.claimedBy) continue;
    const text = block.text;
    if (text.length >= MIN_REPEATED_CHARS) {
      if (seen.has(text)) {
        block.claimedBy = 'boilerplate';
        continue;
      }
      seen.add(text);
    }
    if (text.length <= MAX_UI_LABEL_CHARS && UI_LABEL.test(text)) {
      block.claimedBy = 'boilerplate';
    } else if (text.length <= MAX_WIDGET_TEXT_CHARS && (SKIP_LINK.test(text) || CONSENT_NOTICE.some((pattern) => pattern.test(text)))) {
      block.claimedBy = 'boilerplate';
    } else if (text.length <= MAX_IMAGE_CREDIT_CHARS && IMAGE_CREDIT.test(text)) {
      // Captions and credits leave the text (CAPTIONS_IN_TEXT in blocks.ts), wherever the CMS put them.
      block.claimedBy = 'caption';
    } else if (TEMPLATE_PLACEHOLDER.test(text)) {
      block.claimedBy = 'boilerplate';
    } else if (text.length <= MAX_CALL_TO_ACTION_CHARS && CALL_TO_ACTION.some((pattern) => pattern.test(text))) {
      block.claimedBy = 'boilerplate';
    } else if (text.length <= MAX_CREDIT_CHARS && AGENCY_CREDIT.test(text)) {
      block.claimedBy = 'byline';
    }
  }
}
