import { describe, expect, test } from 'vitest';
import { htmlText, seedSentences, sharedRuns, verbatimSentences, words } from '../support/verbatim';

const SEED = `MAIN MESSAGES

Clusters are at the core of this strategy and can
create a powerful stimulus for growth. Short one. We propose a cluster

strategy based on three main axes:
\uf0b7 A heading without a full stop
- Different IPR practices discourage trans-
national clustering and harm everyone involved today;
`;
describe('words', () => {
  test('lower-cases, drops punctuation and treats curly apostrophes as straight ones', () => {
    expect(words('Europe’s **Clusters**, (a) State-aid!')).toEqual(["europe's", 'clusters', 'a', 'state', 'aid']);
  });
});

describe('seedSentences', () => {
  test('keeps sentences of 8 words or more, across blank lines but not across headings or bullets, hyphenation joined', () => {
    expect(seedSentences(SEED)).toEqual([
      'Clusters are at the core of this strategy and can create a powerful stimulus for growth.',
      'We propose a cluster strategy based on three main axes:',
      'Different IPR practices discourage trans-national clustering and harm everyone involved today;',
    ]);
  });
});

describe('verbatimSentences', () => {
  test('finds a pasted sentence even when Markdown emphasis, punctuation and line breaks differ', () => {
    const page = 'As we said, **clusters are at the core** of this\nstrategy and can create a powerful stimulus for growth!';
    expect(verbatimSentences(SEED, page)).toEqual(['Clusters are at the core of this strategy and can create a powerful stimulus for growth.']);
  });

  test('finds nothing in a paraphrase', () => {
    expect(verbatimSentences(SEED, 'Clusters sit at the heart of the strategy and give growth a strong push.')).toEqual([]);
  });
});

describe('sharedRuns', () => {
  test('reports a run of 8 or more consecutive seed words once, as the longest run', () => {
    const text = 'We think differing IPR practices discourage trans-national clustering and harm many firms.';
    expect(sharedRuns(SEED, text)).toEqual(['ipr practices discourage trans national clustering and harm']);
  });

  test('allows a run of 7 words', () => {
    expect(sharedRuns(SEED, 'the core of this strategy and can')).toEqual([]);
  });
});

describe('htmlText', () => {
  test('drops scripts and styles, separates elements and decodes entities', () => {
    const html = '<p>Clusters&nbsp;&amp; firms</p><script>var seed = "x";</script><style>p{}</style><p>Europe&#8217;s<b>x</b>y &#x41;</p>';
    expect(words(htmlText(html))).toEqual(['clusters', 'firms', "europe's", 'x', 'y', 'a']);
  });

  test('lets a seed sentence split across inline tags still be found', () => {
    const html = '<p>As we said, <strong>clusters are at the core</strong> of this strategy and can create a powerful stimulus for growth.</p>';
    expect(verbatimSentences(SEED, htmlText(html))).toHaveLength(1);
  });
});
