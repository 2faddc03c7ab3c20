/** Audio and image widgets: Spotify, SoundCloud, Giphy, Pinterest. One module each. */
import { slugTail, urlPlatform } from './simple.js';

export const spotify = urlPlatform('spotify', ['open.spotify.com', 'embed.spotify.com'], [
  {
    pattern: /^open\.spotify\.com\/(?:embed(?:-podcast)?\/)?(?:intl-[a-z-]{2,8}\/)?(?:track|album|playlist|episode|show|artist)\/([A-Za-z0-9]{22})\b/,
    kind: 'track',
    canonical: (id) => id,
  },
]);
// Spotify's kind and URL depend on the path segment: rebuild them from the match.
const spotifyRead = spotify.readUrl;
spotify.readUrl = (url) => {
  const match = spotifyRead?.(url);
  if (!match?.id) return undefined;
  const kind = /\/(track|album|playlist|episode|show|artist)\//.exec(url.pathname)?.[1] ?? 'track';
  return { kind, id: match.id, url: `https://open.spotify.com/${kind}/${match.id}` };
};

export const soundcloud = urlPlatform('soundcloud', ['soundcloud.com', 'w.soundcloud.com'], [
  { pattern: /^w\.soundcloud\.com\/player\/?\?(?:[^#]{0,1000}?)(?:tracks|playlists)(?:\/|%2F|%3A|:)(\d{3,15})/i, kind: 'track', canonical: (id) => `https://api.soundcloud.com/tracks/${id}` },
]);

export const giphy = urlPlatform('giphy', ['giphy.com'], [
  { pattern: /^giphy\.com\/embed\/([A-Za-z0-9]{5,30})\b/, kind: 'gif', canonical: (id) => `https://giphy.com/gifs/${id}` },
  { pattern: /^giphy\.com\/(?:gifs|stickers|clips)\/([\w-]{5,230})(?:[/?#]|$)/, idFrom: slugTail(/^[A-Za-z0-9]{5,30}$/), kind: 'gif', canonical: (id) => `https://giphy.com/gifs/${id}` },
]);

// Pins live on country domains too (pinterest.co.uk, pinterest.de, …).
const PINTEREST_HOSTS = ['pinterest.com', 'pinterest.co.uk', 'pinterest.de', 'pinterest.fr', 'pinterest.es', 'pinterest.it', 'pinterest.ca', 'pinterest.com.au', 'pinterest.com.mx', 'pinterest.at', 'pinterest.ch', 'pinterest.nz', 'pinterest.ie', 'pinterest.jp', 'pinterest.pt', 'pinterest.se', 'pinterest.dk', 'pinterest.cl', 'pinterest.ph'];

export const pinterest = urlPlatform('pinterest', PINTEREST_HOSTS, [
  { pattern: /^assets\.pinterest\.com\/ext\/embed\.html\?(?:[^#]{0,300}&)?id=(\d{5,25})\b/, kind: 'pin', canonical: (id) => `https://www.pinterest.com/pin/${id}/` },
  { pattern: /^pinterest(?:\.com?)?\.\w{2,3}\/pin\/([\w-]{5,230})(?:[/?#]|$)/, idFrom: slugTail(/^\d{5,25}$/), kind: 'pin', canonical: (id) => `https://www.pinterest.com/pin/${id}/` },
]);
