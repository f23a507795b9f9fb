// The `events` core module: the module itself is EventEmitter (`const EventEmitter =
// require('events')`), written in JS (eventsSource.ts, eventsRejections.ts, eventsSignals.ts, eventsWaiting.ts) and run once per realm.
import type { JSObject } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import type { Realm } from '../realm';
import { EMITTER_SOURCE } from './eventsSource';
import { REJECTIONS_SOURCE } from './eventsRejections';
import { WAITING_SOURCE } from './eventsWaiting';
import { SIGNALS_SOURCE } from './eventsSignals';
import { runJsModule } from './jsModule';

export function makeEvents(realm: Realm): Gen<JSObject> {
  return runJsModule(realm, 'events', `${EMITTER_SOURCE}${REJECTIONS_SOURCE}${SIGNALS_SOURCE}${WAITING_SOURCE}return EventEmitter;\n`);
}
