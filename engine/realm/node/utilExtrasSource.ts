// The JavaScript of util.styleText, util.debuglog and util.parseArgs (compiled with utilSource.ts).
// Glassbox's stdout is no terminal and NODE_DEBUG is empty, as for `node` in a pipe: styleText
// of one format returns the text unstyled (Node 20 still styles an array of formats) and debuglog logs nothing.
export const UTIL_EXTRAS_SOURCE = String.raw`
const inspectColors = { __proto__: null };
const inspectStyles = {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow', undefined: 'grey',
  null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline',
};
[
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24], ['blink', 5, 25],
  ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39],
  ['cyan', 36, 39], ['white', 37, 39], ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55],
  ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
  ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49],
  ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
  ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
].forEach(([name, open, close]) => { inspectColors[name] = [open, close]; });
// Node's aliases, not enumerable.
for (const [alias, name] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
  ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']]) {
  Object.defineProperty(inspectColors, alias, { get() { return this[name]; }, set(v) { this[name] = v; }, configurable: true, enumerable: false });
}

function styleCodes(key) {
  const codes = inspectColors[key];
  if (codes == null) {
    const allowed = Object.keys(inspectColors).map((k) => "'" + k + "'").join(', ');
    throw internals.nodeError('InvalidArgValue', 'format', 'must be one of: ' + allowed, internals.inspect(key));
  }
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw internals.nodeError('InvalidArgType', 'text', 'of type string', internals.received(text));
  if (typeof validateStream !== 'boolean') {
    throw internals.nodeError('InvalidPropertyType', 'options.validateStream', 'of type boolean', internals.received(validateStream));
  }
  // Node's isNodeStream (there are no web streams here to accept).
  const isStream = (s) => !!s && (!!s._readableState || !!s._writableState ||
    (typeof s.on === 'function' && (typeof s.write === 'function' || typeof s.pipe === 'function')));
  if (validateStream && !isStream(stream)) {
    throw internals.nodeError('InvalidArgType', 'stream', 'an instance of ReadableStream, WritableStream, or Stream', internals.received(stream));
  }
  let left = '';
  let right = '';
  if (Array.isArray(format)) {
    for (const key of format) {
      const [open, close] = styleCodes(key);
      left += '\u001b[' + open + 'm';
      right = '\u001b[' + close + 'm' + right;
    }
    return left + text + right;
  }
  const [open, close] = styleCodes(format);
  // A stream that is no terminal gets no colors.
  if (validateStream && !(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true))) return text;
  return '\u001b[' + open + 'm' + text + '\u001b[' + close + 'm';
}

function debuglog(set, cb) {
  // NODE_DEBUG is empty: no section is enabled, so the logger writes nothing.
  function debug() {}
  Object.defineProperty(debug, 'enabled', { get() { return false; }, configurable: true, enumerable: true });
  return debug;
}

function optionOf(options, name, key) {
  const option = Object.hasOwn(options, name) ? options[name] : undefined;
  return option !== undefined && Object.hasOwn(option, key) ? option[key] : undefined;
}

function longOptionForShort(short, options) {
  const entry = Object.entries(options).find(([, config]) => Object.hasOwn(config, 'short') && config.short === short);
  return entry ? entry[0] : short;
}

function isLoneShortOption(arg) { return arg.length === 2 && arg[0] === '-' && arg[1] !== '-'; }
function isLoneLongOption(arg) { return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3); }
function isLongOptionAndValue(arg) { return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3); }
function isShortGroup(arg) { return arg.length > 2 && arg[0] === '-' && arg[1] !== '-'; }
function isOptionLikeValue(value) { return value != null && value.length > 1 && value[0] === '-'; }

/** The command line as parseArgs' tokens: options (a short group spread out), positionals, the '--' terminator. */
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  const isString = (name) => optionOf(options, name, 'type') === 'string';
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg) || isLoneLongOption(arg)) {
      const name = isLoneShortOption(arg) ? longOptionForShort(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (isString(name) && nextArg !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isShortGroup(arg) && !isString(longOptionForShort(arg[1], options))) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        if (!isString(longOptionForShort(short, options)) || i === arg.length - 1) {
          expanded.push('-' + short);
        } else {
          expanded.push('-' + arg.slice(i));
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortGroup(arg)) {
      const name = longOptionForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: '-' + arg[1], index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const name = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name, rawName: '--' + name, index, value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(options, allowPositionals, token) {
  if (!Object.hasOwn(options, token.name)) {
    const dashDash = allowPositionals
      ? ". To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- " + JSON.stringify(token.rawName)
      : '';
    throw internals.nodeError('ParseArgsUnknownOption', token.rawName, dashDash);
  }
  const short = optionOf(options, token.name, 'short');
  const shortAndLong = (short ? '-' + short + ', ' : '') + '--' + token.name;
  const type = optionOf(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw internals.nodeError('ParseArgsInvalidOptionValue', "Option '" + shortAndLong + " <value>' argument missing");
  }
  if (type === 'boolean' && token.value != null) {
    throw internals.nodeError('ParseArgsInvalidOptionValue', "Option '" + shortAndLong + "' does not take an argument");
  }
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? "'" + token.rawName + "=-XYZ'" : "'--" + token.name + "=-XYZ' or '" + token.rawName + "-XYZ'";
    throw internals.nodeError('ParseArgsInvalidOptionValue', "Option '" + token.rawName + "' argument is ambiguous.\n" +
      "Did you forget to specify the option argument for '" + token.rawName + "'?\n" +
      'To specify an option argument starting with a dash use ' + example + '.');
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const newValue = value ?? true;
  if (optionOf(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [newValue];
    else values[name].push(newValue);
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = {}) {
  const args = config.args ?? process.argv.slice(2);
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const options = config.options ?? { __proto__: null };
  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = argsToTokens(args, options);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionUsage(options, allowPositionals, token);
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw internals.nodeError('ParseArgsUnexpectedPositional', token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, option] of Object.entries(options)) {
    if (Object.hasOwn(option, 'default') && result.values[name] === undefined) result.values[name] = option.default;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}
`;
