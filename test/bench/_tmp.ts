import Sval from 'sval';
import { readFileSync } from 'fs';
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  const t = performance.now();
  const s = new Sval({ ecmaVer: 'latest', sandBox: true });
  const out: string[] = [];
  s.import('console', { log: (...a: unknown[]) => out.push(a.map(String).join(' ')) });
  s.run(src);
  console.log(f, out, (performance.now() - t).toFixed(0));
}
