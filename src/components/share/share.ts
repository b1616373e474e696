/**
 * Enhances every <ShareBar> on the page: Copy link (Clipboard API, falling back to selecting the
 * read-only field so the reader can press Ctrl+C), the system share sheet where `navigator.share`
 * exists (phones), and the cite and embed texts kept in step with the address bar.
 * The address bar changes through history.replaceState, which fires no event, so the texts are
 * refreshed whenever the reader reaches for them (pointer, focus, opening a <details>).
 * Everything is set with .value / .textContent: the URL comes from the address bar.
 */
import { citation, isoDate } from '../../lib/citation';
import { embedSnippet } from '../../lib/embed-code';

/** Copy `text`; false when the browser refused (no Clipboard API, insecure origin, permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function enhance(root: HTMLElement): void {
  const pick = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-share-${name}]`);
  const field = pick<HTMLInputElement>('url');
  const status = pick<HTMLElement>('status');
  const cite = pick<HTMLElement>('cite');
  const embed = pick<HTMLTextAreaElement>('embed-code');
  const title = root.dataset['title'] ?? document.title;
  const vintage = root.dataset['vintage'] ?? '';
  const embedPath = root.dataset['embedPath'] ?? '';

  const refresh = () => {
    const url = window.location.href;
    if (field) field.value = url;
    if (cite) cite.textContent = citation({ title, vintage, url, accessed: isoDate(new Date()) });
    if (embed && embedPath) embed.value = embedSnippet({ src: `${window.location.origin}${embedPath}${window.location.search}`, title });
  };
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  /** Copy the text of `source`, or select it so the reader can copy it by hand. */
  const copyFrom = async (source: HTMLInputElement | HTMLTextAreaElement, done: string) => {
    refresh();
    if (await copyText(source.value)) return say(done);
    source.focus();
    source.select();
    say('Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).');
  };

  root.addEventListener('pointerenter', refresh);
  root.addEventListener('focusin', refresh);
  root.addEventListener('toggle', refresh, true); // <details> toggle does not bubble
  window.addEventListener('popstate', refresh);
  refresh();

  const copy = pick<HTMLButtonElement>('copy');
  if (copy && field) {
    copy.hidden = false;
    copy.addEventListener('click', () => void copyFrom(field, 'Link copied.'));
  }
  const copyEmbed = pick<HTMLButtonElement>('copy-embed');
  if (copyEmbed && embed) {
    copyEmbed.hidden = false;
    copyEmbed.addEventListener('click', () => void copyFrom(embed, 'Embed code copied.'));
  }
  const native = pick<HTMLButtonElement>('native');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      refresh();
      // Rejected when the reader closes the sheet: nothing to report.
      navigator.share({ title, url: window.location.href }).catch(() => undefined);
    });
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-share]')) enhance(root);
