/**
 * Localized date text in embed attributions: "February 3, 2026", "3 de febrero de 2026", "3. Februar 2026",
 * "24 марта 2019 г.", "2019年5月28日", "Mär 12, 2018 um 12:30 PDT", "Jueves, 12 de noviembre de 2020".
 *
 * The month name decides the month; the locale hint only breaks ties between locales that spell one word
 * for different months (Czech "listopad" is November, Croatian "listopad" October).
 */
import { DATE_FILLER_WORDS, MONTH_PREFIXES, MONTH_SUFFIX_REWRITES, WEEKDAY_WORDS, ZONE_OFFSETS } from './data/date-words.js';
import { MONTH_NAMES } from './data/months.js';

export interface ParsedDate {
  /** ISO 8601: "2026-02-03", or with a time and zone "2018-03-12T12:30:00-07:00". */
  iso: string;
  /** "YYYY-MM-DD" as written. */
  day: string;
  precision: 'day' | 'minute';
  /** Minutes east of UTC, when the text names its zone. */
  offsetMinutes?: number;
  /** Locale whose month name matched. */
  locale?: string;
}

/** Date texts longer than this are prose, not a date. */
const MAX_DATE_TEXT = 80;
/** Words besides the month, weekday and fillers a date text may carry ("on Truth Social"). */
const MAX_STRAY_WORDS = 3;
/** Thai dates may count years in the Buddhist era. */
const BUDDHIST_ERA_OFFSET = 543;

type MonthTable = { locale: string; months: Map<string, number> };

/** Built on first use, not at import: dozens of locales' tables cost milliseconds of every cold start. */
let monthTablesCache: MonthTable[] | undefined;

function monthTables(): MonthTable[] {
  monthTablesCache ??= MONTH_NAMES.map(([locale, names]) => {
    const months = new Map<string, number>();
    for (const pair of names.split(' ')) {
      const [word, month] = pair.split('=');
      if (word && month) months.set(word, Number(month));
    }
    return { locale, months };
  });
  return monthTablesCache;
}

const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** NFKC, native digits to ASCII, direction marks and odd spaces out, lower case. */
export function normalizeDateText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC')) {
    const code = char.codePointAt(0) as number;
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9);
    if (block !== undefined) out += String(code - block);
    else if (/[\u200e\u200f\u061c\u200b]/.test(char)) continue;
    else if (/[\u00a0\u202f\u2009]/.test(char)) out += ' ';
    else out += char;
  }
  return out.toLowerCase().trim();
}

const TIME = /(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s?(a\.?m\.?|p\.?m\.?))?(?:\s+([a-z]{1,4})\b)?/;
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})/;
const VIETNAMESE_DATE = /(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(\d{4})/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Parse one localized date text; undefined when it is not a full date (day, month and year). */
export function parseLocalizedDate(text: string, localeHints: readonly string[] = []): ParsedDate | undefined {
  if (!text || text.length > MAX_DATE_TEXT) return undefined;
  let normalized = normalizeDateText(text);
  let hour: number | undefined;
  let minute: number | undefined;
  let offsetMinutes: number | undefined;
  const time = TIME.exec(normalized);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    const meridiem = time[3]?.[0];
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    const zone = time[4];
    if (zone && zone in ZONE_OFFSETS) offsetMinutes = ZONE_OFFSETS[zone];
    normalized = `${normalized.slice(0, time.index)} ${normalized.slice(time.index + time[0].length)}`;
  }
  let parts = numericDate(normalized);
  if (!parts) parts = monthNameDate(normalized, localeHints);
  if (!parts) return undefined;
  const { year, month, day, locale } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const dayText = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const base = { day: dayText, ...(locale ? { locale } : {}) };
  if (hour !== undefined && minute !== undefined && offsetMinutes !== undefined && hour < 24 && minute < 60) {
    return { ...base, iso: `${dayText}T${pad(hour)}:${pad(minute)}:00${formatOffset(offsetMinutes)}`, precision: 'minute', offsetMinutes };
  }
  return { ...base, iso: dayText, precision: 'day' };
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  locale?: string;
}

function numericDate(text: string): DateParts | undefined {
  const cjk = CJK_DATE.exec(text);
  if (cjk) return { year: Number(cjk[1]), month: Number(cjk[2]), day: Number(cjk[3]) };
  const vi = VIETNAMESE_DATE.exec(text);
  if (vi) return { year: Number(vi[3]), month: Number(vi[2]), day: Number(vi[1]), locale: 'vi' };
  const iso = ISO_DATE.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return undefined;
}

const TOKEN = /[\p{L}\p{M}]+|\d+/gu;

function monthNameDate(text: string, hints: readonly string[]): DateParts | undefined {
  const tokens = text.match(TOKEN) ?? [];
  if (tokens.length > 16) return undefined;
  let monthAt = -1;
  let month = 0;
  let locale: string | undefined;
  let stray = 0;
  tokens.forEach((token, index) => {
    if (/^\d/.test(token)) return;
    if (monthAt < 0) {
      const found = lookupMonth(token, hints);
      if (found) {
        monthAt = index;
        month = found.month;
        locale = found.locale;
        return;
      }
    }
    if (!DATE_FILLER_WORDS.has(token) && !WEEKDAY_WORDS.has(token)) stray++;
  });
  if (monthAt < 0 || stray > MAX_STRAY_WORDS) return undefined;
  let year: number | undefined;
  let day: number | undefined;
  let dayDistance = Number.POSITIVE_INFINITY;
  tokens.forEach((token, index) => {
    if (!/^\d+$/.test(token)) return;
    const value = Number(token);
    if (token.length === 4 && year === undefined) {
      year = value > 2400 ? value - BUDDHIST_ERA_OFFSET : value;
      return;
    }
    const distance = Math.abs(index - monthAt);
    if (token.length <= 2 && value >= 1 && value <= 31 && distance < dayDistance) {
      day = value;
      dayDistance = distance;
    }
  });
  if (year === undefined || day === undefined || year < 1990 || year > 2100) return undefined;
  return { year, month, day, ...(locale ? { locale } : {}) };
}

function lookupMonth(word: string, hints: readonly string[]): { month: number; locale: string } | undefined {
  const exact = lookupExact(word, hints);
  if (exact) return exact;
  for (const prefix of MONTH_PREFIXES) {
    if (word.startsWith(prefix) && word.length > prefix.length + 2) return lookupExact(word.slice(prefix.length), hints);
  }
  for (const [suffix, replacement] of MONTH_SUFFIX_REWRITES) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) return lookupExact(word.slice(0, -suffix.length) + replacement, hints);
  }
  return undefined;
}

function lookupExact(word: string, hints: readonly string[]): { month: number; locale: string } | undefined {
  for (const hint of hints) {
    const language = hint.toLowerCase().split(/[-_]/)[0];
    for (const table of monthTables()) {
      if (table.locale.split('-')[0] !== language) continue;
      const month = table.months.get(word);
      if (month) return { month, locale: table.locale };
    }
  }
  for (const table of monthTables()) {
    const month = table.months.get(word);
    if (month) return { month, locale: table.locale };
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant written in a given UTC offset, so that its date part is the local date ("2020-02-16T15:02:32-08:00"). */
export function instantInOffset(ms: number, offsetMinutes: number, withMs = false): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, withMs ? 23 : 19);
  return `${local}${formatOffset(offsetMinutes)}`;
}

/** UTC offsets in use run from -12:00 to +14:00. */
const MIN_OFFSET_HOURS = -12;
const MAX_OFFSET_HOURS = 14;

/**
 * The instant written in the whole-hour offset nearest to UTC whose local date is `day` (the date the page
 * shows), or undefined when no offset in use gives that date. Same instant, and its date is the one shown.
 */
export function instantOnDay(ms: number, day: string, withMs = true): string | undefined {
  for (let step = 0; step <= MAX_OFFSET_HOURS; step++) {
    for (const hours of step === 0 ? [0] : [-step, step]) {
      if (hours < MIN_OFFSET_HOURS || hours > MAX_OFFSET_HOURS) continue;
      if (new Date(ms + hours * 3_600_000).toISOString().slice(0, 10) === day) return instantInOffset(ms, hours * 60, withMs);
    }
  }
  return undefined;
}

/** Whole days between two "YYYY-MM-DD" dates (absolute). */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}
