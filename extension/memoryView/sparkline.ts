// The accounted heap over the stops of a session as a sparkline: the points of an SVG
// polyline, and the byte counts as short texts. Pure.

export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 24;
/** Stops kept per session; older ones scroll off the left. */
export const SPARK_STOPS = 60;

/** `x,y` pairs from left to right, the lowest value at the bottom; one value is a flat line. */
export function sparklinePoints(values: readonly number[], width = SPARK_WIDTH, height = SPARK_HEIGHT): string {
  if (values.length === 0) return '';
  const shown = values.slice(-SPARK_STOPS);
  const min = Math.min(...shown);
  const span = Math.max(...shown) - min;
  const step = shown.length === 1 ? 0 : width / (shown.length - 1);
  const points = shown.map((v, i) => {
    const y = span === 0 ? height / 2 : height - ((v - min) / span) * height;
    return `${round(i * step)},${round(y)}`;
  });
  return shown.length === 1 ? `0,${round(height / 2)} ${width},${round(height / 2)}` : points.join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** 980 B, 12.3 KB, 4.5 MB: binary units, one decimal below 100. */
export function bytesText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}
