/**
 * A publication date read from the page's visible text, for pages that carry it in no meta,
 * JSON-LD or `<time datetime>`: "erstellt: 01. April 2025, 15:25", "March 4, 2026 at 3:46 PM",
 * "19.11.2019 10:32", "2026.01.29 18:40", "2025年1月13日". Month names in every language are read by
 * the embeds' localized date parser; the numeric orders news sites print are read here. Returned as
 * "YYYY-MM-DD", or "YYYY-MM-DDThh:mm:00" with the time shown (no offset where the page gives none).
 */
import { parseLocalizedDate } from '../embeds/dates.js';

/** A date line longer than this is a paragraph, not a date line. */
export const MAX_DATE_LINE_CHARS = 120;
/** Years outside this range are not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** 2026.01.29, 2026/1/29 (year first with dots or slashes: Korean, Chinese and Hungarian pages). */
const YEAR_FIRST = /(?<!\d)(\d{4})([./])(\d{1,2})\2(\d{1,2})(?!\d)/u;
/** 19.11.2019, 4/3/2026, 04-03-2026: day first, but for slashes on US English pages (month first). */
const NUMERIC = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/u;
/** 15:25, 3:46 PM, 10.32 Uhr, 18h40. */
const TIME = /(?<![\d.])(\d{1,2})[:h.](\d{2})(?![\d.])(?:\s?([ap])\.?m\.?)?/iu;

export function parseVisibleDate(text: string, lang: string | undefined): string | undefined {
  if (text.length > MAX_DATE_LINE_CHARS) return undefined;
  const numeric = numericDate(text, /^en(?:-us)?$/i.test(lang ?? ''));
  const named = numeric ? undefined : parseLocalizedDate(text, lang ? [lang] : []);
  if (named?.precision === 'minute') return named.iso;
  const day = numeric?.day ?? named?.day;
  if (!day || !validDay(day)) return undefined;
  const time = TIME.exec(numeric ? text.slice(numeric.end) : text);
  if (!time) return day;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 ? day : `${day}T${pad(hour)}:${pad(minute)}:00`;
}

/** A numeric date and where it ends in the text. */
function numericDate(text: string, monthFirst: boolean): { day: string; end: number } | undefined {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const [, year, , month, day] = yearFirst;
    return { day: `${year}-${pad(Number(month))}-${pad(Number(day))}`, end: yearFirst.index + yearFirst[0].length };
  }
  const match = NUMERIC.exec(text);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  const swap = first > 12 ? false : second > 12 ? true : monthFirst && match[2] === '/';
  const [month, day] = swap ? [first, second] : [second, first];
  return { day: `${match[4]}-${pad(month)}-${pad(day)}`, end: match.index + match[0].length };
}

/** A real calendar day in a plausible year ("2025-02-30" is not). */
function validDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
