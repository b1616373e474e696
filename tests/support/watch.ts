/**
 * Watches a page for everything the quality gates forbid: a request to any host but the
 * site's own, a console error or uncaught exception, a Content-Security-Policy violation,
 * and a dialog (alert/confirm/prompt: the sign that injected script ran).
 * One watcher per browser context; `reset()` between pages when a page is reused.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface Findings {
  foreignRequests: string[];
  consoleErrors: string[];
  cspViolations: string[];
  dialogs: string[];
}

/** Name of the window property the init script fills with CSP violations. */
const CSP_KEY = '__qaCspViolations';

/**
 * Runs in the page before any of its own scripts, so violations raised while the HTML is
 * parsed (a blocked inline style or script) are caught as well as later ones.
 */
function recordCspViolations(key: string): void {
  const list: string[] = [];
  Object.defineProperty(window, key, { value: list });
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

export class PageWatch {
  readonly findings: Findings = { foreignRequests: [], consoleErrors: [], cspViolations: [], dialogs: [] };

  /** Attach to a context: foreign requests are recorded and aborted before they leave. */
  static async attach(context: BrowserContext, origin: string): Promise<PageWatch> {
    const watch = new PageWatch();
    const own = new URL(origin).host;
    await context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.host !== own,
      async (route) => {
        watch.findings.foreignRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    await context.addInitScript(recordCspViolations, CSP_KEY);
    return watch;
  }

  /** Listen to one page of the context (console, uncaught errors, dialogs). */
  observe(page: Page): Page {
    page.on('console', (message) => {
      if (message.type() === 'error') this.findings.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.findings.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('dialog', (dialog) => {
      this.findings.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    return page;
  }

  /** Copy the CSP violations the page recorded into the findings. */
  async collectCsp(page: Page): Promise<void> {
    const found = await page.evaluate((key) => [...((window as unknown as Record<string, string[]>)[key] ?? [])], CSP_KEY);
    this.findings.cspViolations.push(...found);
  }

  reset(): void {
    for (const list of Object.values(this.findings) as string[][]) list.length = 0;
  }
}
