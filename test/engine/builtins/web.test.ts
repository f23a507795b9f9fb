// URL, URLSearchParams, EventTarget, AbortController and DOMException, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const u = new URL('HTTP://Ex.COM:80/a/../b/./c?x=1#y'); console.log(u.href, u.origin, u.host, u.port === '', u.pathname)`,
    out: `http://ex.com/b/c?x=1#y http://ex.com ex.com true /b/c`,
  },
  {
    src: `console.log(new URL('../x?q', 'https://h.org/a/b/c').href, new URL('//o.net', 'wss://h.org').href, new URL('file:///a/b/../c').pathname)`,
    out: `https://h.org/a/x?q wss://o.net/ /a/c`,
  },
  {
    src: `try { new URL('/only-path'); } catch (e) { console.log(e.name, e.message, e.code, e.input, 'base' in e); }`,
    out: `TypeError Invalid URL ERR_INVALID_URL /only-path false`,
  },
  {
    src: `try { new URL('x', 'bad base'); } catch (e) { console.log(Object.keys(e), e.base); }`,
    out: `[ 'code', 'input', 'base' ] bad base`,
  },
  {
    src: `const u = new URL('https://a.b/?k=1'); u.searchParams.append('n', 'v w'); u.hash = 'h'; console.log(u.href); u.search = 'z=9'; console.log(u.searchParams.get('z'), u.searchParams.get('k'))`,
    out: `https://a.b/?k=1&n=v+w#h\n9 null`,
  },
  {
    src: `const u = new URL('https://a.b/p'); u.port = 'nope'; u.protocol = 'file'; u.hostname = ''; console.log(u.href); u.port = '443'; console.log(u.href)`,
    out: `file:///p\nfile:///p`,
  },
  {
    src: `console.log(URL.canParse('a:b'), URL.canParse('b'), URL.parse('nope'), typeof URL.createObjectURL, Object.keys(URL))`,
    out: `true false null function [ 'parse', 'canParse', 'createObjectURL', 'revokeObjectURL' ]`,
  },
  {
    src: `console.log(new URL('http://h/?a=1'))`,
    out: `URL {\n  href: 'http://h/?a=1',\n  origin: 'http://h',\n  protocol: 'http:',\n  username: '',\n  password: '',\n  host: 'h',\n  hostname: 'h',\n  port: '',\n  pathname: '/',\n  search: '?a=1',\n  searchParams: URLSearchParams { 'a' => '1' },\n  hash: ''\n}`,
  },
  {
    src: `const p = new URLSearchParams([['b', '2'], ['a', '1'], ['b', '0']]); p.sort(); console.log(p.toString(), p.size, p.getAll('b')); console.log(p, p.keys())`,
    out: `a=1&b=2&b=0 3 [ '2', '0' ]\nURLSearchParams { 'a' => '1', 'b' => '2', 'b' => '0' } URLSearchParams Iterator { 'a', 'b', 'b' }`,
  },
  {
    src: `const p = new URLSearchParams('x=1'); const it = p.values(); p.append('y', '2'); console.log([...it], new URLSearchParams({ s: 'a+b c' }).toString())`,
    out: `[ '1', '2' ] s=a%2Bb+c`,
  },
  {
    src: `const ac = new AbortController(); const order = []; ac.signal.addEventListener('abort', () => order.push('listener')); ac.signal.onabort = () => order.push('onabort'); ac.abort(); console.log(order.join(','), ac.signal.reason.name, ac.signal.reason.code); console.log(ac)`,
    out: `listener,onabort AbortError 20\nAbortController { signal: AbortSignal { aborted: true } }`,
  },
  {
    src: `const t = AbortSignal.timeout(5); t.onabort = () => console.log('aborted', t.reason.name); setTimeout(() => console.log('done'), 10)`,
    out: `aborted TimeoutError\ndone`,
  },
  {
    src: `const a = new AbortController(); const s = AbortSignal.any([a.signal]); a.abort(7); console.log(s.aborted, s.reason, AbortSignal.abort().reason.message)`,
    out: `true 7 This operation was aborted`,
  },
  {
    src: `const t = new EventTarget(); t.addEventListener('e', (ev) => console.log(ev.type, ev.target === t), { once: true }); t.dispatchEvent(new Event('e')); console.log(t.dispatchEvent(new Event('e')))`,
    out: `e true\ntrue`,
  },
  {
    src: `try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); } try { new Event(); } catch (e) { console.log(e.code, e.message); }`,
    out: `TypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor\nERR_MISSING_ARGS The "type" argument must be specified`,
  },
  {
    src: `const d = new DOMException('gone', 'NotFoundError'); console.log(d.name, d.message, d.code, d instanceof Error, String(d), DOMException.NOT_FOUND_ERR)`,
    out: `NotFoundError gone 8 true NotFoundError: gone 8`,
  },
];

describeRows('URL, URLSearchParams, EventTarget, AbortController, DOMException', rows);
