/**
 * The build-time check of <DataValue>: a reference to an indicator, place or year the data does not
 * have fails the build with the chapter's file:line, the prop, what was found and what exists.
 * The data are read only when a chapter uses the component (after `npm run data` has written them).
 */
import { DataValueProps } from '../schemas/components';
import { resolveDataValue, type DataSource } from '../lib/data-values';
import type { ElementCheck } from './remark-validate-components';

/** A check over `source()`; props the schema refuses are left to the schema check, computed ones to the component. */
export function dataValueCheck(source: () => DataSource): ElementCheck {
  return ({ props, dynamic, spread }) => {
    if (dynamic.size > 0 || spread) return [];
    const parsed = DataValueProps.safeParse(props);
    if (!parsed.success) return [];
    const resolved = resolveDataValue(parsed.data, source());
    return resolved.ok ? [] : [...resolved.problems];
  };
}
