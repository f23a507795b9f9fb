// The JavaScript of a Writable's end (after streamWritableSource.ts): end() marks it ending,
// _final runs once the writes are done, then 'prefinish', 'finish' (on a nextTick when end()
// could finish at once) and the auto-destroy's 'close'; the Writable's getters and destroy.
export const STREAM_WRITABLE_END_SOURCE = String.raw`
Writable.prototype.end = function (chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  let error;
  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) error = ret;
  }
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }
  if (error) {
    // The write's own error is reported; end adds none.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    error = err('StreamAlreadyFinished', 'end');
  } else if (state.destroyed) {
    error = err('StreamDestroyed', 'end');
  }
  if (typeof cb === 'function') {
    if (error) nextTick(cb, error);
    else if (state.errored) nextTick(cb, state.errored);
    else if (state.finished) nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
    state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  let called = false;
  function onFinish(e) {
    if (called) {
      errorOrDestroy(stream, e ?? err('MultipleCallback'));
      return;
    }
    called = true;
    state.pendingcb--;
    if (e) {
      for (const callback of state[kOnFinished].splice(0)) callback(e);
      errorOrDestroy(stream, e, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (e) {
    onFinish(e);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick(function finishWhenNeeded(s, st) {
          if (needFinish(st)) finish(s, st);
          else st.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  for (const callback of state[kOnFinished].splice(0)) callback(null);
  stream.emit('finish');
  if (state.autoDestroy) {
    const rState = stream._readableState;
    const autoDestroy = !rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

const WRITABLE_GETTERS = {
  get closed() { return this._writableState ? this._writableState.closed : false; },
  get destroyed() { return this._writableState ? this._writableState.destroyed : false; },
  set destroyed(value) { if (this._writableState) this._writableState.destroyed = value; },
  get writable() {
    const w = this._writableState;
    return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
  },
  set writable(val) { if (this._writableState) this._writableState.writable = !!val; },
  get writableFinished() { return this._writableState ? this._writableState.finished : false; },
  get writableObjectMode() { return this._writableState ? this._writableState.objectMode : false; },
  get writableBuffer() { return this._writableState && this._writableState.getBuffer(); },
  get writableEnded() { return this._writableState ? this._writableState.ending : false; },
  get writableNeedDrain() {
    const w = this._writableState;
    if (!w) return false;
    return !w.destroyed && !w.ending && w.needDrain;
  },
  get writableHighWaterMark() { return this._writableState && this._writableState.highWaterMark; },
  get writableCorked() { return this._writableState ? this._writableState.corked : 0; },
  get writableLength() { return this._writableState && this._writableState.length; },
  get errored() { return this._writableState ? this._writableState.errored : null; },
  get writableAborted() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  },
};
readableGetters(Writable.prototype, WRITABLE_GETTERS);

Writable.prototype.destroy = function (error, cb) {
  const state = this._writableState;
  // Node queues it unless the stream was destroyed with nothing left to fail.
  if (!state.destroyed || state.bufferedIndex < state.buffered.length || state[kOnFinished].length) {
    nextTick(errorBuffer, state);
  }
  destroy.call(this, error, cb);
  return this;
};
Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function (error, cb) { cb(error); };
`;
