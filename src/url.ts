/** URL helpers: everything onrecord outputs is an absolute http(s) URL, or nothing. */

const HTTP_SCHEME = /^https?:$/;

/** Resolve `href` against `base`; undefined unless the result is http(s). */
export function resolveUrl(href: string | undefined, base?: string): string | undefined {
  if (href === undefined) return undefined;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > 4096) return undefined;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return HTTP_SCHEME.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string | undefined): value is string {
  return resolveUrl(value) !== undefined;
}

/** Host without `www.`, lower-case; empty for an invalid URL. */
export function hostOf(value: string): string {
  try {
    return new URL(value).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True when `host` is `domain` or one of its subdomains (exact: `reddit.com.evil.test` is not reddit). */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** A URL scheme ("https:", "mailto:"): what a URL typed without one ("example.com/x") lacks. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Longest part of a rejected URL quoted back in a warning. */
const QUOTED_URL_LENGTH = 200;

/**
 * Why `url`, given as the page's URL, cannot be used: undefined when it is an absolute http(s) URL
 * (or empty). A URL without a scheme is the common slip (`--url example.com/x`): the message says
 * so rather than dropping it in silence.
 */
export function pageUrlProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || resolveUrl(trimmed) !== undefined) return undefined;
  const quoted = JSON.stringify(trimmed.slice(0, QUOTED_URL_LENGTH));
  if (!SCHEME.test(trimmed)) {
    return `Option url ${quoted} has no scheme, so it is not an absolute URL; it was ignored (did you mean "https://${trimmed.replace(/^\/+/, '').slice(0, QUOTED_URL_LENGTH)}"?).`;
  }
  return `Option url ${quoted} is not an absolute http(s) URL; it was ignored.`;
}

/** `decodeURIComponent` that returns the input unchanged on a malformed escape instead of throwing. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
