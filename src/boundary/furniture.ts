/** Is this element page furniture (navigation, comments, ads, teasers…) rather than the article? */
import type { Element } from 'hast';
import { attr, classAndId } from '../hast/util.js';
import { BODY_CLASS, FURNITURE_CLASS, FURNITURE_ROLES, FURNITURE_TAGS } from './signals.js';

export function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName)) return true;
  if (element.properties.hidden === true || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attr(element, 'role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  const names = classAndId(element);
  if (names.length > 1 && names.length < 500 && FURNITURE_CLASS.test(names)) {
    // A body container that also says e.g. "paywall" or "content-with-ads" is still the body.
    return !BODY_CLASS.test(names) && element.tagName !== 'article' && element.tagName !== 'main' && element.tagName !== 'body';
  }
  return false;
}
