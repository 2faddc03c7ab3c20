/**
 * What every Article must satisfy, whatever page it came from. Written independently of
 * src/safety (which enforces some of it) so that the tests check the promise, not the code.
 */
import type { Article } from '../src/types.js';

const URL_KEY = (key: string) => key === 'url' || key === 'href' || key === 'src' || key.endsWith('Url');
const URL_LIST_KEY = (key: string) => key === 'links' || key === 'urls' || key.endsWith('Urls');
const DATE_KEY = (key: string) => key.length > 2 && key.endsWith('At');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const BAD_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  // The calendar day must exist (Date.parse accepts February 30).
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isWellFormed(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}

/** Every way `article` breaks the contract, as readable strings; empty when it holds. */
export function articleViolations(article: Article): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 20) problems.push(message);
  };
  if (typeof article.text !== 'string') fail('text is not a string');
  for (const key of ['quotes', 'embeds', 'relatedLinks', 'tags', 'warnings', 'authors'] as const) {
    if (!Array.isArray(article[key])) fail(`${key} is not an array`);
  }
  if (problems.length > 0) return problems;

  // Every value, by walking the whole object.
  const stack: { value: unknown; path: string; key: string }[] = [{ value: article, path: 'article', key: '' }];
  while (stack.length > 0) {
    const { value, path, key } = stack.pop() as { value: unknown; path: string; key: string };
    if (typeof value === 'string') {
      if (!isWellFormed(value)) fail(`${path} is not well-formed UTF-16`);
      if (BAD_CONTROL.test(value)) fail(`${path} holds a NUL or control character`);
      if (URL_KEY(key) && !isAbsoluteHttpUrl(value)) fail(`${path} is not an absolute http(s) URL: ${value.slice(0, 80)}`);
      if (DATE_KEY(key) && !isIsoDate(value)) fail(`${path} is not an ISO 8601 date: ${value.slice(0, 80)}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (URL_LIST_KEY(key) && (typeof item !== 'string' || !isAbsoluteHttpUrl(item))) fail(`${path}[${i}] is not an absolute http(s) URL`);
        stack.push({ value: item, path: `${path}[${i}]`, key: '' });
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) {
        if (childKey === 'id' && child !== undefined && typeof child !== 'string') fail(`${path}.id is not a string`);
        if (DATE_KEY(childKey) && child !== undefined && typeof child !== 'string') fail(`${path}.${childKey} is not a string`);
        stack.push({ value: child, path: `${path}.${childKey}`, key: childKey });
      }
    } else if (typeof value === 'number' && !Number.isFinite(value)) fail(`${path} is not a finite number`);
  }

  // Quotes: offsets slice Article.text exactly, and the paragraph is the one the quote starts in.
  const { text } = article;
  article.quotes.forEach((quote, i) => {
    const where = `quotes[${i}]`;
    if (typeof quote.text !== 'string' || quote.text === '') fail(`${where}.text is empty`);
    if (!Number.isInteger(quote.start) || !Number.isInteger(quote.end) || quote.start < 0 || quote.end < quote.start || quote.end > text.length) {
      fail(`${where} offsets ${quote.start}..${quote.end} are outside the text (${text.length})`);
      return;
    }
    const span = text.slice(quote.start, quote.end);
    const parts = quote.parts && quote.parts.length > 0 ? quote.parts : [quote.text];
    if (!span.startsWith(parts[0] as string)) fail(`${where} does not start at its offset: ${JSON.stringify(span.slice(0, 40))}`);
    if (!span.endsWith(parts[parts.length - 1] as string)) fail(`${where} does not end at its offset: ${JSON.stringify(span.slice(-40))}`);
    const paragraph = text.slice(0, quote.start).split('\n\n').length - 1;
    if (quote.paragraph !== paragraph) fail(`${where}.paragraph is ${quote.paragraph}, but it starts in paragraph ${paragraph}`);
    if (quote.speaker !== null && (typeof quote.speaker !== 'object' || quote.speaker === undefined)) fail(`${where}.speaker is neither null nor an object`);
  });

  const paragraphCount = text === '' ? 0 : text.split('\n\n').length;
  article.embeds.forEach((embed, i) => {
    if (typeof embed.platform !== 'string' || embed.platform === '' || embed.platform !== embed.platform.toLowerCase()) fail(`embeds[${i}].platform is not a lower-case name`);
    if (!Number.isInteger(embed.paragraph) || embed.paragraph < -1 || embed.paragraph >= paragraphCount) {
      fail(`embeds[${i}].paragraph ${embed.paragraph} is not a paragraph of the text (${paragraphCount})`);
    }
  });
  article.relatedLinks.forEach((link, i) => {
    if (typeof link.url !== 'string') fail(`relatedLinks[${i}] has no url`);
  });
  article.tags.forEach((tag, i) => {
    if (typeof tag.name !== 'string' || tag.name.trim() === '') fail(`tags[${i}].name is empty`);
  });
  for (const warning of article.warnings) {
    if (typeof warning.code !== 'string' || typeof warning.message !== 'string') fail('a warning is not {code, message}');
    if (warning.code === 'internal-error') fail(`internal error: ${warning.message.slice(0, 300)}`);
  }
  return problems;
}
