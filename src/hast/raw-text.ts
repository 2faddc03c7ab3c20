/**
 * A fast path through the contents of `<script>`, `<style>` and the other raw-text elements.
 *
 * About half of a news page's characters are inline scripts and styles (54% over the article-
 * extraction benchmark's pages), and parse5's tokenizer reads them one code point at a time
 * through its state machine, starting a new character token at each change between white space
 * and other characters. Inside these elements nothing but `<` (a possible end tag or, in a script,
 * a comment-like escape), NUL (replaced by U+FFFD) and CR (normalised to LF) changes what the
 * tokenizer does: every other character is copied to the element's text. So after the tokenizer
 * has taken one ordinary character the usual way, this jumps to the next of those three and
 * extends the pending run of text over everything between.
 *
 * The tree is the same as without it (tested against plain parse5 on adversarial input); only the
 * bookkeeping parse5 keeps for source positions and error reports, which onrecord turns off, is not
 * advanced over the jumped text. It reaches into parse5's tokenizer internals, which is safe
 * because the builds carry parse5 inline at the version the tests ran against.
 */
import type { Tokenizer } from 'parse5';

/** The characters that end a stretch of raw text the tokenizer need not look at one by one. */
const RAW_TEXT_STOP = /[<\0\r]/g;

/** The parts of parse5's tokenizer the fast path reads and moves (protected in its types). */
interface TokenizerInternals {
  preprocessor: { html: string; pos: number };
  currentToken: unknown;
  currentCharacterToken: unknown;
  runEnd: number;
  consumedAfterSnapshot: number;
  _stateScriptData(cp: number): void;
  _stateRawtext(cp: number): void;
}

/** Make `tokenizer` skip through raw text (call once, before it reads any input). */
export function speedUpRawText(tokenizer: Tokenizer): void {
  const internals = tokenizer as unknown as TokenizerInternals;
  const scriptData = internals._stateScriptData;
  const rawtext = internals._stateRawtext;
  internals._stateScriptData = function (this: TokenizerInternals, cp: number): void {
    scriptData.call(this, cp);
    skipPlainRawText(this, cp);
  };
  internals._stateRawtext = function (this: TokenizerInternals, cp: number): void {
    rawtext.call(this, cp);
    skipPlainRawText(this, cp);
  };
}

/**
 * After the tokenizer took `cp` into the pending run of text, take every following character up
 * to the next stop character the same way. Only when `cp` is the input as written (not a CR read
 * as LF, not half of a surrogate pair) and the run ends right after it, so that the run stays one
 * contiguous slice of the input.
 */
function skipPlainRawText(tokenizer: TokenizerInternals, cp: number): void {
  const { preprocessor } = tokenizer;
  const { html, pos } = preprocessor;
  if (tokenizer.currentToken !== null || tokenizer.currentCharacterToken === null || tokenizer.runEnd !== pos + 1) return;
  if (html.charCodeAt(pos) !== cp || cp === 0x3c || cp === 0x00 || cp === 0x0d) return;
  RAW_TEXT_STOP.lastIndex = pos + 1;
  const stop = RAW_TEXT_STOP.exec(html);
  const end = stop === null ? html.length : stop.index;
  if (end <= pos + 1) return;
  preprocessor.pos = end - 1;
  tokenizer.runEnd = end;
  tokenizer.consumedAfterSnapshot += end - 1 - pos;
}
