/** Helpers shared by the benchmark scripts: medians, interleaved rounds, a Markdown table. */
export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => '| ' + cells.join(' | ') + ' |';
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function machine(): string {
  const os = require('node:os') as typeof import('node:os');
  const cpu = os.cpus()[0];
  return `Node ${process.version}, ${cpu ? cpu.model.trim() : 'unknown CPU'} (${os.cpus().length} cores), ${os.platform()} ${os.arch()}`;
}
