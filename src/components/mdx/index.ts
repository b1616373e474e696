/**
 * The components chapter authors may use without importing them. The chapter page passes
 * this map to the rendered MDX: `<Content components={mdxComponents} />`. Keep it in step
 * with COMPONENT_PROPS in src/schemas/components.ts (a unit test checks that).
 */
import KeyMessage from './KeyMessage.astro';
import Figure from './Figure.astro';
import Stat from './Stat.astro';
import MapView from './MapView.astro';
import DataValue from './DataValue.astro';
import Fact from './Fact.astro';
import FactChart from './FactChart.astro';

export const mdxComponents = { KeyMessage, Figure, Stat, DataValue, Fact, FactChart, MapView };
