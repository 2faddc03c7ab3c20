/** `publishedAt` fields from an id that encodes its creation time. */
import { blueskyTidTime, mastodonIdTime, tiktokIdTime, twitterIdTime } from './ids.js';
import type { EmbedDraft } from './types.js';

function fields(ms: number | undefined, precision: 'ms' | 'second'): Partial<EmbedDraft> {
  return ms === undefined ? {} : { publishedAt: new Date(ms).toISOString(), publishedAtPrecision: precision, publishedAtSource: 'id-timestamp' };
}

export const twitterIdDate = (id: string) => fields(twitterIdTime(id), 'ms');
export const tiktokIdDate = (id: string) => fields(tiktokIdTime(id), 'second');
export const mastodonIdDate = (id: string) => fields(mastodonIdTime(id), 'ms');
export const blueskyIdDate = (rkey: string) => fields(blueskyTidTime(rkey), 'ms');

/** The id-encoded time for a platform's id, when it has one. */
export function idDateFor(platform: string, id: string | undefined): Partial<EmbedDraft> {
  if (!id) return {};
  if (platform === 'twitter') return twitterIdDate(id);
  if (platform === 'tiktok') return tiktokIdDate(id);
  if (platform === 'mastodon' || platform === 'truthsocial') return mastodonIdDate(id);
  if (platform === 'bluesky') return blueskyIdDate(id);
  return {};
}
