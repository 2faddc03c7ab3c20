/**
 * `--rules FILE`: site rules for every page of the run, read and checked once at start. A file
 * that is not JSON, not a list of rule objects, or holds an unknown key or a selector that
 * hast-util-select cannot read is a usage error: better to stop than to read a crawl without them.
 */
import { readFileSync } from 'node:fs';
import { compileRules } from '../rules/compile.js';
import type { SiteRule } from '../rules/types.js';

/** The rules in the file, or the message saying what is wrong with it. */
export function readRulesFile(path: string): SiteRule[] | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `--rules ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  let rules: unknown;
  try {
    rules = JSON.parse(text);
  } catch (error) {
    return `--rules ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!Array.isArray(rules)) return `--rules ${path} must hold a JSON list of site rules ([{"hosts": […], "body": "…"}, …])`;
  const { problems } = compileRules(rules as SiteRule[]);
  if (problems.length > 0) return `--rules ${path}:\n  ${problems.join('\n  ')}`;
  return rules as SiteRule[];
}
