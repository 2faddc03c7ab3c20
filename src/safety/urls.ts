/** Output URLs are absolute http(s) URLs, nothing else. */
import { resolveUrl } from '../url.js';

/** Printable ASCII without spaces: a URL string that needs no cleaning. */
const CLEAN_URL_CHARACTERS = /^[\u0021-\u007e]+$/;

/**
 * `value` when it is an absolute http(s) URL; its normalised form when it parses as one only after
 * cleaning (white space, control characters, non-ASCII); otherwise undefined. `javascript:`,
 * `data:`, `vbscript:` and every other scheme fail, however they are disguised (case, white space,
 * control characters, entities decoded by the parser): the WHATWG URL parser decides the scheme.
 */
export function safeUrl(value: string): string | undefined {
  const resolved = resolveUrl(value);
  if (resolved === undefined) return undefined;
  return CLEAN_URL_CHARACTERS.test(value) ? value : resolved;
}
