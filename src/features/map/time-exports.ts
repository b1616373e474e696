/**
 * "Download this view": the regional values of the current metric for every year (CSV, JSON), the
 * map as it is on screen (PNG, SVG) and the chart (SVG, PNG). Each button makes its file when
 * pressed, from the state of that moment; failures are said in words in the status line.
 */
import { el } from './details';
import { saveFile, svgToPng } from './export-image';
import type { ViewFiles } from './view-download';

export interface ExportSources {
  files(): Promise<ViewFiles>;
  mapSvg(): { name: string; svg: string };
  mapPng(): Promise<{ name: string; png: Blob }>;
  /** The chart of the panel (line chart when a region is chosen, else the ranked bars). */
  chartSvg(): Promise<{ name: string; svg: string } | null>;
}

function button(text: string, run: () => Promise<void>, status: HTMLElement): HTMLButtonElement {
  const b = el('button', 'button button--ghost', text) as HTMLButtonElement;
  b.type = 'button';
  b.addEventListener('click', () => {
    b.disabled = true;
    status.textContent = '';
    run()
      .then(() => void (status.textContent = `${text}: downloaded.`))
      .catch((err: unknown) => void (status.textContent = `${text} could not be made (${err instanceof Error ? err.message : 'error'}).`))
      .finally(() => void (b.disabled = false));
  });
  return b;
}

export function exportBar(src: ExportSources): HTMLElement {
  const status = el('p', 'map-export__status sr-only');
  status.setAttribute('role', 'status');
  const chart = async (png: boolean) => {
    const c = await src.chartSvg();
    if (!c) throw new Error('no chart for this metric');
    if (png) saveFile(`${c.name}.png`, await svgToPng(c.svg));
    else saveFile(`${c.name}.svg`, c.svg, 'image/svg+xml');
  };
  return el(
    'div', 'map-export',
    el('span', 'map-export__label', 'Download this view:'),
    button('CSV, every year', async () => {
      const f = await src.files();
      saveFile(`${f.base}.csv`, f.csv, 'text/csv;charset=utf-8');
    }, status),
    button('JSON', async () => {
      const f = await src.files();
      saveFile(`${f.base}.json`, f.json, 'application/json');
    }, status),
    button('Map PNG', async () => {
      const m = await src.mapPng();
      saveFile(`${m.name}.png`, m.png);
    }, status),
    button('Map SVG', async () => {
      const m = src.mapSvg();
      saveFile(`${m.name}.svg`, m.svg, 'image/svg+xml');
    }, status),
    button('Chart SVG', () => chart(false), status),
    button('Chart PNG', () => chart(true), status),
    status,
  );
}
