/** Output strings are well-formed UTF-16 plain text: no lone surrogates, no NULs, no stray control characters. */

/**
 * NUL and the C0 control characters other than tab, line feed and carriage return, and DEL: they
 * are not text, and some consumers (C strings, XML, terminals) choke on them.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REPLACEMENT = '\ufffd';

/**
 * `value` with each lone surrogate and control character replaced by U+FFFD, one code unit for one,
 * so that offsets into the string stay valid. An Article holds many short strings: one plain loop
 * clears almost all of them, and only a string with a suspect code unit is repaired.
 */
export function cleanString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const suspect = code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code === 0x7f || (code >= 0xd800 && code <= 0xdfff);
    if (suspect) return repair(value);
  }
  return value;
}

function repair(value: string): string {
  const out = value.replace(CONTROL_CHARACTERS, REPLACEMENT);
  return isWellFormed(out) ? out : out.replace(LONE_SURROGATE, REPLACEMENT);
}

/** Is `value` well-formed UTF-16? (`String.prototype.isWellFormed` where the runtime has it.) */
export function isWellFormed(value: string): boolean {
  const native = (value as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof native === 'function') return native.call(value);
  LONE_SURROGATE.lastIndex = 0;
  const found = LONE_SURROGATE.test(value);
  LONE_SURROGATE.lastIndex = 0;
  return !found;
}
