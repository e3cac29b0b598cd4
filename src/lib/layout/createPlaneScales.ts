/**
 * The mapping from the landscape plane (artifact × scope, both 0..1) to SVG
 * user units, shared by the full map, the mini map and the layout. Scope grows
 * upwards, as in the essay's figure, so the y scale is inverted.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import type { LayoutOptions, PlotBox } from './types.ts';

export interface PlaneScales {
  plot: PlotBox;
  /** artifact (0 software … 1 model) → x */
  x: ScaleLinear<number, number>;
  /** scope (0 piecemeal … 1 all-in-one) → y */
  y: ScaleLinear<number, number>;
}

/**
 * Build the two linear scales for a drawing of the given size and margins.
 *
 * @example
 * const { x, y } = createPlaneScales({ width: 200, height: 100, margin: { top: 0, right: 0, bottom: 0, left: 0 } });
 * x(0.5) // → 100
 * y(1)   // → 0 (all-in-one is at the top)
 */
export function createPlaneScales(options: Pick<LayoutOptions, 'width' | 'height' | 'margin'>): PlaneScales {
  const { width, height, margin } = options;
  const plot: PlotBox = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  if (plot.right <= plot.left || plot.bottom <= plot.top) {
    throw new Error(`createPlaneScales: the margins (${JSON.stringify(margin)}) leave no room for a plot in a ${width}×${height} drawing; use smaller margins or a larger size`);
  }
  return {
    plot,
    x: scaleLinear().domain([0, 1]).range([plot.left, plot.right]),
    y: scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]),
  };
}
