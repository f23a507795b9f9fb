// The JavaScript of a stream's destroy and construct (after streamStateSource.ts in the same
// module function): destroy(err, cb) calls _destroy, then 'error' and 'close' come on a
// nextTick (emitErrorCloseNT, emitCloseNT), as Node's lib/internal/streams/destroy.js orders them.
export const STREAM_DESTROY_SOURCE = String.raw`
function checkError(error, w, r) {
  if (error) {
    error.stack;
    if (w && !w.errored) w.errored = error;
    if (r && !r.errored) r.errored = error;
  }
}

function destroy(error, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(error, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, function (er) { runDestroy(this, aggregateTwoErrors(er, error), cb); });
  } else {
    runDestroy(this, error, cb);
  }
  return this;
}

function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) { outer.errors.push(inner); return outer; }
    const e = new AggregateError([outer, inner], outer.message);
    e.code = outer.code;
    return e;
  }
  return inner || outer;
}

function runDestroy(self, error, cb) {
  let called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    checkError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) nextTick(emitErrorCloseNT, self, er);
    else nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(error || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, error) {
  emitErrorNT(self, error);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if (w?.emitClose || r?.emitClose) self.emit('close');
}

function emitErrorNT(self, error) {
  const r = self._readableState;
  const w = self._writableState;
  if (w?.errorEmitted || r?.errorEmitted) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', error);
}

function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true; r.closed = false; r.closeEmitted = false; r.destroyed = false; r.errored = null;
    r.errorEmitted = false; r.reading = false; r.ended = r.readable === false; r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true; w.destroyed = false; w.closed = false; w.closeEmitted = false; w.errored = null;
    w.errorEmitted = false; w.finalCalled = false; w.prefinished = false; w.ended = w.writable === false;
    w.ending = w.writable === false; w.finished = w.writable === false;
  }
}

function errorOrDestroy(stream, error, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if (w?.destroyed || r?.destroyed) return;
  if (r?.autoDestroy || w?.autoDestroy) {
    stream.destroy(error);
  } else if (error) {
    error.stack;
    if (w && !w.errored) w.errored = error;
    if (r && !r.errored) r.errored = error;
    if (sync) nextTick(emitErrorNT, stream, error);
    else emitErrorNT(stream, error);
  }
}

// _construct runs on a nextTick after the constructor; reads and writes wait for it.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;
  function onConstruct(error) {
    if (called) { errorOrDestroy(stream, error ?? err('MultipleCallback')); return; }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, error);
    else if (error) errorOrDestroy(stream, error, true);
    else nextTick(emitConstructNT, stream);
  }
  try {
    stream._construct((error) => { nextTick(onConstruct, error); });
  } catch (e) {
    nextTick(onConstruct, e);
  }
}

function emitConstructNT(stream) { stream.emit(kConstruct); }

// What pipeline and async iteration use to end a stream: destroy it, with an AbortError when it had not finished.
function destroyer(stream, error) {
  if (!stream || isDestroyed(stream)) return;
  if (!error && !isFinished(stream)) error = new AbortError();
  if (typeof stream.destroy === 'function') stream.destroy(error);
  else if (typeof stream.close === 'function') stream.close();
  else if (error) nextTick((s, e) => { s.emit('error', e); }, stream, error);
  else nextTick((s) => { s.emit('close'); }, stream);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}
`;
