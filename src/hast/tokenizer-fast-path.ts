/**
 * A fast path through the long stretches of input that parse5's tokenizer only copies: the
 * contents of `<script>`, `<style>` and the other raw-text elements, quoted attribute values and
 * comments.
 *
 * About half of a news page's characters are inline scripts and styles (54% over the article-
 * extraction benchmark's pages), and much of the rest sits in attribute values (JSON in data-*,
 * srcset, style). The tokenizer reads them one code point at a time through its state machine.
 * Inside them only a few characters change what it does: `<` (a possible end tag or, in a script,
 * a comment-like escape), a closing quote or `&` in an attribute value, `-` or `<` in a comment,
 * NUL (replaced by U+FFFD) and CR (normalised to LF). Every other character is copied. So after the
 * tokenizer has taken one ordinary character the usual way, this jumps to the next stop character
 * and extends the tokenizer's pending run of text over everything between.
 *
 * The tree is the same as without it (tested against plain parse5 on adversarial input); only the
 * bookkeeping parse5 keeps for source positions and error reports, which onrecord turns off, is not
 * advanced over the jumped text. It reaches into parse5's tokenizer internals, which is safe
 * because the builds carry parse5 inline at the version the tests ran against.
 */
import type { Tokenizer } from 'parse5';

/** The characters that end a stretch the tokenizer need not look at one by one, per state. */
const RAW_TEXT_STOP = /[<\0\r]/g;
const DOUBLE_QUOTED_STOP = /["&\0\r]/g;
const SINGLE_QUOTED_STOP = /['&\0\r]/g;
const COMMENT_STOP = /[-<\0\r]/g;

/** The parts of parse5's tokenizer the fast path reads and moves (protected in its types). */
interface TokenizerInternals {
  preprocessor: { html: string; pos: number };
  currentToken: unknown;
  currentCharacterToken: unknown;
  runEnd: number;
  consumedAfterSnapshot: number;
  state: number;
  _stateScriptData(cp: number): void;
  _stateRawtext(cp: number): void;
  _stateAttributeValueDoubleQuoted(cp: number): void;
  _stateAttributeValueSingleQuoted(cp: number): void;
  _stateComment(cp: number): void;
}

type StateName =
  | '_stateScriptData'
  | '_stateRawtext'
  | '_stateAttributeValueDoubleQuoted'
  | '_stateAttributeValueSingleQuoted'
  | '_stateComment';

/** Each state sped up, the characters that end its plain stretches, and whether it builds a token (tag or comment) rather than text. */
const FAST_STATES: [StateName, RegExp, boolean][] = [
  ['_stateScriptData', RAW_TEXT_STOP, false],
  ['_stateRawtext', RAW_TEXT_STOP, false],
  ['_stateAttributeValueDoubleQuoted', DOUBLE_QUOTED_STOP, true],
  ['_stateAttributeValueSingleQuoted', SINGLE_QUOTED_STOP, true],
  ['_stateComment', COMMENT_STOP, true],
];

/**
 * Make `tokenizer` skip through plain stretches (call once, before it reads any input). Returns
 * false, leaving the tokenizer as it was, when its internals are not the ones this was written
 * for (another parse5 version): then parsing is only slower.
 */
export function speedUpTokenizer(tokenizer: Tokenizer): boolean {
  const internals = tokenizer as unknown as TokenizerInternals;
  const known =
    typeof internals.runEnd === 'number' &&
    typeof internals.consumedAfterSnapshot === 'number' &&
    typeof internals.state === 'number' &&
    typeof internals.preprocessor?.html === 'string' &&
    FAST_STATES.every(([name]) => typeof internals[name] === 'function');
  if (!known) return false;
  for (const [name, stop, inToken] of FAST_STATES) {
    const state = internals[name];
    internals[name] = function (this: TokenizerInternals, cp: number): void {
      const before = this.state;
      state.call(this, cp);
      // A character that changed the state (a quote, '<', '-', '&') starts no plain stretch.
      if (this.state === before) skipPlainStretch(this, cp, stop, inToken);
    };
  }
  return true;
}

/**
 * After the tokenizer took `cp` into its pending run (of text, or of the attribute value or
 * comment it builds), take every following character up to the next stop character the same way.
 * Only when `cp` is the input as written (not a CR read as LF, not half of a surrogate pair) and
 * the run ends right after it, so that the run stays one contiguous slice of the input.
 */
function skipPlainStretch(tokenizer: TokenizerInternals, cp: number, stopAt: RegExp, inToken: boolean): void {
  const { preprocessor } = tokenizer;
  const { html, pos } = preprocessor;
  if (tokenizer.runEnd !== pos + 1 || html.charCodeAt(pos) !== cp) return;
  if (inToken ? tokenizer.currentToken === null : tokenizer.currentToken !== null || tokenizer.currentCharacterToken === null) return;
  stopAt.lastIndex = pos + 1;
  // `test`, not `exec`: no match object per jump (the stop characters are one code unit each).
  const end = stopAt.test(html) ? stopAt.lastIndex - 1 : html.length;
  if (end <= pos + 1) return;
  preprocessor.pos = end - 1;
  tokenizer.runEnd = end;
  tokenizer.consumedAfterSnapshot += end - 1 - pos;
}
