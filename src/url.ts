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
