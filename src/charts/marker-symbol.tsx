import type { MarkerShape } from './palette';

/** A series' marker: circle, square, triangle or diamond; hollow and dashed for a flagged point. */
export function MarkerSymbol(p: { shape: MarkerShape; x: number; y: number; size: number; fill: string; stroke: string; dashed?: boolean }) {
  const { x, y, size: r } = p;
  const common = { fill: p.fill, stroke: p.stroke, strokeWidth: 1.5, strokeDasharray: p.dashed ? '2 1.5' : undefined };
  switch (p.shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <path d={`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${x},${y - r * 1.3}L${x + r},${y}L${x},${y + r * 1.3}L${x - r},${y}Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}
