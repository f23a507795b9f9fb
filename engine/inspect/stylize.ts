// util.inspect's `colors: true`: Node's stylizeWithColor over the realm's util.inspect.styles
// and util.inspect.colors tables, read as data when the program has made the util module
// (so its changes count), else Node's defaults. Never runs user code.
import { JSArray, JSObject } from '../heap/object';
import type { Realm } from '../realm/realm';
import { dataGet } from './constructorName';

/** Wraps a piece of inspected text in the style Node gives its kind ('number', 'special', ...). */
export type Stylize = (text: string, styleType: string) => string;

export const stylizeNoColor: Stylize = (text) => text;

const DEFAULT_STYLES: Record<string, string> = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
};

const DEFAULT_COLORS: Record<string, [number, number]> = {
  bold: [1, 22], underline: [4, 24], red: [31, 39], green: [32, 39], yellow: [33, 39], magenta: [35, 39], cyan: [36, 39], gray: [90, 39],
};

/** Node's non-enumerable aliases of util.inspect.colors (accessors, so not read as data). */
const ALIASES: Record<string, string> = {
  grey: 'gray', blackBright: 'gray', bgGrey: 'bgGray', bgBlackBright: 'bgGray', faint: 'dim', crossedout: 'strikethrough',
  strikeThrough: 'strikethrough', crossedOut: 'strikethrough', conceal: 'hidden', swapColors: 'inverse', swapcolors: 'inverse',
  doubleUnderline: 'doubleunderline',
};

function tables(realm: Realm): { styles: JSObject; colors: JSObject } | undefined {
  const util = realm.intrinsics.get('%node:util%');
  const inspect = util && dataGet(util, 'inspect');
  if (!(inspect instanceof JSObject)) return undefined;
  const styles = dataGet(inspect, 'styles');
  const colors = dataGet(inspect, 'colors');
  return styles instanceof JSObject && colors instanceof JSObject ? { styles, colors } : undefined;
}

function colorCodes(colors: JSObject, name: string): [unknown, unknown] | undefined {
  const codes = dataGet(colors, colors.lookup(name)?.isAccessor ? ALIASES[name] ?? name : name);
  if (!(codes instanceof JSObject)) return undefined;
  return codes instanceof JSArray ? [codes.items[0], codes.items[1]] : [dataGet(codes, '0'), dataGet(codes, '1')];
}

/** The stylize function of an inspection with `colors` on (Node's stylizeWithColor) or off. */
export function stylizeFor(realm: Realm, colors: boolean): Stylize {
  if (!colors) return stylizeNoColor;
  const made = tables(realm);
  return (text, styleType) => {
    let codes: [unknown, unknown] | undefined;
    if (made) {
      const style = dataGet(made.styles, styleType);
      if (style === undefined) return text;
      codes = colorCodes(made.colors, String(style));
    } else {
      const style = DEFAULT_STYLES[styleType];
      codes = style === undefined ? undefined : DEFAULT_COLORS[ALIASES[style] ?? style];
    }
    return codes === undefined ? text : `\u001b[${String(codes[0])}m${text}\u001b[${String(codes[1])}m`;
  };
}

// eslint-disable-next-line no-control-regex
const COLOR = /\u001b\[\d\d?m/g;

/** Node's removeColors: the text's length on screen. */
export function removeColors(text: string): string {
  return text.replace(COLOR, '');
}
