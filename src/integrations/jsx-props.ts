/**
 * Read the props of an MDX JSX element as the component will receive them, without running
 * any code: `unit="%"` is a string, `flag` is true, `value={12.5}` is a number and `{[1, 2]}`
 * an array. An expression that is not a plain literal (a variable, a call) cannot be known
 * at build time; it is listed in `dynamic` so the check skips it instead of guessing.
 */
import type { MdxJsxFlowElement } from 'satteri';

export interface JsxProps {
  /** Props whose value is known at build time. */
  props: Record<string, unknown>;
  /** Props given as a non-literal expression; the component validates them when it renders. */
  dynamic: Set<string>;
  /** True when the element spreads an object (`{...rest}`): any prop may come from it. */
  spread: boolean;
}

/** Sentinel for an expression that is not a literal. */
const NOT_LITERAL = Symbol('not a literal');

/** The value of a literal expression (number, boolean, null, string, JSON array/object), or NOT_LITERAL. */
export function literalValue(expression: string): unknown {
  const source = expression.trim();
  if (source === 'undefined') return undefined;
  const single = /^'((?:[^'\\\n]|\\.)*)'$/.exec(source);
  if (single) return JSON.parse(`"${single[1]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`);
  const template = /^`([^`$\\]*)`$/.exec(source);
  if (template) return template[1];
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return NOT_LITERAL;
  }
}

export function readJsxProps(attributes: Readonly<MdxJsxFlowElement['attributes']>): JsxProps {
  const read: JsxProps = { props: {}, dynamic: new Set(), spread: false };
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      read.spread = true;
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) read.props[name] = true;
    else if (typeof value === 'string') read.props[name] = value;
    else {
      const literal = literalValue(value.value);
      if (literal === NOT_LITERAL) read.dynamic.add(name);
      else read.props[name] = literal;
    }
  }
  return read;
}
