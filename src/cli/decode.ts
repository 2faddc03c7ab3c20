/**
 * Page bytes → text, as browsers and archive tools pick the encoding: a byte-order mark, then the
 * transport's charset (a WARC record's HTTP Content-Type), then a `<meta charset>` in the first
 * bytes, then UTF-8. Crawls hold many windows-1252 and Shift_JIS pages that reading everything as
 * UTF-8 would garble.
 *
 * One exception, as archive tools make it: pages re-saved as UTF-8 often keep the single-byte
 * charset they were first declared in. When the bytes are valid UTF-8 with non-ASCII in them, the
 * declared single-byte charset would garble every accented letter ("sanción" → "sanciÃ³n"), while
 * real single-byte text is almost never valid UTF-8 (an accented letter followed by ASCII is not);
 * so the bytes win, with a warning.
 */

/** The HTML spec's prescan looks at the first 1024 bytes for a meta charset. */
const PRESCAN_BYTES = 1024;

/** Longest encoding label read from a meta tag (the longest real one is under 30). */
const MAX_LABEL_LENGTH = 40;

/** The WHATWG encodings that take more than one byte for a character; every other one is single-byte. */
const MULTI_BYTE_ENCODINGS = new Set([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gbk',
  'gb18030',
  'big5',
  'euc-jp',
  'iso-2022-jp',
  'shift_jis',
  'euc-kr',
  'replacement',
  'x-user-defined',
]);

export interface DecodeHints {
  /** The charset the transport declared: the HTTP Content-Type of a WARC record. */
  transportCharset?: string | undefined;
  /** An encoding the user forced (`--encoding`): used whatever the bytes or the page say. */
  forced?: string | undefined;
}

export interface DecodedPage {
  html: string;
  /** The encoding read (its WHATWG name, e.g. "windows-1252"). */
  encoding: string;
  /** Set when the declared encoding was overruled. */
  warning?: string;
}

export function decodeHtml(bytes: Uint8Array, hints: DecodeHints = {}): DecodedPage {
  if (hints.forced) return decodeAs(bytes, hints.forced);
  const bom = bomEncoding(bytes);
  if (bom) return { html: decoderFor(bom).decode(bytes.subarray(bom === 'utf-8' ? 3 : 2)), encoding: bom };
  const declaredBy = hints.transportCharset ? 'the HTTP Content-Type' : 'the page';
  const label = hints.transportCharset ?? prescanCharset(bytes);
  if (!label) return decodeAs(bytes, 'utf-8');
  const encoding = encodingName(label);
  if (encoding && !MULTI_BYTE_ENCODINGS.has(encoding) && isUtf8WithNonAscii(bytes)) {
    return {
      ...decodeAs(bytes, 'utf-8'),
      warning: `${declaredBy} declares charset ${label}, but the bytes are valid UTF-8 with non-ASCII characters that ${label} would garble: read as UTF-8`,
    };
  }
  return decodeAs(bytes, label);
}

/** The WHATWG name of an encoding label ("latin1" → "windows-1252"), or undefined for an unknown label. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const param of contentType.split(';').slice(1)) {
    const [key, value] = param.split('=', 2);
    if (key?.trim().toLowerCase() === 'charset' && value) return value.trim().replace(/^["']|["']$/g, '') || undefined;
  }
  return undefined;
}

function decodeAs(bytes: Uint8Array, label: string): DecodedPage {
  const decoder = decoderFor(label);
  return { html: decoder.decode(bytes), encoding: decoder.encoding };
}

function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (bytes.every((byte) => byte < 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function prescanCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one char, so the ASCII markup reads the same in any ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  const label = metaCharset(head);
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the spec reads it as UTF-8).
  if (label?.startsWith('utf-16')) return 'utf-8';
  return label;
}

/**
 * The label in the first `<meta … charset=…>` (also inside `content="text/html; charset=…"`),
 * by a plain scan: the head is short, and no regex means no backtracking to worry about.
 */
function metaCharset(head: string): string | undefined {
  for (let start = head.indexOf('<meta'); start >= 0; start = head.indexOf('<meta', start + 5)) {
    const end = head.indexOf('>', start);
    const tag = head.slice(start, end < 0 ? head.length : end);
    const at = tag.indexOf('charset');
    if (at < 0) continue;
    let i = at + 'charset'.length;
    while (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '\n' || tag[i] === '\r') i++;
    if (tag[i] !== '=') continue;
    i++;
    while (tag[i] === ' ' || tag[i] === '"' || tag[i] === "'") i++;
    let label = '';
    while (i < tag.length && label.length < MAX_LABEL_LENGTH && isLabelChar(tag[i] as string)) label += tag[i++];
    if (label) return label;
  }
  return undefined;
}

function isLabelChar(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') || char === '-' || char === '_' || char === '.' || char === ':' || char === '+';
}

function decoderFor(label: string): TextDecoderLike {
  let decoder: TextDecoderLike;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    return new TextDecoder('utf-8'); // an unknown label: the usual truth on the web
  }
  return decoder.encoding === 'windows-1252' ? { encoding: 'windows-1252', decode: decodeWindows1252 } : decoder;
}

interface TextDecoderLike {
  encoding: string;
  decode(bytes: Uint8Array): string;
}

/**
 * windows-1252 (also what "iso-8859-1" and "latin1" mean on the web). Node 20's TextDecoder
 * decodes it as ISO-8859-1, turning the curly quotes 0x93/0x94 into control characters, so the
 * 0x80–0x9F row is mapped here.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80] as string);
}
