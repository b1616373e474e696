import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseScript, ScriptInChapterError } from '../../src/integrations/remark-refuse-script';
import { codeRefusals, elementRefusals, isScriptUrl, urlRefusals } from '../../src/integrations/script-refusals';
import { compileMdxFile } from '../support/compile-mdx';
import { compileOutcome, describeFixtureCases } from '../support/mdx-fixture-cases';

const CASES = path.resolve('tests/fixtures/content/script');

describeFixtureCases('each fixture chapter compiles or is refused, naming file, line and what was found', CASES, (name) =>
  compileOutcome(() => compileMdxFile(path.join(CASES, name, 'input.mdx'), [refuseScript()])));

describe('refuseScript', () => {
  it('places the build error at the first refusal, for the build output', async () => {
    const error = await compileMdxFile(path.join(CASES, 'script-element', 'input.mdx'), [refuseScript()]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScriptInChapterError);
    expect((error as ScriptInChapterError).loc).toEqual({ file: 'tests/fixtures/content/script/script-element/input.mdx', line: 7, column: 1 });
  });
});

describe('isScriptUrl', () => {
  it.each(['javascript:alert(1)', 'JavaScript:void(0)', '  javascript:x', 'java\tscript:x', 'jav&#x61;script:x', 'vbscript:msgbox(1)', 'data:text/html,<b>x</b>'])('isScriptUrl(%j) is true', (url) => {
    expect(isScriptUrl(url)).toBe(true);
  });

  it.each(['https://ec.europa.eu/javascript/', '../policies/', '#top', '/maps/overview/?sel=cluster:x', 'data:image/png;base64,AAAA', 'mailto:editor@example.org'])('isScriptUrl(%j) is false', (url) => {
    expect(isScriptUrl(url)).toBe(false);
  });
});

describe('elementRefusals, urlRefusals and codeRefusals', () => {
  it('elementRefusals refuses <script>, on… attributes and raw-HTML props, and passes ordinary markup', () => {
    expect(elementRefusals('SCRIPT', []).map((r) => r.found)).toEqual(['a <script> element']);
    expect(elementRefusals('span', [{ name: 'onClick', value: null }]).map((r) => r.found)).toEqual(['the event-handler attribute onClick= on <span>']);
    expect(elementRefusals('div', [{ name: 'dangerouslySetInnerHTML', value: null }])).toHaveLength(1);
    expect(elementRefusals('a', [{ name: 'href', value: 'https://ec.europa.eu/' }, { name: 'className', value: 'note' }, { name: 'title', value: 'online' }])).toEqual([]);
  });

  it('urlRefusals refuses only script addresses', () => {
    expect(urlRefusals('javascript:alert(1)')).toHaveLength(1);
    expect(urlRefusals('../policies/')).toEqual([]);
  });

  it('codeRefusals finds script markup written inside expressions, and leaves plain values alone', () => {
    expect(codeRefusals('<script>{"x"}</script>').map((r) => r.found)).toEqual(['a <script> element inside a {…} expression or export']);
    expect(codeRefusals('() => <img onerror="alert(1)" />')).toHaveLength(1);
    expect(codeRefusals('134.6')).toEqual([]);
    expect(codeRefusals('import Chart from "../components/Chart.astro"')).toEqual([]);
  });
});
