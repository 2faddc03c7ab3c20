/**
 * The attribution line of a post's fallback text: "text — Name (@handle) date". Shared by the tweet
 * blockquote reader and the flattened-text finder. Read right to left from the `(@handle)` mark, since
 * names may hold brackets, emoji or right-to-left text.
 */

export interface Attribution {
  /** The post text before the dash. */
  body: string;
  name?: string;
  handle: string;
  /** What follows the handle (the date, "on Truth Social, …"). */
  after: string;
  /** Whether a dash introduced the name. */
  dashed: boolean;
}

/** Names longer than this are a sentence, not a display name. */
const MAX_NAME_CHARS = 80;
/** Only the tail of a long text is searched for the mark. */
const MAX_SCAN_CHARS = 10_000;
const HANDLE_MARK = /\(\s*@([A-Za-z0-9_]{1,15})\s*\)/g;
const DASHES = /[—–―]|(?:^|\s)-{1,2}(?=\s)/g;

export function parseAttribution(text: string): Attribution | undefined {
  const tail = text.length > MAX_SCAN_CHARS ? text.slice(-MAX_SCAN_CHARS) : text;
  let mark: RegExpExecArray | undefined;
  HANDLE_MARK.lastIndex = 0;
  for (let match = HANDLE_MARK.exec(tail); match; match = HANDLE_MARK.exec(tail)) mark = match;
  if (!mark) return undefined;
  const before = tail.slice(0, mark.index);
  const after = tail.slice(mark.index + mark[0].length).trim();
  const handle = mark[1] as string;
  let dashAt = -1;
  let dashEnd = -1;
  DASHES.lastIndex = 0;
  for (let match = DASHES.exec(before); match; match = DASHES.exec(before)) {
    dashAt = match.index;
    dashEnd = match.index + match[0].length;
  }
  const lineStart = before.lastIndexOf('\n') + 1;
  // A line break between "— Name" and "(@handle)" is the markup's own wrapping (the widget's
  // fallback puts the handle in a text node of its own), not a new line of the post.
  const dashedName = dashAt >= 0 ? before.slice(dashEnd).trim() : undefined;
  if (dashedName !== undefined && dashedName.length <= MAX_NAME_CHARS && !dashedName.includes('\n')) {
    return { body: before.slice(0, dashAt).trim(), ...(dashedName ? { name: dashedName } : {}), handle, after, dashed: true };
  }
  const name = before.slice(lineStart).trim();
  if (name.length > MAX_NAME_CHARS) return undefined;
  return { body: before.slice(0, lineStart).trim(), ...(name ? { name } : {}), handle, after, dashed: false };
}

/** Bluesky and others: "— Name (@handle.with.dots)"; handles may be domain names. */
const DOMAIN_HANDLE_MARK = /\(\s*@([A-Za-z0-9][A-Za-z0-9.-]{0,252})\s*\)/g;

export function parseAttributionLoose(text: string): { name?: string; handle: string } | undefined {
  const tail = text.length > MAX_SCAN_CHARS ? text.slice(-MAX_SCAN_CHARS) : text;
  let mark: RegExpExecArray | undefined;
  DOMAIN_HANDLE_MARK.lastIndex = 0;
  for (let match = DOMAIN_HANDLE_MARK.exec(tail); match; match = DOMAIN_HANDLE_MARK.exec(tail)) mark = match;
  if (!mark) return undefined;
  const before = tail.slice(0, mark.index);
  const dash = Math.max(before.lastIndexOf('—'), before.lastIndexOf('–'));
  const name = (dash >= 0 ? before.slice(dash + 1) : before.slice(before.lastIndexOf('\n') + 1)).trim();
  return { ...(name && name.length <= MAX_NAME_CHARS ? { name } : {}), handle: mark[1] as string };
}
