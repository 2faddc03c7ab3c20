/**
 * The responsible editor's credit that closes an article on Chinese news sites: "（责任编辑：王小明）",
 * "(责编：李华、张伟)" (People's Daily, Xinhua, CCTV and China News all end their stories so). Where
 * the page names no author anywhere else, the editor it credits is the one person it signs with.
 */
import type { Block } from '../boundary/blocks.js';
import type { Byline } from './authors.js';

/** How many blocks from the article's end the credit may sit (share and "more" lines after it). */
const TAIL_BLOCKS = 6;
/** A credit line is short. */
const MAX_CREDIT_CHARS = 60;
/**
 * "（责任编辑：A、B）" with its spaces taken out (Chinese names have none): the label, a colon, names
 * between enumeration commas, in optional brackets.
 */
const EDITOR_CREDIT = /^[(（]?(?:责任编辑|责编|責任編輯|責編)[:：]([^()（）:：]{1,50})[)）]?$/u;
/** The Chinese enumeration comma and full-width comma between names. */
const CJK_LIST_COMMA = /[、，]/gu;

export function editorCredit(blocks: Block[]): Byline | undefined {
  for (const block of blocks.slice(-TAIL_BLOCKS).reverse()) {
    if (block.text.length > MAX_CREDIT_CHARS) continue;
    const names = EDITOR_CREDIT.exec(block.text.replace(/\s+/gu, ''))?.[1];
    if (names) return { text: names.replace(CJK_LIST_COMMA, ', '), element: block.element };
  }
  return undefined;
}
