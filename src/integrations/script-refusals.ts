/**
 * What a chapter may not contain because it would run in the reader's browser: a `<script>`
 * element, an event-handler attribute (`onclick=…`), a `javascript:` (or `vbscript:`, or an HTML
 * `data:`) address, or a prop that writes raw HTML (`set:html`, `dangerouslySetInnerHTML`).
 * Today only the browser's Content-Security-Policy would stop them; the build refuses them first.
 *
 * Pure: the MDX plugin (remark-refuse-script.ts) collects what it meets and asks these functions.
 * Every message is "found …; expected …", as the other MDX checks write theirs.
 */
import { decodeEntities } from '../lib/search-results';

/** Why a chapter is refused, placed by the caller. */
export interface Refusal {
  readonly found: string;
  readonly expected: string;
}

const NO_SCRIPT = 'expected text, Markdown and the author components of CONTRIBUTING.md: a chapter may not run scripts in the reader’s browser';

/**
 * True for an address that runs code when followed. Browsers drop tabs and line breaks anywhere in
 * a URL and leading spaces and control characters, and character references are decoded first, so
 * "  java&#x09;script:" is caught as well as "javascript:".
 */
export function isScriptUrl(url: string): boolean {
  const plain = decodeEntities(url).replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return plain.startsWith('javascript:') || plain.startsWith('vbscript:') || plain.startsWith('data:text/html');
}

/** Refusals for one JSX element (`<script>`, `<a onclick>` …) by its name and string attributes. */
export function elementRefusals(name: string | null, attributes: readonly { name: string; value: string | null }[]): Refusal[] {
  const refusals: Refusal[] = [];
  if (name !== null && name.toLowerCase() === 'script') refusals.push({ found: 'a <script> element', expected: NO_SCRIPT });
  for (const { name: attribute, value } of attributes) {
    if (/^on[a-z]/i.test(attribute)) refusals.push({ found: `the event-handler attribute ${attribute}= on <${name ?? ''}>`, expected: NO_SCRIPT });
    else if (attribute === 'set:html' || attribute === 'dangerouslySetInnerHTML') refusals.push({ found: `the raw-HTML prop ${attribute} on <${name ?? ''}>`, expected: 'expected the content written as text or Markdown inside the element' });
    if (value !== null && isScriptUrl(value)) refusals.push({ found: `a script address in ${attribute}=${JSON.stringify(value)}`, expected: 'expected a page address (https://…, /maps/…, ../chapter/ or #anchor)' });
  }
  return refusals;
}

/** Refusals for a Markdown link, image or reference definition by its address. */
export function urlRefusals(url: string): Refusal[] {
  return isScriptUrl(url) ? [{ found: `a script address (${JSON.stringify(url)})`, expected: 'expected a page address (https://…, /maps/…, ../chapter/ or #anchor)' }] : [];
}

/** Markup inside an `{expression}` or an `export`/`import` block that would reach the page as script. */
const SCRIPT_IN_CODE: readonly [RegExp, string][] = [
  [/<\s*script\b/i, 'a <script> element'],
  [/\bon[a-z]+\s*=\s*[{"']/i, 'an event-handler attribute'],
  [/\b(?:java|vb)script\s*:/i, 'a javascript: address'],
  [/\bset:html\b|\bdangerouslySetInnerHTML\b/, 'a raw-HTML prop'],
];

/** Refusals for the source of an MDX expression or ESM block. */
export function codeRefusals(source: string): Refusal[] {
  return SCRIPT_IN_CODE.filter(([pattern]) => pattern.test(source)).map(([, what]) => ({ found: `${what} inside a {…} expression or export`, expected: NO_SCRIPT }));
}
