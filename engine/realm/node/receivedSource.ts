// Node's determineSpecificType (the "Received ..." of its argument errors) for the core
// modules written in JavaScript: spliced into each source text that throws those errors.
// No template literals here: this text goes inside another one.
export const RECEIVED_SOURCE = String.raw`
function received(v) {
  if (v == null) return '' + v;
  if (typeof v === 'function' && v.name) return 'function ' + v.name;
  if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : internals.inspect(v, { depth: -1 });
  let shown = internals.inspect(v, {});
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + shown + ')';
}
`;
