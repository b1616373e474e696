import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, formatProblem, pagePath, scanHtml } from '../../scripts/lib/site-links.ts';
import { readSite } from '../../scripts/check-site.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/site-links');

/** Each fixture folder is a built site plus case.json (base, site) and expected.txt (one problem a line). */
function runCase(name: string): { actual: string; expected: string } {
  const dir = join(FIXTURES, name);
  const { base, site } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { base: string; site: string };
  const built = readSite(dir);
  for (const meta of ['case.json', 'expected.txt', 'expected-changed.txt']) built.assets.delete(meta);
  const actual = checkSite({ ...built, base, site }).map(formatProblem).join('\n');
  const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim();
  if (actual !== expected) writeFileSync(join(dir, 'expected-changed.txt'), `${actual}\n`);
  return { actual, expected };
}

describe('checkSite', () => {
  const cases = readdirSync(FIXTURES).sort();
  it.each(cases)('checkSite on fixture "%s" reports exactly the problems in its expected.txt', (name) => {
    const { actual, expected } = runCase(name);
    expect(actual).toBe(expected);
  });

  it('checkSite reports a broken link once per page even when the page repeats it', () => {
    const html = '<a href="/gone/">one</a><a href="/gone/">two</a>';
    const problems = checkSite({ pages: new Map([['index.html', html]]), assets: new Set(), base: '/', site: 'https://x.org' });
    expect(problems).toHaveLength(1);
  });

  it('checkSite accepts a directory link without its trailing slash, as static hosts redirect it', () => {
    const pages = new Map([['index.html', '<a href="/about">About</a>'], ['about/index.html', '<p>About</p>']]);
    expect(checkSite({ pages, assets: new Set(), base: '/', site: 'https://x.org' })).toEqual([]);
  });
});

describe('scanHtml', () => {
  it('scanHtml collects ids, <a name> anchors, srcset candidates and the source-file meta', () => {
    const page = scanHtml('<meta name="source-file" content="content/chapters/x.mdx"><h2 id="a">A</h2><a name="b"></a><img src="/1.png" srcset="/2.png 2x, /3.png 3x">');
    expect([...page.anchors]).toEqual(['a', 'b']);
    expect(page.links.map((link) => link.url)).toEqual(['/1.png', '/2.png', '/3.png']);
    expect(page.sourceFile).toBe('content/chapters/x.mdx');
  });
});

describe('pagePath', () => {
  it('pagePath maps a built file to the address it is served at, under the base path', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('chapters/a/index.html', '/atlas')).toBe('/atlas/chapters/a/');
    expect(pagePath('404.html', '/atlas/')).toBe('/atlas/404.html');
  });
});

describe('scripts/check-site.ts', () => {
  it('check-site exits 1 and names the chapter file, the page and the link when a link is broken', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-site.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, OUT_DIR: join(FIXTURES, 'broken'), BASE_PATH: '/', SITE_URL: 'https://atlas.example.org' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('5 broken links or anchors');
    expect(result.stderr).toContain('content/chapters/a.mdx (built as chapters/a/index.html): a[href] "#how": missing anchor #how');
  });

  it('check-site exits 0 on a site whose links all resolve', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-site.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, OUT_DIR: join(FIXTURES, 'clean'), BASE_PATH: '/', SITE_URL: 'https://atlas.example.org' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
