/** Video hosts known by their player URLs: Vimeo, Vine, Dailymotion, Twitch. One module each. */
import { urlPlatform } from './simple.js';

export const vimeo = urlPlatform('vimeo', ['vimeo.com', 'player.vimeo.com'], [
  { pattern: /^player\.vimeo\.com\/video\/(\d{3,12})\b/, kind: 'video', canonical: (id) => `https://vimeo.com/${id}` },
  { pattern: /^vimeo\.com\/(?:channels\/[\w-]{1,50}\/|groups\/[\w-]{1,50}\/videos\/)?(\d{3,12})(?:[/?#]|$)/, kind: 'video', canonical: (id) => `https://vimeo.com/${id}` },
]);

export const vine = urlPlatform('vine', ['vine.co'], [
  { pattern: /^vine\.co\/v\/([A-Za-z0-9]{6,16})(?:[/?#]|$)/, kind: 'video', canonical: (id) => `https://vine.co/v/${id}` },
]);

export const dailymotion = urlPlatform('dailymotion', ['dailymotion.com', 'dai.ly', 'geo.dailymotion.com'], [
  { pattern: /^(?:geo\.)?dailymotion\.com\/(?:embed\/)?video\/([a-z0-9]{5,10})\b/i, kind: 'video', canonical: (id) => `https://www.dailymotion.com/video/${id}` },
  { pattern: /^geo\.dailymotion\.com\/player[\w.]*\?(?:[^#]{0,500}&)?video=([a-z0-9]{5,10})\b/i, kind: 'video', canonical: (id) => `https://www.dailymotion.com/video/${id}` },
  { pattern: /^dai\.ly\/([a-z0-9]{5,10})\b/i, kind: 'video', canonical: (id) => `https://www.dailymotion.com/video/${id}` },
]);

export const twitch = urlPlatform('twitch', ['twitch.tv'], [
  { pattern: /^player\.twitch\.tv\/\?(?:[^#]{0,500}&)?video=v?(\d{5,12})\b/, kind: 'video', canonical: (id) => `https://www.twitch.tv/videos/${id}` },
  { pattern: /^clips\.twitch\.tv\/embed\?(?:[^#]{0,500}&)?clip=([\w-]{3,100})/, kind: 'clip', canonical: (id) => `https://clips.twitch.tv/${id}` },
  { pattern: /^twitch\.tv\/videos\/(\d{5,12})\b/, kind: 'video', canonical: (id) => `https://www.twitch.tv/videos/${id}` },
]);
