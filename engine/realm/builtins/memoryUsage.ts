// process.memoryUsage() from the heap account: heapUsed is what the last collection found
// live plus what was allocated since, less ArrayBuffer contents (Node counts those apart, as
// external); heapTotal rounds it up to whole pages as V8's spaces do.
import { account } from '../../heap/account';
import { JSObject } from '../../heap/object';
import type { Realm } from '../realm';

/** V8 grows its heap by pages of 256 KB. */
const PAGE = 256 * 1024;
/** What a Node process holds besides its JS heap (code, the runtime's own data), roughly. */
const PROCESS_BASE = 30 * 1024 * 1024;

/** https://nodejs.org/api/process.html#processmemoryusage, keys in Node's order. */
export function installMemoryUsage(realm: Realm, process: JSObject): void {
  const usage = () => {
    const heapUsed = Math.max(0, Math.round(account.live + account.since - account.bufferBytes));
    const heapTotal = (Math.floor(heapUsed / PAGE) + 1) * PAGE;
    const o = realm.newObject();
    o.put('rss', PROCESS_BASE + heapTotal + account.bufferBytes);
    o.put('heapTotal', heapTotal);
    o.put('heapUsed', heapUsed);
    o.put('external', account.bufferBytes);
    o.put('arrayBuffers', account.bufferBytes);
    return o;
  };
  const memoryUsage = realm.method(process, 'memoryUsage', 0, usage);
  realm.method(memoryUsage, 'rss', 0, () => PROCESS_BASE + account.live + account.since + account.bufferBytes);
}
