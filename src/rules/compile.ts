/**
 * Site rules checked and normalised once per rule set: every key known, every host name readable,
 * every selector parsed. What is wrong is kept as a problem (a warning on the pages the rule applies
 * to, an error for the CLI) and left out; the rest of the rule still applies. Nothing here throws.
 */
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { RuleField, SiteRule } from './types.js';
import { hostOf } from '../url.js';

/** Every key a rule may have, in the order the README lists them. */
export const RULE_KEYS = ['hosts', 'body', 'exclude', 'title', 'authors', 'publishedAt', 'tags', 'related', 'quotes'] as const;
export const RULE_FIELDS: readonly RuleField[] = ['title', 'authors', 'publishedAt', 'tags', 'related'];

/** A selector longer than this is a mistake (a pasted page?), not a rule: it is not parsed. */
const MAX_SELECTOR_CHARS = 2000;
/** Host names are at most 253 characters (RFC 1035). */
const MAX_HOST_CHARS = 253;
/** A rule's label names at most this many of its hosts. */
const LABEL_HOSTS = 3;
/** More rules than this are not read (a rules file is a few dozen sites; this bounds a hostile one). */
const MAX_RULES = 10_000;

export interface CompiledRule {
  /** "rule 2 (example.com)": how warnings name the rule. */
  label: string;
  /** Host names without `www.`; undefined: every page; empty: no page (its `hosts` could not be read). */
  hosts?: string[];
  body?: string;
  exclude: string[];
  fields: Partial<Record<RuleField, string>>;
  quotes: boolean;
  /** What was wrong with the rule, each naming the rule (and the selector). */
  problems: string[];
}

/** A rule set ready to use: build one with `compileRules` and pass it as `options.rules` to every `extract` call. */
export class CompiledRules {
  readonly rules: readonly CompiledRule[];
  /** Problems with the rule set as a whole (not a list, too long). */
  readonly setProblems: readonly string[];
  /** Every problem, of the set and of each rule, each naming the rule; empty when all is well. */
  readonly problems: readonly string[];

  constructor(rules: CompiledRule[], setProblems: string[]) {
    this.rules = rules;
    this.setProblems = setProblems;
    this.problems = [...setProblems, ...rules.flatMap((rule) => rule.problems)];
  }
}

const compiled = new WeakMap<object, CompiledRules>();

/**
 * Check and normalise site rules once, for any number of pages. `extract` also compiles a rules
 * object or list itself on first use and keeps the result for as long as that same object lives,
 * so change a rule set by passing a new one, not by editing it in place.
 */
export function compileRules(rules: SiteRule | readonly SiteRule[] | CompiledRules): CompiledRules {
  if (rules instanceof CompiledRules) return rules;
  if (typeof rules !== 'object' || rules === null) {
    return new CompiledRules([], [`Site rules must be a rule object or a list of them, got ${rules === null ? 'null' : typeof rules}.`]);
  }
  const cached = compiled.get(rules);
  if (cached) return cached;
  const list: readonly unknown[] = Array.isArray(rules) ? rules : [rules];
  const problems: string[] = [];
  if (list.length > MAX_RULES) problems.push(`Only the first ${MAX_RULES} of ${list.length} site rules were read.`);
  const done = new CompiledRules(
    list.slice(0, MAX_RULES).map((rule, index) => compileRule(rule, index)),
    problems,
  );
  compiled.set(rules, done);
  return done;
}

function compileRule(value: unknown, index: number): CompiledRule {
  const rule: CompiledRule = { label: `rule ${index + 1}`, exclude: [], fields: {}, quotes: true, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    rule.hosts = [];
    rule.problems.push(`Site ${rule.label} is not an object; it was ignored.`);
    return rule;
  }
  const source = value as Record<string, unknown>;
  // The hosts first: they name the rule in every other problem.
  if (source.hosts !== undefined) {
    rule.hosts = readHosts(source.hosts, rule);
    if (rule.hosts.length > 0) {
      const more = rule.hosts.length > LABEL_HOSTS ? ', …' : '';
      rule.label += ` (${rule.hosts.slice(0, LABEL_HOSTS).join(', ')}${more})`;
    }
  }
  const problem = (message: string) => rule.problems.push(`Site ${rule.label}: ${message}`);
  for (const key of Object.keys(source)) {
    if (!(RULE_KEYS as readonly string[]).includes(key)) problem(`unknown key "${key}" (known: ${RULE_KEYS.join(', ')}); it was ignored.`);
  }
  if (source.body !== undefined) rule.body = readSelector(source.body, 'body', problem);
  if (source.exclude !== undefined) {
    if (!Array.isArray(source.exclude)) problem('exclude must be a list of selectors; it was ignored.');
    else {
      for (const selector of source.exclude) {
        const checked = readSelector(selector, 'exclude', problem);
        if (checked !== undefined) rule.exclude.push(checked);
      }
    }
  }
  for (const field of RULE_FIELDS) {
    if (source[field] === undefined) continue;
    const checked = readSelector(source[field], field, problem);
    if (checked !== undefined) rule.fields[field] = checked;
  }
  if (source.quotes !== undefined) {
    if (typeof source.quotes !== 'boolean') problem('quotes must be false (or true, the default); it was ignored.');
    else rule.quotes = source.quotes;
  }
  return rule;
}

/** The rule's host names; none (the rule applies to no page) when `hosts` cannot be read as a whole. */
function readHosts(value: unknown, rule: CompiledRule): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    rule.problems.push(`Site ${rule.label}: hosts must be a non-empty list of host names; the rule applies to no page.`);
    return [];
  }
  const hosts: string[] = [];
  for (const item of value) {
    const host = normaliseHost(item);
    if (host === undefined) rule.problems.push(`Site ${rule.label}: ${JSON.stringify(item)} is not a host name; it was ignored.`);
    else if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/** "WWW.Example.com" → "example.com"; undefined for what is not a bare host name (a URL, a path, a port). */
export function normaliseHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // "*.example.com" says what a host already means here: the site and its subdomains.
  const trimmed = value.trim().toLowerCase().replace(/^\*\./, '');
  if (!trimmed || trimmed.length > MAX_HOST_CHARS || /[\s/:@?#\\*]/.test(trimmed)) return undefined;
  // The URL parser gives the host as a page's URL would have it (punycode for IDNs); '' when it cannot.
  const host = hostOf(`http://${trimmed}`);
  return host && !host.startsWith('.') ? host : undefined;
}

/** An empty tree: selecting in it parses the selector and nothing more. */
const EMPTY_TREE: Root = { type: 'root', children: [] };

function readSelector(value: unknown, key: string, problem: (message: string) => void): string | undefined {
  if (typeof value !== 'string') {
    problem(`${key} must be a CSS selector string, got ${value === null ? 'null' : typeof value}; it was ignored.`);
    return undefined;
  }
  if (value.length > MAX_SELECTOR_CHARS) {
    problem(`the selector for ${key} is longer than ${MAX_SELECTOR_CHARS} characters; it was ignored.`);
    return undefined;
  }
  const error = selectorError(value);
  if (error !== undefined) {
    problem(`selector ${JSON.stringify(value)} for ${key} is invalid (${error}); it was ignored.`);
    return undefined;
  }
  return value;
}

/** Why hast-util-select cannot read the selector (it throws), or undefined when it can. */
export function selectorError(selector: string): string | undefined {
  try {
    selectAll(selector, EMPTY_TREE);
    return undefined;
  } catch (error) {
    return errorText(error);
  }
}

export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^css-selector-parser parse error: /, '');
}
