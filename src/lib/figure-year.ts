/**
 * The year a figure belongs to, for tables across reports: the year its sentence or section
 * names (the analysis' `year`), else the latest year its report covers, since a report states
 * its own year's figures unless it says otherwise (“巩固率达到99.3%” in a 2019 summary).
 * Null when neither says.
 */
export function figureYear(figure: { year: number | null }, reportYears: readonly number[]): number | null {
  return figure.year ?? reportYears.at(-1) ?? null;
}
