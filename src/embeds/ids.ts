/**
 * Creation times encoded in platform ids. Each decoder returns epoch milliseconds, or undefined when
 * the id is not of the encoded kind (too short, a pre-snowflake id) or decodes outside the plausible range.
 */

/** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z), in ms. */
const TWITTER_EPOCH_MS = 1288834974657n;
/** Ids below this predate snowflakes (sequential ids, before November 2010). */
const TWITTER_MIN_SNOWFLAKE = 30_000_000_000_000n;
/** No platform id encodes a time before 2006 or after 2100: outside that, the id is not what we think. */
const EARLIEST_MS = Date.UTC(2006, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

function plausible(ms: number): number | undefined {
  return ms >= EARLIEST_MS && ms < LATEST_MS ? ms : undefined;
}

function bigId(id: string, maxDigits: number): bigint | undefined {
  return id.length <= maxDigits && /^\d+$/.test(id) ? BigInt(id) : undefined;
}

/** Twitter/X status id: `(id >> 22) + epoch` ms. */
export function twitterIdTime(id: string): number | undefined {
  const value = bigId(id, 20);
  if (value === undefined || value < TWITTER_MIN_SNOWFLAKE) return undefined;
  return plausible(Number((value >> 22n) + TWITTER_EPOCH_MS));
}

/** TikTok video id: the top 32 bits are unix seconds. */
export function tiktokIdTime(id: string): number | undefined {
  const value = bigId(id, 20);
  if (value === undefined || value < 1n << 32n) return undefined;
  return plausible(Number(value >> 32n) * 1000);
}

/** Mastodon and Truth Social status ids (Mastodon::Snowflake): `id >> 16` ms. Old sequential ids are small. */
export function mastodonIdTime(id: string): number | undefined {
  const value = bigId(id, 20);
  if (value === undefined || value < 1n << 40n) return undefined;
  return plausible(Number(value >> 16n));
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** Bluesky record key in TID form (13 base32-sortable chars): the top 53 bits are microseconds. */
export function blueskyTidTime(rkey: string): number | undefined {
  if (!/^[2-7a-z]{13}$/.test(rkey)) return undefined;
  let value = 0n;
  for (const char of rkey) value = (value << 5n) | BigInt(TID_ALPHABET.indexOf(char));
  return plausible(Number((value >> 10n) / 1000n));
}
