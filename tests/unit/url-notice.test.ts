// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import contextFixture from '../fixtures/url-state/context.json';
import { buildUrlNotice, MAX_LISTED, showUrlNotice } from '../../src/components/share/url-notice';
import { parseUrlState, type UrlContext } from '../../src/features/url-state/url-state';

const context: UrlContext = contextFixture;

const markup = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<b>bold</b>', 'javascript:alert(1)', '<svg onload=alert(1)>', '&lt;i&gt;'];
const hostile = fc
  .array(fc.tuple(fc.constantFrom('view', 'metric', 'sel', 'country', 'ecosystem', 'at', 'layers'), fc.oneof(fc.constantFrom(...markup), fc.string({ maxLength: 30 }))), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.toWellFormed())}`).join('&'));

describe('buildUrlNotice', () => {
  it('returns null when the link had no problems', () => {
    expect(buildUrlNotice(parseUrlState('?country=FR', context).issues)).toBeNull();
  });

  it('never turns a raw value into markup: only its own p, ul, li and button elements exist', () => {
    fc.assert(
      fc.property(hostile, (search) => {
        const notice = buildUrlNotice(parseUrlState(search, context).issues);
        if (!notice) return;
        const tags = [...notice.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
        expect(new Set(tags)).toEqual(new Set(tags.filter((t) => ['p', 'ul', 'li', 'button'].includes(t))));
        expect(notice.querySelectorAll('[onerror],[onload],[href],[src]').length).toBe(0);
      }),
      { numRuns: 1_000 },
    );
  });

  it('shows a script value as visible text', () => {
    const notice = buildUrlNotice(parseUrlState('?sel=%3Cscript%3Ealert(1)%3C/script%3E', context).issues)!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.querySelector('li')?.textContent).toContain('“sel=<script>alert(1)</script>”: expected cluster:<id> or region:<code>.');
    expect(notice.querySelector('script')).toBeNull();
  });

  it(`lists at most ${MAX_LISTED} issues and counts the rest`, () => {
    const notice = buildUrlNotice(parseUrlState('?view=a&metric=b&ecosystem=c&category=d&country=e&layers=f', context).issues)!;
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(MAX_LISTED + 1);
    expect(items.at(-1)).toBe('and 2 more.');
  });

  it('is removed by its Dismiss button', () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const notice = showUrlNotice(slot, parseUrlState('?metric=nope', context).issues)!;
    expect(slot.contains(notice)).toBe(true);
    (notice.querySelector('button') as HTMLButtonElement).click();
    expect(slot.querySelector('.url-notice')).toBeNull();
  });

  it('replaces an earlier notice rather than stacking a second one', () => {
    const slot = document.createElement('div');
    showUrlNotice(slot, parseUrlState('?metric=nope', context).issues);
    showUrlNotice(slot, parseUrlState('?view=nope', context).issues);
    expect(slot.querySelectorAll('.url-notice')).toHaveLength(1);
  });
});
