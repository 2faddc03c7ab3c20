/** A platform whose embeds are known by URL alone (an iframe or a bare link): one regex over host and path. */
import { bareHost } from '../markup.js';
import type { PlatformModule, UrlMatch } from '../types.js';

export interface UrlRule {
  /** Matched against "host/path?query" (host without www.). Group `idGroup` (default 1) is the id. */
  pattern: RegExp;
  idGroup?: number;
  /** Where the id is the tail of a slug ("funny-cat-abc123"), cut it out in code rather than with a backtracking regex. */
  idFrom?: (captured: string) => string | undefined;
  kind: string;
  /** The canonical URL for an id (and the other groups). */
  canonical: (id: string, groups: string[]) => string;
}

/** The id at the end of a slug ("funny-cat-abc123" → "abc123"), if it has the id's shape. */
export function slugTail(shape: RegExp): (captured: string) => string | undefined {
  return (captured) => {
    const tail = captured.slice(captured.lastIndexOf('-') + 1);
    return shape.test(tail) ? tail : undefined;
  };
}

export function urlPlatform(platform: string, hosts: string[], rules: UrlRule[], extra: Partial<PlatformModule> = {}): PlatformModule {
  return {
    platform,
    hosts,
    readUrl(url: URL): UrlMatch | undefined {
      const subject = `${bareHost(url)}${url.pathname}${url.search}`;
      if (subject.length > 2048) return undefined;
      for (const rule of rules) {
        const match = rule.pattern.exec(subject);
        const captured = match?.[rule.idGroup ?? 1];
        const id = captured && rule.idFrom ? rule.idFrom(captured) : captured;
        if (match && id) return { kind: rule.kind, id, url: rule.canonical(id, match.slice(1) as string[]) };
      }
      return undefined;
    },
    ...extra,
  };
}
