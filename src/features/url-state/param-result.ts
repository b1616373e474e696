/**
 * The three outcomes of reading one URL parameter — missing, valid, or invalid with the raw value,
 * the reason and what was used instead — shared by every parameter parser (url-state.ts,
 * time-params.ts). Pure and browser-safe.
 */

export type ParamResult<T> =
  | { readonly status: 'missing' }
  | { readonly status: 'valid'; readonly value: T }
  | {
      readonly status: 'invalid';
      /** The value as found in the URL (after decoding), cut to RAW_MAX characters. */
      readonly raw: string;
      /** Why it was rejected, in plain words. */
      readonly reason: string;
      /** What would have been accepted (may be long: show a few). */
      readonly options: readonly string[];
      /** What was used instead: the default, the nearest valid value, or the valid part of a list. */
      readonly value: T;
    };

/** The first value of a parameter, and whether it was given more than once. */
export type Raw = { readonly value: string; readonly duplicate: boolean } | undefined;

/** Longest raw value kept in results (characters): enough to recognise a typo, short for a notice. */
export const RAW_MAX = 60;

/** Cut and clean a raw value so it is safe and short to show (still only as text). */
export function clip(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.length > RAW_MAX ? `${clean.slice(0, RAW_MAX - 1)}…` : clean;
}

export const missing = { status: 'missing' } as const;

export function valid<T>(value: T): ParamResult<T> {
  return { status: 'valid', value };
}

export function invalid<T>(raw: string, reason: string, options: readonly string[], value: T): ParamResult<T> {
  return { status: 'invalid', raw: clip(raw), reason, options, value };
}

/** A valid value, or — when the parameter was repeated — the same value with a notice. */
export function validOnce<T>(raw: NonNullable<Raw>, value: T, options: readonly string[]): ParamResult<T> {
  return raw.duplicate ? invalid(raw.value, 'given more than once; the first was used', options, value) : valid(value);
}
