/**
 * Site rules on one page (README "Site rules"): the rules whose hosts match the page are applied
 * in list order. `exclude` prunes the tree before any stage reads it; the first rule whose `body`
 * matches gives the article root; for each field, the first rule whose selector yields a value
 * gives it, ahead of every other source. The elements a field came from leave `Article.text`, as
 * the headline, byline and tag list found without rules do.
 */
import type { Element } from 'hast';
import type { Block, BlockClaim } from '../boundary/blocks.js';
import { type Context, createContext } from '../context.js';
import type { Metadata } from '../metadata/index.js';
import type { Author, ExtractOptions, RelatedLink, Tag, Warning } from '../types.js';
import { type CompiledRule, compileRules, RULE_FIELDS } from './compile.js';
import { readAuthors, readDate, readRelated, readTags, readTitle } from './fields.js';
import { pageHost, ruleApplies } from './hosts.js';
import { withoutElements } from './prune.js';
import { outermost, selectForRule } from './select.js';
import type { RuleField } from './types.js';

/** What the rules say about one page. */
export interface RuledPage {
  /** The context to read the page with: a new one over the pruned tree when `exclude` removed something. */
  context: Context;
  /** The article root a rule chose: one element, or a container of several in page order. */
  body?: Element;
  title?: string;
  authors?: Author[];
  publishedAt?: string;
  tags?: Tag[];
  relatedLinks?: RelatedLink[];
  /** False when a rule turned quote extraction off. */
  quotes: boolean;
  /** The elements the fields were read from, and how their blocks are claimed out of the text. */
  claims: Map<Element, BlockClaim>;
}

const CLAIM_BY_FIELD: Record<RuleField, BlockClaim> = {
  title: 'headline',
  authors: 'byline',
  publishedAt: 'dateline',
  tags: 'tags',
  related: 'related',
};

/** Apply `options.rules` to the page; undefined when no rule applies (the page is read as without rules). */
export function applyRules(context: Context, options: ExtractOptions): RuledPage | undefined {
  const rules = compileRules(options.rules as NonNullable<ExtractOptions['rules']>);
  const warnings: Warning[] = [];
  const host = pageHost(context);
  const applicable: CompiledRule[] = [];
  for (const rule of rules.rules) {
    const applies = ruleApplies(rule, host);
    if (applies) applicable.push(rule);
    // A rule that applies to no page because its hosts are unreadable is reported on every page.
    if (applies || rule.hosts?.length === 0) for (const message of rule.problems) warnings.push({ code: 'rule-invalid', message });
  }
  for (const message of rules.setProblems) warnings.push({ code: 'rule-invalid', message });
  if (applicable.length === 0) {
    context.warnings.push(...warnings);
    return undefined;
  }

  const ruled: RuledPage = { context, quotes: applicable.every((rule) => rule.quotes), claims: new Map() };
  // The fields are read from the page as served: a rule may take its related links from the
  // promo cards it also excludes from the text.
  for (const field of RULE_FIELDS) {
    for (const rule of applicable) {
      const selector = rule.fields[field];
      if (selector === undefined) continue;
      const found = selectForRule(context.tree, rule, field, selector, warnings);
      if (found.length === 0) continue;
      if (readField(ruled, field, found, context.baseUrl)) {
        for (const element of found) ruled.claims.set(element, CLAIM_BY_FIELD[field]);
        break;
      }
      warnings.push({
        code: 'rule-unmatched',
        message: `Site ${rule.label}: selector ${JSON.stringify(selector)} for ${field} matched ${found.length} element(s) with no ${field} in them.`,
      });
    }
  }
  prune(ruled, options, applicable, warnings);
  const page = ruled.context;
  for (const rule of applicable) {
    if (ruled.body || rule.body === undefined) continue;
    const found = outermost(selectForRule(page.tree, rule, 'body', rule.body, warnings), page.parents);
    if (found.length === 1) ruled.body = found[0];
    // Several matches: a container of them in page order, as the boundary builds for a split body.
    else if (found.length > 1) ruled.body = { type: 'element', tagName: 'div', properties: {}, children: found };
  }
  page.warnings.push(...warnings);
  return ruled;
}

/** Read one field into `ruled`; false when the elements hold nothing for it. */
function readField(ruled: RuledPage, field: RuleField, found: Element[], baseUrl: string | undefined): boolean {
  switch (field) {
    case 'title':
      ruled.title = readTitle(found);
      return ruled.title !== undefined;
    case 'authors':
      ruled.authors = readAuthors(found, baseUrl);
      return ruled.authors !== undefined;
    case 'publishedAt':
      ruled.publishedAt = readDate(found);
      return ruled.publishedAt !== undefined;
    case 'tags':
      ruled.tags = readTags(found, baseUrl);
      return ruled.tags !== undefined;
    case 'related':
      ruled.relatedLinks = readRelated(found, baseUrl);
      return ruled.relatedLinks !== undefined;
  }
}

/**
 * The page without the rules' excluded elements: a new context over a pruned copy of the tree
 * (nothing changes when no exclude selector matched). Claimed elements that were copied on the
 * way are claimed in the copy.
 */
function prune(ruled: RuledPage, options: ExtractOptions, rules: CompiledRule[], warnings: Warning[]): void {
  const { context } = ruled;
  const excluded = new Set<Element>();
  for (const rule of rules) {
    for (const selector of rule.exclude) {
      for (const element of selectForRule(context.tree, rule, 'exclude', selector, warnings)) excluded.add(element);
    }
  }
  if (excluded.size === 0) return;
  const { tree, copies } = withoutElements(context.tree, excluded, context.parents);
  // Head metadata and JSON-LD are read again from what is left: an excluded element says nothing.
  ruled.context = createContext(tree, options);
  if (context.budget) ruled.context.budget = context.budget;
  for (const [element, claim] of [...ruled.claims]) {
    const copy = copies.get(element);
    if (copy?.type === 'element') ruled.claims.set(copy, claim);
  }
}

/** Blocks inside the elements a rule's field came from leave the text, as the stage itself would claim them. */
export function claimRuledBlocks(blocks: Block[], ruled: RuledPage): void {
  if (ruled.claims.size === 0) return;
  for (const block of blocks) {
    if (block.claimedBy) continue;
    // The innermost element a field came from, around the block, says what the block is.
    let current: Element | undefined = block.element;
    for (let depth = 0; current && depth < MAX_CLAIM_CLIMB; depth++) {
      const claim = ruled.claims.get(current);
      if (claim) {
        block.claimedBy = claim;
        break;
      }
      const parent = ruled.context.parents.get(current);
      current = parent?.type === 'element' ? parent : undefined;
    }
  }
}

/** The tree is depth-capped at 400 by the parser; this bounds the climb regardless. */
const MAX_CLAIM_CLIMB = 400;

/** The metadata with the fields the rules gave put first. */
export function withRuledMetadata(metadata: Metadata, ruled: RuledPage): Metadata {
  const result: Metadata = { ...metadata };
  if (ruled.title !== undefined) result.title = ruled.title;
  if (ruled.authors !== undefined) result.authors = ruled.authors;
  if (ruled.publishedAt !== undefined) result.publishedAt = ruled.publishedAt;
  return result;
}
