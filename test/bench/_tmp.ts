import Sval from 'sval';
import Interpreter from 'js-interpreter';
import { readFileSync } from 'fs';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  let t = performance.now();
  const s = new Sval({ ecmaVer: 'latest', sandBox: true });
  const out: string[] = [];
  s.import('console', { log: (...a: unknown[]) => out.push(a.map(String).join(' ')) });
  s.run(src);
  const ts = performance.now() - t;
  t = performance.now();
  const out2: string[] = [];
  const ji = new Interpreter(src, (it: any, g: any) => { const c = it.nativeToPseudo({}); it.setProperty(c, 'log', it.createNativeFunction((...a: unknown[]) => { out2.push(a.map(String).join(' ')); })); it.setProperty(g, 'console', c); });
  ji.run();
  console.log(f, out, ts.toFixed(0), out2, (performance.now() - t).toFixed(0));
}
