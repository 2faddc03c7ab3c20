/**
 * Which rules apply to a page: those without hosts, and those naming the page's host or a domain
 * above it. The host is the one the caller gave (`options.url`), else the page's own canonical URL.
 */
import type { Context } from '../context.js';
import { extractCanonicalUrl } from '../metadata/site.js';
import { hostIs, hostOf } from '../url.js';
import type { CompiledRule } from './compile.js';

/** The page's host without `www.`, or undefined when neither a URL nor a canonical URL is known. */
export function pageHost(context: Context): string | undefined {
  const url = context.pageUrl ?? extractCanonicalUrl(context);
  return (url && hostOf(url)) || undefined;
}

export function ruleApplies(rule: CompiledRule, host: string | undefined): boolean {
  if (rule.hosts === undefined) return true;
  return host !== undefined && rule.hosts.some((domain) => hostIs(host, domain));
}
