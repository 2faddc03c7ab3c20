/** Output URLs are absolute http(s) URLs, nothing else. */
import { resolveUrl } from '../url.js';

/**
 * An http(s) URL that needs no parsing to be trusted: a plain host name whose last label starts
 * with a letter (so it is not an IPv4 address the URL parser could reject), no user info or port,
 * then printable ASCII. Most output URLs look like this; the rest go through the URL parser.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:[/?#][\u0021-\u007e]*)?$/i;

/** Punycode labels can be invalid ("xn--zz"): those URLs take the parser's path. */
const PUNYCODE = /xn--/i;

/** Printable ASCII without spaces: a URL string that needs no cleaning. */
const CLEAN_URL_CHARACTERS = /^[\u0021-\u007e]+$/;

/**
 * `value` when it is an absolute http(s) URL; its normalised form when it parses as one only after
 * cleaning (white space, control characters, non-ASCII); otherwise undefined. `javascript:`,
 * `data:`, `vbscript:` and every other scheme fail, however they are disguised (case, white space,
 * control characters, entities decoded by the parser): the WHATWG URL parser decides the scheme.
 */
export function safeUrl(value: string): string | undefined {
  if (value.length <= MAX_FAST_URL_CHARS && PLAIN_HTTP_URL.test(value) && !PUNYCODE.test(value)) return value;
  const resolved = resolveUrl(value);
  if (resolved === undefined) return undefined;
  return CLEAN_URL_CHARACTERS.test(value) ? value : resolved;
}

/** resolveUrl refuses longer URLs; the fast path must not accept what the slow one would refuse. */
const MAX_FAST_URL_CHARS = 4096;
