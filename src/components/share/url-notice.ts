/**
 * The short notice shown when a link carried settings the map could not use.
 *
 *   import { showUrlNotice } from '../share/url-notice';
 *   showUrlNotice(noticeSlot, urlHistory.initial.issues); // does nothing when there are no issues
 *
 * Built from DOM nodes with textContent only: the raw values come from the address bar, i.e.
 * from whoever wrote the link, so they must never be parsed as markup. role="status" makes screen
 * readers announce it politely; the Dismiss button removes it. Styles: .url-notice in share.css.
 */
import { describeIssue, type UrlIssue } from '../../features/url-state/url-state';

/** At most this many issues are listed; the rest are counted. */
export const MAX_LISTED = 4;

/** The notice element for these issues, or null when there are none. */
export function buildUrlNotice(issues: readonly UrlIssue[], doc: Document = document): HTMLElement | null {
  if (issues.length === 0) return null;
  const el = (tag: string, className: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const box = el('div', 'url-notice');
  box.setAttribute('role', 'status');
  box.append(el('p', 'url-notice__lead', 'Some settings in this link could not be used, so the map shows its defaults for them:'));
  const list = el('ul', 'url-notice__list');
  for (const issue of issues.slice(0, MAX_LISTED)) list.append(el('li', 'url-notice__item', describeIssue(issue)));
  if (issues.length > MAX_LISTED) list.append(el('li', 'url-notice__item', `and ${issues.length - MAX_LISTED} more.`));
  box.append(list);
  const close = el('button', 'url-notice__close', 'Dismiss') as HTMLButtonElement;
  close.type = 'button';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  return box;
}

/** Put the notice into `slot` (replacing an earlier one); returns it, or null when there was nothing to say. */
export function showUrlNotice(slot: HTMLElement, issues: readonly UrlIssue[]): HTMLElement | null {
  slot.querySelector(':scope > .url-notice')?.remove();
  const notice = buildUrlNotice(issues, slot.ownerDocument);
  if (notice) slot.prepend(notice);
  return notice;
}
