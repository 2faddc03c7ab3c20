/**
 * Finding the element that holds the article, in one bottom-up pass over the page.
 *
 * 1. One walk measures every element (text, link text, commas, prose held) and lists the prose
 *    paragraphs: <p>/<pre>/<td>, divs of bare text, and loose text between blocks.
 * 2. Class/id names that say furniture ("sidebar", "widget", "ad") are judged by size: a named
 *    element holding most of the page's prose is a theme's page wrapper and is kept
 *    (markProseWrapper); comment sections never are. Paragraphs inside the rest score nothing.
 * 3. Every paragraph scores its ancestors (Readability's content score: commas and length, the
 *    parent in full, the grandparent half, further ancestors less). A container's final score is
 *    that, times what its names say (itemprop=articleBody, body classes, content or furniture
 *    names), times one minus its link density.
 * 4. As Readability does, the root widens to an ancestor that several top candidates share, climbs
 *    to a better-scoring ancestor, and takes in its wrapper when it is an only child; JSON-LD
 *    articleBody, when present, makes sure the root holds the article's opening.
 * 5. Siblings that score well or are good paragraphs, and same-class chunks elsewhere (a body split
 *    between ad rails), join the root: the result is then a synthetic <div> whose children are the
 *    original elements in document order (their parents stay as they were in the tree).
 */
import type { Element, Parents, Root } from 'hast';
import { attr, classAndId, classList, textContent } from '../hast/util.js';
import { bodyFromPageState } from './page-state.js';
import { furnitureName, isHardFurniture, markProseWrapper } from './furniture.js';
import { LOOSE_TEXT_CONTAINERS, BLOCK_LEVEL_TAGS, BODY_CLASS, CONTENT_NAME, FURNITURE_NAME, PARAGRAPH_TAGS } from './signals.js';
import { walkInOut } from './walk.js';
import type { Context } from '../context.js';
import { articleNode } from '../metadata/json-ld.js';

/** Paragraphs shorter than this add nothing to a container's score. */
const MIN_PARAGRAPH_CHARS = 25;
/** How many ancestors a paragraph scores (parent, grandparent, …). */
const SCORED_ANCESTOR_LEVELS = 5;
/** Each full 100 characters of a paragraph add a point, up to this many. */
const MAX_LENGTH_POINTS = 3;
/**
 * What names multiply a container's score by: they tip the balance between containers holding the
 * same prose, but no name makes a container with little prose win (Readability adds a flat 25,
 * which lets an empty "content-title" wrapper beat a link-rich article).
 */
const ITEMPROP_BODY_FACTOR = 0.5;
const BODY_CLASS_FACTOR = 0.3;
const CONTENT_NAME_FACTOR = 0.2;
const FURNITURE_NAME_FACTOR = -0.4;
/** A paragraph more than this share link text is navigation, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;
/** Top candidates within this share of the best one vote for a common ancestor. */
const ALTERNATIVE_SCORE_SHARE = 0.75;
/** This many such candidates under one ancestor make it the root. */
const MIN_ALTERNATIVES = 3;
/** How many top candidates are compared. */
const TOP_CANDIDATES = 5;
/** A sibling joins the root when it scores this share of the root (or MIN_SIBLING_SCORE). */
const SIBLING_SCORE_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** Elements looked at around a chunk for a headline of its own. */
const MAX_HEADING_SEARCH = 500;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
/** At most this many same-class chunks join the root. */
const MAX_CLASS_MATES = 50;
/** A loose sibling paragraph joins when it is at least this long with little link text. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;

interface Measure {
  /** Visible text length (white space collapsed), furniture excluded. */
  text: number;
  /** Of which inside links. */
  linkText: number;
  commas: number;
  /** Text of the prose paragraphs inside. */
  prose: number;
  /** Text, link text and commas inside block-level children (the rest is loose text). */
  blockText: number;
  blockLinkText: number;
  blockCommas: number;
  /** Holds a block-level element (so it is not itself one paragraph). */
  hasBlock: boolean;
  /** Content score, when a paragraph scored it. */
  score?: number;
  /** What the element's names multiply its score by. */
  factor?: number;
  /** Position in document order. */
  order: number;
}

/** A furniture-named element holding at least this share of the page's prose is a page wrapper. */
const PROSE_WRAPPER_SHARE = 0.5;
/**
 * A furniture-named element around a body-named container (BODY_CLASS) holding at least this share
 * of the page's prose is a layout wrapper: "sidebar-grid__container" around "article__content",
 * where a theme splits the body into chunks, each beside its own ad column.
 */
const BODY_IN_WRAPPER_SHARE = 0.1;
/** Candidates checked for lying inside furniture, best first (bounds the work). */
const MAX_CANDIDATES_CHECKED = 200;

interface ScoredParagraph {
  points: number;
  /** Parent, grandparent, … (SCORED_ANCESTOR_LEVELS at most). */
  ancestors: Element[];
  /** The nearest furniture-named element around the paragraph. */
  furniture?: Element;
}

/** The opening words of JSON-LD `articleBody` that the root must contain. */
const OPENING_PROBE_WORDS = 8;
/** Where an element's parent is looked up. */
interface ParentLookup {
  get(element: Element): Parents | undefined;
}

/** How far up the root may climb to take in the article's opening. */
const MAX_OPENING_CLIMB = 3;

/**
 * The article's root element, or the `<body>` (or the tree) when nothing stands out.
 * With the context, the JSON-LD `articleBody` (the article's text, when the page has it) makes
 * sure the root holds the article's opening (a standfirst or first paragraph often sits beside
 * the body container).
 */
export function findArticleRoot(tree: Root, context?: Pick<Context, 'jsonLd' | 'parents'>): Element | Root {
  const node = context ? articleNode(context.jsonLd) : undefined;
  const articleBody = typeof node?.articleBody === 'string' ? node.articleBody : undefined;
  const measures = new Map<Element, Measure>();
  // The context already knows every element's parent; without one, the walk records them (only
  // the measured elements' parents are ever asked for, and their ancestors are all measured).
  const ownParents = context ? undefined : new Map<Element, Parents>();
  const parents: ParentLookup = context?.parents ?? (ownParents as ParentLookup);
  const ancestors: Element[] = [];
  const paragraphs: ScoredParagraph[] = [];
  /** Furniture-named elements, and the nearest furniture-named element around each. */
  const named = new Map<Element, { kind: 'discussion' | 'furniture'; outer?: Element }>();
  const furnitureStack: Element[] = [];
  let body: Element | undefined;
  /** For furniture-named elements: the most prose held by one body-named container inside. */
  const bodyProseInside = new Map<Element, number>();
  let linkDepth = 0;
  let totalProse = 0;

  walkInOut(tree, {
    enter(element, parent, depth) {
      if (element.tagName === 'body') body = element;
      if (isHardFurniture(element) && element.tagName !== 'body' && element.tagName !== 'html') return false;
      ownParents?.set(element, parent);
      measures.set(element, {
        text: 0,
        linkText: 0,
        commas: 0,
        prose: 0,
        blockText: 0,
        blockLinkText: 0,
        blockCommas: 0,
        hasBlock: false,
        order: measures.size,
      });
      ancestors.length = depth - 1;
      ancestors.push(element);
      const kind = furnitureName(element);
      if (kind) {
        const outer = furnitureStack[furnitureStack.length - 1];
        named.set(element, outer ? { kind, outer } : { kind });
        furnitureStack.push(element);
      }
      if (element.tagName === 'a') linkDepth++;
      return true;
    },
    text(node, parent) {
      if (parent.type !== 'element') return;
      const measure = measures.get(parent);
      if (!measure) return;
      const { length, commas } = measureText(node.value);
      measure.text += length;
      if (linkDepth > 0) measure.linkText += length;
      measure.commas += commas;
    },
    exit(element, parent) {
      const measure = measures.get(element) as Measure;
      if (ancestors[ancestors.length - 1] === element) ancestors.pop();
      if (furnitureStack[furnitureStack.length - 1] === element) furnitureStack.pop();
      if (element.tagName === 'a') linkDepth--;
      const furniture = furnitureStack[furnitureStack.length - 1];
      if (isParagraph(element, measure)) {
        if (isProse(measure.text, measure.linkText)) {
          paragraphs.push({
            points: paragraphPoints(measure.text, measure.commas),
            ancestors: ancestors.slice(-SCORED_ANCESTOR_LEVELS).reverse(),
            ...(furniture ? { furniture } : {}),
          });
          measure.prose = measure.text;
          totalProse += measure.text;
        }
      } else if (measure.hasBlock && LOOSE_TEXT_CONTAINERS.has(element.tagName)) {
        // Text between the blocks (lines split by <br>) is a paragraph of its container, as
        // Readability wraps such runs in <p>.
        const loose = measure.text - measure.blockText;
        if (isProse(loose, measure.linkText - measure.blockLinkText)) {
          paragraphs.push({
            points: paragraphPoints(loose, measure.commas - measure.blockCommas),
            ancestors: [element, ...ancestors.slice(1 - SCORED_ANCESTOR_LEVELS).reverse()],
            ...(furniture ? { furniture } : {}),
          });
          measure.prose += loose;
          totalProse += loose;
        }
      }
      if (measure.prose > 0 && furnitureStack.length > 0 && !named.has(element) && isBodyNamed(element)) {
        for (const outer of furnitureStack) bodyProseInside.set(outer, Math.max(bodyProseInside.get(outer) ?? 0, measure.prose));
      }
      if (parent.type !== 'element') return;
      const up = measures.get(parent);
      if (!up) return;
      up.text += measure.text;
      up.linkText += measure.linkText;
      up.commas += measure.commas;
      up.prose += measure.prose;
      if (measure.hasBlock || BLOCK_LEVEL_TAGS.has(element.tagName)) {
        up.hasBlock = true;
        up.blockText += measure.text;
        up.blockLinkText += measure.linkText;
        up.blockCommas += measure.commas;
      } else {
        up.blockText += measure.blockText;
        up.blockLinkText += measure.blockLinkText;
        up.blockCommas += measure.blockCommas;
      }
    },
  });

  // Furniture names on wrappers of most of the page's prose are theme names, not furniture.
  const dead = new Set<Element>();
  for (const [element, { kind }] of named) {
    const prose = measures.get(element)?.prose ?? 0;
    const wrapsPageProse = prose >= totalProse * PROSE_WRAPPER_SHARE && prose > 0;
    const wrapsBody = (bodyProseInside.get(element) ?? 0) >= totalProse * BODY_IN_WRAPPER_SHARE;
    if (kind === 'furniture' && (wrapsPageProse || wrapsBody)) markProseWrapper(element);
    else dead.add(element);
  }
  const insideDead = (start: Element | undefined): boolean => {
    let current = start;
    for (let hops = 0; current && hops < MAX_CANDIDATES_CHECKED; hops++) {
      if (dead.has(current)) return true;
      current = named.get(current)?.outer;
    }
    return false;
  };
  for (const paragraph of paragraphs) {
    if (!insideDead(paragraph.furniture)) scoreAncestors(paragraph, measures);
  }

  const ranked = rankCandidates(measures, (element) => insideDead(nearestNamed(element, parents, named)));
  const top = ranked[0];
  // No prose in the DOM: a page rendered in the browser may carry its body in script state.
  if (!top) return bodyFromPageState(tree) ?? body ?? tree;
  let root = widenToSharedAncestor(top, ranked, parents, measures);
  root = climbToBetterAncestor(root, parents, measures);
  if (articleBody) root = climbToOpening(root, articleBody, parents);
  while (true) {
    const parent = parents.get(root);
    if (parent?.type !== 'element' || parent.tagName === 'body' || parent.tagName === 'html') break;
    if (elementChildren(parent).length !== 1) break;
    root = parent;
  }
  const kept = mergeSiblings(root, parents, measures, dead);
  const excluded = (element: Element) => insideDead(nearestNamed(element, parents, named));
  for (const chunk of classMates(root, measures, parents, excluded)) if (!kept.includes(chunk)) kept.push(chunk);
  if (kept.length === 1) return root;
  kept.sort((a, b) => (measures.get(a)?.order ?? 0) - (measures.get(b)?.order ?? 0));
  return { type: 'element', tagName: 'div', properties: {}, children: kept };
}

/**
 * Containers with exactly the root's class that hold prose elsewhere on the page: the body split
 * into chunks between ad rails ("article__body" repeated), cousins rather than siblings of the root.
 */
function classMates(
  root: Element,
  measures: Map<Element, Measure>,
  parents: ParentLookup,
  isExcluded: (element: Element) => boolean,
): Element[] {
  const className = classList(root).join(' ');
  if (!className) return [];
  const mates: Element[] = [];
  for (const [element, measure] of measures) {
    if (element === root || measure.prose < MIN_PARAGRAPH_CHARS) continue;
    if (classList(element).join(' ') !== className || isExcluded(element)) continue;
    if (isInside(element, root, parents) || isInside(root, element, parents)) continue;
    if (hasOwnHeading(element, parents)) continue;
    mates.push(element);
    if (mates.length >= MAX_CLASS_MATES) break;
  }
  return mates;
}

/**
 * A chunk whose wrapper carries its own linked headline is another story (a list of teasers), not
 * a chunk of this one: an article's own section headings between chunks are not links.
 */
function hasOwnHeading(element: Element, parents: ParentLookup): boolean {
  const parent = parents.get(element);
  if (parent?.type !== 'element') return false;
  let budget = MAX_HEADING_SEARCH;
  for (const sibling of elementChildren(parent)) {
    if (sibling === element) continue;
    const stack: Element[] = [sibling];
    while (stack.length > 0 && budget-- > 0) {
      const current = stack.pop() as Element;
      if (HEADING_TAGS.has(current.tagName) && holdsLink(current)) return true;
      for (const child of current.children) if (child.type === 'element') stack.push(child);
    }
  }
  return false;
}

function holdsLink(element: Element): boolean {
  const stack: Element[] = [element];
  for (let budget = MAX_HEADING_SEARCH; stack.length > 0 && budget > 0; budget--) {
    const current = stack.pop() as Element;
    if (current.tagName === 'a') return true;
    for (const child of current.children) if (child.type === 'element') stack.push(child);
  }
  return false;
}

function isInside(element: Element, ancestor: Element, parents: ParentLookup): boolean {
  let current = parents.get(element);
  for (let hops = 0; current && current.type === 'element' && hops < MAX_CANDIDATES_CHECKED * 2; hops++) {
    if (current === ancestor) return true;
    current = parents.get(current);
  }
  return false;
}

/** The element itself or its nearest ancestor with a furniture name (a bounded upward walk). */
function nearestNamed(element: Element, parents: ParentLookup, named: Map<Element, unknown>): Element | undefined {
  let current: Parents | undefined = element;
  for (let hops = 0; current && current.type === 'element' && hops < MAX_CANDIDATES_CHECKED; hops++) {
    if (named.has(current)) return current;
    current = parents.get(current);
  }
  return undefined;
}

/** Named as the article body by its class or id (BODY_CLASS), or by itemprop=articleBody. */
function isBodyNamed(element: Element): boolean {
  return hasBodyItemprop(element) || BODY_CLASS.test(testedNames(element));
}

/** schema.org microdata `itemprop=articleBody`: the CMS names the body itself. */
function hasBodyItemprop(element: Element): boolean {
  const itemprop = attr(element, 'itemprop');
  return itemprop !== undefined && /\barticlebody\b/i.test(itemprop);
}

/** Longer class/id strings are not tested. */
const MAX_NAMES_CHARS = 500;

/** The element's class and id to test against name patterns, or '' when it has none or too long a string. */
function testedNames(element: Element): string {
  if (element.properties.className === undefined && element.properties.id === undefined) return '';
  const names = classAndId(element);
  return names.length > 1 && names.length < MAX_NAMES_CHARS ? names : '';
}

function isProse(text: number, linkText: number): boolean {
  return text >= MIN_PARAGRAPH_CHARS && linkText <= text * MAX_PARAGRAPH_LINK_DENSITY;
}

/** Readability's paragraph score: one, plus a point per comma, plus a point per 100 characters (3 at most). */
function paragraphPoints(text: number, commas: number): number {
  return 1 + commas + Math.min(MAX_LENGTH_POINTS, Math.floor(text / 100));
}

function scoreAncestors(paragraph: ScoredParagraph, measures: Map<Element, Measure>): void {
  for (let level = 0; level < paragraph.ancestors.length; level++) {
    const ancestor = paragraph.ancestors[level] as Element;
    if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break;
    const target = measures.get(ancestor) as Measure;
    if (target.score === undefined) {
      target.score = initialScore(ancestor);
      target.factor = nameFactor(ancestor);
    }
    target.score += paragraph.points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
  }
}

/** Length once white space is collapsed (leading and trailing runs dropped), and the commas (Latin, CJK, Arabic). */
function measureText(value: string): { length: number; commas: number } {
  let length = 0;
  let commas = 0;
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0xfeff) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) length++;
    pendingSpace = false;
    length++;
    if (code === 44 || code === 0xff0c || code === 0x3001 || code === 0x060c) commas++;
  }
  return { length, commas };
}

function isParagraph(element: Element, measure: Measure): boolean {
  if (PARAGRAPH_TAGS.has(element.tagName)) return !measure.hasBlock;
  // A <div> or <section> of bare text is a paragraph too (Readability turns such divs into <p>).
  return (element.tagName === 'div' || element.tagName === 'section') && !measure.hasBlock && measure.text > 0;
}

/** Readability's starting score by tag, plus the weight of the element's names and signals. */
function initialScore(element: Element): number {
  let score = 0;
  switch (element.tagName) {
    case 'div':
    case 'article':
    case 'main':
      score += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score -= 3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5;
      break;
  }
  return score;
}

function nameFactor(element: Element): number {
  let factor = 1;
  if (hasBodyItemprop(element)) factor += ITEMPROP_BODY_FACTOR;
  const names = testedNames(element);
  if (names) {
    if (BODY_CLASS.test(names)) factor += BODY_CLASS_FACTOR;
    if (CONTENT_NAME.test(names)) factor += CONTENT_NAME_FACTOR;
    if (FURNITURE_NAME.test(names)) factor += FURNITURE_NAME_FACTOR;
  }
  return factor;
}

function finalScore(measure: Measure): number {
  const density = measure.text > 0 ? measure.linkText / measure.text : 0;
  return (measure.score ?? 0) * (measure.factor ?? 1) * (1 - density);
}

/** The best-scoring containers, best first, leaving out those inside furniture. */
function rankCandidates(measures: Map<Element, Measure>, isExcluded: (element: Element) => boolean): Element[] {
  const scored: { element: Element; score: number }[] = [];
  for (const [element, measure] of measures) {
    if (measure.score !== undefined) scored.push({ element, score: finalScore(measure) });
  }
  scored.sort((a, b) => b.score - a.score);
  const ranked: Element[] = [];
  for (const { element } of scored.slice(0, MAX_CANDIDATES_CHECKED)) {
    if (isExcluded(element)) continue;
    ranked.push(element);
    if (ranked.length === TOP_CANDIDATES) break;
  }
  return ranked;
}

function scoreOf(element: Element, measures: Map<Element, Measure>): number {
  const measure = measures.get(element);
  return measure ? finalScore(measure) : 0;
}

/** Climb (a little) until the root holds the opening words of the JSON-LD articleBody. */
function climbToOpening(root: Element, articleBody: string, parents: ParentLookup): Element {
  const probe = words(articleBody.slice(0, MAX_PROBE_SOURCE_CHARS)).slice(0, OPENING_PROBE_WORDS).join(' ');
  if (probe.split(' ').length < OPENING_PROBE_WORDS) return root;
  let candidate: Element = root;
  for (let level = 0; level <= MAX_OPENING_CLIMB; level++) {
    if (words(textContent(candidate)).join(' ').includes(probe)) return candidate;
    const parent = parents.get(candidate);
    if (parent?.type !== 'element' || parent.tagName === 'body' || parent.tagName === 'html') break;
    candidate = parent;
  }
  return root;
}

/** Only the start of articleBody is read for the probe. */
const MAX_PROBE_SOURCE_CHARS = 2000;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** When several near-best candidates sit under one ancestor of the best, the article is that ancestor. */
function widenToSharedAncestor(top: Element, ranked: Element[], parents: ParentLookup, measures: Map<Element, Measure>): Element {
  const topScore = scoreOf(top, measures);
  const rivals = ranked.slice(1).filter((element) => scoreOf(element, measures) >= topScore * ALTERNATIVE_SCORE_SHARE);
  if (rivals.length < MIN_ALTERNATIVES) return top;
  const rivalAncestors = rivals.map((rival) => ancestorSet(rival, parents));
  let candidate = parents.get(top);
  while (candidate && candidate.type === 'element' && candidate.tagName !== 'body') {
    const element = candidate;
    const sharing = rivalAncestors.filter((set) => set.has(element)).length;
    if (sharing >= MIN_ALTERNATIVES) return element;
    candidate = parents.get(element);
  }
  return top;
}

function ancestorSet(element: Element, parents: ParentLookup): Set<Element> {
  const set = new Set<Element>();
  let current = parents.get(element);
  while (current && current.type === 'element') {
    set.add(current);
    current = parents.get(current);
  }
  return set;
}

/** Climb while an ancestor scores better: the paragraphs' parent is often one wrapper of several. */
function climbToBetterAncestor(top: Element, parents: ParentLookup, measures: Map<Element, Measure>): Element {
  let lastScore = scoreOf(top, measures);
  const floor = lastScore / 3;
  let parent = parents.get(top);
  while (parent && parent.type === 'element' && parent.tagName !== 'body') {
    const measure = measures.get(parent);
    if (measure?.score !== undefined) {
      const parentScore = finalScore(measure);
      if (parentScore < floor) break;
      if (parentScore > lastScore) return parent;
      lastScore = parentScore;
    }
    parent = parents.get(parent);
  }
  return top;
}

/**
 * Siblings of the root that score well (or are good loose paragraphs) belong to the article too.
 * Then the root is a synthetic container holding the original elements in document order.
 */
function mergeSiblings(root: Element, parents: ParentLookup, measures: Map<Element, Measure>, dead: Set<Element>): Element[] {
  const parent = parents.get(root);
  if (parent?.type !== 'element') return [root];
  const rootScore = scoreOf(root, measures);
  const threshold = Math.max(MIN_SIBLING_SCORE, rootScore * SIBLING_SCORE_SHARE);
  const rootClass = String(root.properties.className ?? '');
  const kept: Element[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === root) {
      kept.push(sibling);
      continue;
    }
    const measure = measures.get(sibling);
    if (!measure || dead.has(sibling)) continue;
    let bonus = 0;
    if (rootClass && String(sibling.properties.className ?? '') === rootClass) bonus += rootScore * SIBLING_SCORE_SHARE;
    if (measure.score !== undefined && finalScore(measure) + bonus >= threshold) {
      kept.push(sibling);
      continue;
    }
    // A sibling paragraph (a <p>, or a <div> of bare text as CNN writes them) joins on its own merit.
    if ((sibling.tagName === 'p' || !measure.hasBlock) && isGoodLooseParagraph(sibling, measure)) kept.push(sibling);
  }
  return kept;
}

function isGoodLooseParagraph(element: Element, measure: Measure): boolean {
  const density = measure.text > 0 ? measure.linkText / measure.text : 0;
  if (measure.text >= SIBLING_PARAGRAPH_CHARS) return density < SIBLING_PARAGRAPH_LINK_DENSITY;
  if (measure.text === 0 || density > 0) return false;
  const last = element.children[element.children.length - 1];
  return /\.(?:\s|$)/.test(last && last.type === 'text' ? last.value : '');
}

function elementChildren(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === 'element');
}
