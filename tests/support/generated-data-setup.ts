/**
 * Vitest global setup: the unit tests that check the real data read the pipeline's output in
 * public/data/ (tests of generated series, chapter components, region tables). A clean clone has no
 * output yet — `npm test` runs the unit tests before any build — so make it once here, exactly as
 * `npm run data` would. An existing output is left alone (a developer's last run, or the build's).
 */
import { existsSync } from 'node:fs';
import { DEFAULT_OUT_DIR, run } from '../../scripts/build-data.ts';
import { DEFAULT_DATA_DIR } from '../../scripts/lib/inputs.ts';

export default function setup(): void {
  const out = process.env['DATA_OUT'] || DEFAULT_OUT_DIR;
  if (existsSync(`${out}/manifest.json`)) return;
  run(process.env['DATA_DIR'] || DEFAULT_DATA_DIR, out, (m) => console.log(`data (test setup): ${m}`));
}
