/**
 * Output dates are valid ISO 8601 strings in the form JavaScript's `Date` reads back: a calendar
 * date, optionally with a time and then `Z` or a `±hh:mm` offset.
 */

/** YYYY-MM-DD, then optionally Thh:mm[:ss[.fraction]] and Z or ±hh:mm. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/** Longest such string: nanoseconds and an offset. */
const MAX_ISO_LENGTH = 35;

export function isIsoDate(value: string): boolean {
  if (value.length > MAX_ISO_LENGTH) return false;
  const match = ISO_8601.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(Number(year), m)) return false;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) return false;
  if (second !== undefined && Number(second) > 59) return false;
  if (offsetHours !== undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
