/**
 * A publication date read from the page's visible text, for pages that carry it in no meta,
 * JSON-LD or `<time datetime>`: "erstellt: 01. April 2025, 15:25", "March 4, 2026 at 3:46 PM",
 * "19.11.2019 10:32", "2026.01.29 18:40", "2025年1月13日". Returned as "YYYY-MM-DD", or
 * "YYYY-MM-DDThh:mm:00" with the time shown (no offset: the page gives none).
 */
import { MONTH_NUMBER } from './months.js';

/** A date line longer than this is a paragraph, not a date line. */
export const MAX_DATE_LINE_CHARS = 120;
/** Years outside this range are not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** 2026-01-29, 2026.01.29, 2026/1/29, 2025年1月13日 (year first: East Asian and ISO order). */
const YEAR_FIRST = /(\d{4})\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})(?!\d)/u;
/** 19.11.2019, 4/3/2026, 04-03-2026: day first, but for slashes on US English pages (month first). */
const NUMERIC = /(?<!\d)(\d{1,2})([./-])(\d{1,2})[./-](\d{4})(?!\d)/u;
/** 1. April 2025, 4 de marzo de 2026, 12 février 2024. */
const DAY_MONTH = /(?<!\d)(\d{1,2})\.?\s(?:de\s)?(\p{L}{3,12})\.?,?\s(?:de\s)?(\d{4})(?!\d)/u;
/** March 4, 2026; Feb. 4 2026; March 4th, 2026. */
const MONTH_DAY = /(\p{L}{3,12})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?!\d)/u;
/** 15:25, 3:46 PM, 10.32 Uhr, 18h40. */
const TIME = /(?<!\d)(\d{1,2})[:h.](\d{2})(?!\d)(?:\s?([ap])\.?m\.?)?/iu;
/** How far after the date a time may follow ("…, 15:25", " at 3:46 PM", " um 10.32 Uhr"). */
const MAX_TIME_GAP = 12;

export function parseVisibleDate(text: string, monthFirst: boolean): string | undefined {
  if (text.length > MAX_DATE_LINE_CHARS) return undefined;
  const found = dateIn(text, monthFirst);
  if (!found) return undefined;
  const { year, month, day, end } = found;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const rest = text.slice(end, end + MAX_TIME_GAP + 12);
  const time = TIME.exec(rest);
  if (!time || (time.index ?? 0) > MAX_TIME_GAP) return date;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:00`;
}

interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** Where the date ends in the text. */
  end: number;
}

function dateIn(text: string, monthFirst: boolean): FoundDate | undefined {
  const end = (match: RegExpExecArray) => match.index + match[0].length;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: Number(yearFirst[3]), end: end(yearFirst) };
  const dayMonth = DAY_MONTH.exec(text);
  const dayMonthNumber = dayMonth ? MONTH_NUMBER.get((dayMonth[2] as string).toLowerCase()) : undefined;
  if (dayMonth && dayMonthNumber) return { year: Number(dayMonth[3]), month: dayMonthNumber, day: Number(dayMonth[1]), end: end(dayMonth) };
  const monthDay = MONTH_DAY.exec(text);
  const monthDayNumber = monthDay ? MONTH_NUMBER.get((monthDay[1] as string).toLowerCase()) : undefined;
  if (monthDay && monthDayNumber) return { year: Number(monthDay[3]), month: monthDayNumber, day: Number(monthDay[2]), end: end(monthDay) };
  const numeric = NUMERIC.exec(text);
  if (!numeric) return undefined;
  const [first, second] = [Number(numeric[1]), Number(numeric[3])];
  const swap = first > 12 ? false : second > 12 ? true : monthFirst && numeric[2] === '/';
  return { year: Number(numeric[4]), month: swap ? first : second, day: swap ? second : first, end: end(numeric) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
