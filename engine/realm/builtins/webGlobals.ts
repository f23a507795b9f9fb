// The web-platform classes Node puts on the global object (URL, EventTarget, AbortController)
// and Intl, installed together after the language built-ins they build on.
import type { Realm } from '../realm';
import { installURL } from './URL';
import { installURLSearchParams } from './URLSearchParams';
import { installDOMException } from './DOMException';
import { installEvents } from './EventTarget';
import { installAbort } from './AbortController';
import { installIntl } from './Intl';

export function installWebGlobals(realm: Realm): void {
  installURLSearchParams(realm);
  installURL(realm);
  installDOMException(realm);
  installEvents(realm);
  installAbort(realm);
  installIntl(realm);
}
