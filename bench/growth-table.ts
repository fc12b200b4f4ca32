/**
 * How figures grow with the archive: one row per figure, one column per archive size, each cell the value
 * measured at that size in the same run and, after the first, its ratio to the first size's value.
 */

/** The figure's name at an archive size. */
export function scaledName(base: string, size: number, main: number): string {
  if (size === main) return base;
  if (size % 1_000_000 === 0) return `${base}_${size / 1_000_000}m`;
  return `${base}_${Math.round(size / 1_000)}k`;
}

/** A figure's values by archive size (items → value; a missing size prints as –). */
export interface GrowthRow {
  figure: string;
  unit: string;
  values: Map<number, number>;
}

function cell(value: number | undefined, first: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  const shown = value >= 100 ? Math.round(value).toLocaleString("en") : value.toFixed(1);
  if (first === undefined || first === 0 || value === first) return shown;
  return `${shown} (${(value / first).toFixed(1)}×)`;
}

function sizeLabel(items: number): string {
  return items >= 1_000_000
    ? `${items / 1_000_000}M items`
    : `${(items / 1_000).toLocaleString("en")}k items`;
}

/** The rows as an aligned text table with a column per size (smallest first). */
export function formatGrowthTable(rows: GrowthRow[]): string {
  const sizes = [...new Set(rows.flatMap((row) => [...row.values.keys()]))].sort((a, b) => a - b);
  const table = [["figure", "unit", ...sizes.map(sizeLabel)]];
  for (const row of rows) {
    const first = row.values.get(sizes[0]!);
    table.push([row.figure, row.unit, ...sizes.map((size) => cell(row.values.get(size), first))]);
  }
  const widths = table[0]!.map((_, col) => Math.max(...table.map((r) => r[col]!.length)));
  return table
    .map((r) =>
      r
        .map((c, col) => c.padEnd(widths[col]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
