/**
 * Every platform module, and the lookups that decide cheaply which of them may read an element or a URL.
 * Adding a platform is one module plus one line in `PLATFORMS`.
 */
import type { Element } from 'hast';
import { bareHost, parseUrl } from './markup.js';
import { giphy, pinterest, soundcloud, spotify } from './platforms/audio.js';
import { bluesky } from './platforms/bluesky.js';
import { facebook } from './platforms/facebook.js';
import { mastodon, truthsocial } from './platforms/fediverse.js';
import { instagram } from './platforms/instagram.js';
import { linkedin, reddit, telegram, threads } from './platforms/meta-misc.js';
import { tiktok } from './platforms/tiktok.js';
import { twitter } from './platforms/twitter.js';
import { dailymotion, twitch, vimeo, vine } from './platforms/video.js';
import { youtube } from './platforms/youtube.js';
import type { PlatformModule, UrlMatch } from './types.js';

/** In order of precedence when two modules could read the same element. */
export const PLATFORMS: readonly PlatformModule[] = [
  twitter, instagram, tiktok, facebook, youtube, vimeo, bluesky, threads, truthsocial, mastodon, reddit, telegram,
  linkedin, vine, spotify, soundcloud, giphy, pinterest, dailymotion, twitch,
];

const byTag = new Map<string, PlatformModule[]>();
const byClass = new Map<string, PlatformModule[]>();
const byAttribute = new Map<string, PlatformModule[]>();
const byHost = new Map<string, PlatformModule[]>();

function add(map: Map<string, PlatformModule[]>, key: string, module: PlatformModule): void {
  const list = map.get(key);
  if (!list) map.set(key, [module]);
  else if (!list.includes(module)) list.push(module);
}

for (const module of PLATFORMS) {
  for (const tag of module.tags ?? []) add(byTag, tag, module);
  for (const name of module.classes ?? []) add(byClass, name, module);
  for (const name of module.attributes ?? []) add(byAttribute, name, module);
  for (const host of module.hosts) add(byHost, host, module);
}

/** Attribute names as hast stores them (data-tweet-id → dataTweetId), for a direct lookup by property key. */
const byProperty = new Map<string, PlatformModule[]>();
for (const [name, modules] of byAttribute) {
  byProperty.set(name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), modules);
}

const NO_MODULES: readonly PlatformModule[] = [];

/**
 * The modules whose element signals this element carries (tag, class token or attribute), in precedence order.
 * Runs on every element of the article: looks up the element's own class tokens and property keys (a handful)
 * rather than testing every attribute a module knows, and allocates nothing for the common element with none.
 */
export function modulesForElement(element: Element): readonly PlatformModule[] {
  let found: PlatformModule[] | undefined;
  const add = (modules: PlatformModule[] | undefined) => {
    if (modules === undefined) return;
    found ??= [];
    for (const module of modules) if (!found.includes(module)) found.push(module);
  };
  add(byTag.get(element.tagName));
  const className: unknown = element.properties.className;
  if (Array.isArray(className)) {
    for (let i = 0; i < className.length; i++) add(byClass.get(String(className[i])));
  } else if (typeof className === 'string') {
    for (const name of className.split(/\s+/)) add(byClass.get(name));
  }
  for (const key in element.properties) {
    const modules = byProperty.get(key);
    if (modules !== undefined && element.properties[key] !== undefined) add(modules);
  }
  if (found === undefined) return NO_MODULES;
  return found.length > 1 ? PLATFORMS.filter((module) => (found as PlatformModule[]).includes(module)) : found;
}

/** Modules that read URLs of this host or of a parent domain. */
function modulesForHost(host: string): PlatformModule[] {
  let current = host;
  for (let guard = 0; guard < 6 && current.includes('.'); guard++) {
    const modules = byHost.get(current);
    if (modules) return modules;
    current = current.slice(current.indexOf('.') + 1);
  }
  return [];
}

const MASTODON_EMBED_PATH = /^\/@[A-Za-z0-9_]{1,30}\/\d{6,20}\/embed\/?$/;

/** Recognise an embeddable post or video URL on any platform. */
export function matchUrl(value: string | URL): { module: PlatformModule; match: UrlMatch } | undefined {
  const url = typeof value === 'string' ? parseUrl(value) : value;
  if (!url) return undefined;
  for (const module of modulesForHost(bareHost(url))) {
    const match = module.readUrl?.(url);
    if (match) return { module, match };
  }
  // Any host can run Mastodon: its embed path is the signal.
  if (MASTODON_EMBED_PATH.test(url.pathname)) {
    const [, user, id] = url.pathname.split('/');
    const host = url.hostname.toLowerCase();
    const handle = `${(user ?? '').slice(1)}@${host}`;
    return {
      module: mastodon,
      match: { kind: 'post', id: id as string, url: `https://${host}/${user}/${id}`, author: { handle, url: `https://${host}/${user}` } },
    };
  }
  return undefined;
}
