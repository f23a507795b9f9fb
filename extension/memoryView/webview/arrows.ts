// The Memory view's arrows: one SVG path per reference along the layout's route, with an arrowhead
// and a wider invisible twin that carries the hover text (the property or binding name).
import type { Placed } from './layout';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** An SVG layer the size of the drawing with every routed arrow. */
export function arrowLayer(placed: Placed): SVGSVGElement {
  const layer = svg('svg', { class: 'arrows', width: String(placed.width), height: String(placed.height) });
  const marker = svg('marker', { id: 'head', viewBox: '0 0 8 8', refX: '7', refY: '4', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'head' }));
  const defs = svg('defs', {});
  defs.append(marker);
  layer.append(defs);
  for (const { arrow, points } of placed.arrows) {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
    const group = svg('g', { class: 'arrow', 'data-from': arrow.from, 'data-to': arrow.to });
    const hit = svg('path', { d, class: 'hit' });
    const line = svg('path', { d, class: 'line', 'marker-end': 'url(#head)' });
    const title = svg('title', {});
    title.textContent = arrow.name;
    group.append(hit, line, title);
    layer.append(group);
  }
  return layer;
}
