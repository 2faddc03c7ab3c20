/**
 * The lead image: its url, caption and photo credit.
 *
 * url sources, in order: `og:image` (secure_url, url), `twitter:image`, JSON-LD `image`
 *   (a URL, an ImageObject or a list), then the first figure of the article root.
 * caption and credit: the page's `<figure>` showing that image (matched by file name), else the
 *   first figure in the article root. Its credit is the element named credit/source/photographer
 *   inside it, or the words after "Photo:"/"Credit:" in the caption; the caption is what is left.
 *   JSON-LD `caption` and `creditText`/`copyrightHolder`/`author` fill what the figure lacks.
 * The lead figure's caption block, when it is among the article's blocks, is claimed ('caption')
 * so that it is not repeated in `Article.text`.
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { attr, classAndId, findElement, visibleText, walkElements } from '../hast/util.js';
import { insideRoot, pageIndex } from './page-index.js';
import type { LeadImage } from '../types.js';
import { resolveUrl } from '../url.js';
import { articleLd, cleanText, ldList, ldText, metaText } from './sources.js';
import { CREDIT_LABEL, CREDIT_NAME } from './vocabulary.js';

/** Figures looked at, at most (bounds the work on galleries). */
const MAX_FIGURES = 200;
/** Captions longer than this are paragraphs. */
const MAX_CAPTION_CHARS = 600;

export function extractImage(context: Context, root: Element | Root, blocks: Block[]): LeadImage | undefined {
  const ldImage = ldImageObject(context);
  const metaUrl = resolveUrl(
    metaText(context, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    context.baseUrl,
  );
  const ldUrl = ldImage ? resolveUrl(ldText(ldImage.url ?? ldImage.contentUrl ?? ldImage['@id']), context.baseUrl) : undefined;
  const url = metaUrl ?? ldUrl;
  const figure = leadFigure(context, root, url);
  const figureUrl = figure ? resolveUrl(imageSource(figure), context.baseUrl) : undefined;
  const imageUrl = url ?? figureUrl;
  if (!imageUrl) return undefined;
  const image: LeadImage = { url: imageUrl };
  const parts = figure ? captionParts(figure) : {};
  const caption = parts.caption ?? cleanText(ldText(ldImage?.caption));
  const credit = parts.credit ?? cleanText(ldText(ldImage?.creditText ?? ldImage?.copyrightHolder ?? ldImage?.author));
  if (caption) image.caption = caption;
  if (credit) image.credit = credit;
  if (figure) claimCaptionBlocks(figure, blocks);
  return image;
}

function ldImageObject(context: Context): Record<string, unknown> | undefined {
  const node = articleLd(context);
  for (const item of ldList(node?.image, 10)) {
    if (typeof item === 'string') return { url: item };
    if (item !== null && typeof item === 'object') return item as Record<string, unknown>;
  }
  return undefined;
}

/** The image file's name: what stays the same across a CDN's size variants' query strings. */
function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

function imageSource(scope: Element): string | undefined {
  const img = scope.tagName === 'img' ? scope : findElement(scope, (element) => element.tagName === 'img');
  if (!img) return undefined;
  for (const name of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
    const value = attr(img, name);
    if (value && !value.startsWith('data:')) return value;
  }
  const srcset = attr(img, 'srcset');
  return srcset ? srcset.trim().split(/\s/)[0] : undefined;
}

/** The `<figure>` showing the lead image (by file name), else the first figure in the article root. */
function leadFigure(context: Context, root: Element | Root, url: string | undefined): Element | undefined {
  const wanted = url ? fileName(url) : '';
  const { figures } = pageIndex(context);
  if (wanted) {
    for (const figure of figures.slice(0, MAX_FIGURES)) {
      const source = imageSource(figure);
      if (source && fileName(source) === wanted) return figure;
    }
  }
  if (root.type !== 'element') return undefined;
  const inRoot = insideRoot(root, context.parents);
  return figures.find((figure) => inRoot(figure) && imageSource(figure) !== undefined);
}

/** Split a figure's caption into the caption proper and the photo credit. */
export function captionParts(figure: Element): { caption?: string; credit?: string } {
  const captionElement = findElement(figure, (element) => element.tagName === 'figcaption') ?? figure;
  let credit: string | undefined;
  const creditElement = findElement(captionElement, (element) => CREDIT_NAME.test(classAndId(element)));
  if (creditElement) credit = cleanText(visibleText(creditElement));
  let caption = cleanText(visibleText(captionElement));
  if (caption && caption.length > MAX_CAPTION_CHARS) caption = undefined;
  if (caption && credit) caption = cleanText(caption.replace(credit, '')) ?? undefined;
  if (caption && !credit) {
    const label = CREDIT_LABEL.exec(caption);
    if (label) {
      credit = cleanText(caption.slice(label.index + label[0].length).replace(/\)$/, ''));
      caption = cleanText(caption.slice(0, label.index).replace(/\($/, ''));
    }
  }
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** The lead figure's caption is in `image`: its blocks leave the article text. */
function claimCaptionBlocks(figure: Element, blocks: Block[]): void {
  const inside = new Set<Element>();
  walkElements(figure, (element) => {
    inside.add(element);
  });
  for (const block of blocks) {
    if (!block.claimedBy && inside.has(block.element)) block.claimedBy = 'caption';
  }
}
