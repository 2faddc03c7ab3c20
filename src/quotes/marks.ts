/**
 * The quotation-mark scanner: finds the outermost quoted spans of one paragraph.
 *
 * Marks are read by their shape and by what flanks them, the way a reader does: an opening mark
 * has a space (or an opening bracket, a dash, another mark) before it and a word after it; a
 * closing mark the reverse. Unambiguous pairs (« », „ “, ‚ ‘) pair first; straight marks and the
 * typographic marks that some sites use the wrong way round are decided by flanking. Nested quotes
 * stay inside the outer span. One pass, a small stack: linear in the paragraph's length.
 */

/** A top-level quoted span of a paragraph (offsets into the paragraph's text). */
export interface MarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (the paragraph's end when unclosed). */
  close: number;
  /** The quoted words, white space trimmed. */
  contentStart: number;
  contentEnd: number;
  closed: boolean;
  /** The opening mark as written ("“", "«", "''", …). */
  mark: string;
  /** Double marks and guillemets may run over paragraphs; single marks never do. */
  kind: 'double' | 'single';
}

interface Opener {
  mark: string;
  index: number;
  length: number;
}

/** For each opening mark, the marks that may close it (wrong-way-round marks included). */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”"“',
  '”': '”"',
  '„': '“”"',
  "''": '\'”"',
  '``': '\'”"',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '‘': "’'‘",
  '‚': '‘’',
  "'": "'’",
};
const SINGLE_OPENERS = new Set(['‘', '‚', "'", '‹', '›']);
/** Guillemets and low marks open without looking at what follows: French sets a space inside them. */
const ALWAYS_OPEN = new Set(['«', '„', '‹']);
const MARK_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', '‚', "'", '`']);
/** Characters after which a mark opens. */
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '¿', '¡', ':', '…']);
/** Characters before which a mark closes. */
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/']);
/** How deep below the top a closing mark may reach to find its opener (unclosed inner marks are dropped). */
const MAX_CLOSE_REACH = 3;
/** The stack never grows past this: hostile input full of opening marks stays linear. */
const MAX_STACK = 16;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export function scanMarks(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const stack: Opener[] = [];
  // Spans closed right above a single mark at the bottom: kept when that mark never closes. A lone
  // ‘ or ' at a word's start is a transliteration or an elision ("in ‘Adi", "'s Nachts"), not a
  // quote holding the paragraph's real quotes.
  let aboveSingle: MarkSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!MARK_CHARS.has(ch)) continue;
    let mark = ch;
    if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) mark = ch + ch;
    else if (ch === '`') continue;
    const prev = text[i - 1];
    const next = text[i + mark.length];
    // An apostrophe inside a word (don't, l’État, dell'anno) is never a mark.
    if ((ch === '’' || ch === "'") && mark.length === 1 && isWordChar(prev) && isWordChar(next)) continue;
    const leftFlanking = !isSpace(next) && (isSpace(prev) || OPEN_CONTEXT.has(prev as string) || MARK_CHARS.has(prev as string));
    const rightFlanking = !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.has(next as string) || MARK_CHARS.has(next as string));

    const closing = findOpener(stack, mark, i, leftFlanking, rightFlanking);
    if (closing >= 0) {
      const opener = stack[closing] as Opener;
      stack.length = closing;
      if (closing === 0) {
        spans.push(makeSpan(text, opener, i, i + mark.length, true));
        aboveSingle = [];
      } else if (closing === 1 && SINGLE_OPENERS.has((stack[0] as Opener).mark)) {
        aboveSingle.push(makeSpan(text, opener, i, i + mark.length, true));
      }
    } else if (canOpen(mark, prev, leftFlanking) && stack.length < MAX_STACK) {
      stack.push({ mark, index: i, length: mark.length });
    }
    i += mark.length - 1;
  }
  const bottom = stack[0];
  if (bottom && !SINGLE_OPENERS.has(bottom.mark)) spans.push(makeSpan(text, bottom, text.length, text.length, false));
  else if (bottom) spans.push(...aboveSingle);
  return spans;
}

function findOpener(stack: Opener[], mark: string, index: number, leftFlanking: boolean, rightFlanking: boolean): number {
  const lowest = Math.max(0, stack.length - MAX_CLOSE_REACH);
  for (let k = stack.length - 1; k >= lowest; k--) {
    const opener = stack[k] as Opener;
    const closers = CLOSERS[opener.mark] ?? '';
    if (!closers.includes(mark[0] as string)) continue;
    if (mark.length === 2 && mark[0] === '`') continue;
    // Guillemets and low-9 pairs are unambiguous; other marks close only when they look closing.
    const unambiguous =
      opener.mark === '«' ||
      opener.mark === '»' ||
      opener.mark === '‹' ||
      opener.mark === '›' ||
      opener.mark === '„' ||
      opener.mark === '‚';
    // Two marks in a row are not an empty quote: the second opens (or is a stray).
    if (!unambiguous && opener.index + opener.length === index) continue;
    // A mark that only looks opening (`"A "B" C"`) opens a nested quote instead.
    if (unambiguous || rightFlanking || !leftFlanking) return k;
  }
  return -1;
}

function canOpen(mark: string, prev: string | undefined, leftFlanking: boolean): boolean {
  if (ALWAYS_OPEN.has(mark)) return true;
  if (mark === '’') return false; // a closing single or an apostrophe (’90s, the players’)
  // ”…” (Swedish style, or a wrong mark) opens only after a space.
  if (mark === '”' && !isSpace(prev)) return false;
  if ((mark === "'" || mark === '‘') && isWordChar(prev)) return false;
  return leftFlanking;
}

function makeSpan(text: string, opener: Opener, closeMarkAt: number, close: number, closed: boolean): MarkSpan {
  let contentStart = opener.index + opener.length;
  let contentEnd = closeMarkAt;
  while (contentStart < contentEnd && isSpace(text[contentStart])) contentStart++;
  while (contentEnd > contentStart && isSpace(text[contentEnd - 1])) contentEnd--;
  return {
    open: opener.index,
    close,
    contentStart,
    contentEnd,
    closed,
    mark: opener.mark,
    kind: SINGLE_OPENERS.has(opener.mark) && opener.mark !== '‹' && opener.mark !== '›' ? 'single' : 'double',
  };
}

/** Whether a paragraph opens with a quotation mark (a quote running on from the paragraph before). */
export function opensWithMark(text: string): string | undefined {
  let i = 0;
  while (i < text.length && isSpace(text[i])) i++;
  const ch = text[i];
  if (ch === undefined || !MARK_CHARS.has(ch) || ch === '’') return undefined;
  if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) return ch + ch;
  return ch;
}

/** A pull quote or blockquote needs no marks, but is only a quote when it is this long. */
const MIN_PULL_QUOTE_WORDS = 4;
/** A byline at the end of a pull quote: "… — Sonya Herridge" (the name starts on a non-space: one reading). */
const TRAILING_BYLINE = /\s[—–]\s{0,3}[^—–\n\s][^—–\n]{1,79}$/u;

/**
 * The whole text of a pull-quote paragraph (or a blockquote signed "— Name") that has no marks of
 * its own, as one span, leaving out the trailing "— Name" so that it reads as the attribution.
 */
export function pullQuoteSpan(text: string, pullQuote: boolean): MarkSpan | undefined {
  const byline = TRAILING_BYLINE.exec(text);
  // A plain blockquote may be an excerpt of a document or another article: only a byline makes it speech.
  if (!pullQuote && !byline) return undefined;
  let contentEnd = byline ? byline.index : text.length;
  let contentStart = 0;
  while (contentStart < contentEnd && isSpace(text[contentStart])) contentStart++;
  while (contentEnd > contentStart && isSpace(text[contentEnd - 1])) contentEnd--;
  const words = text.slice(contentStart, contentEnd).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_PULL_QUOTE_WORDS) return undefined;
  return { open: contentStart, close: contentEnd, contentStart, contentEnd, closed: true, mark: '', kind: 'double' };
}
