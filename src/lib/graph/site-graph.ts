import type { Catalogue } from '../catalogue/catalogue.ts';
import { buildGraph, type Graph } from './graph.ts';
import { catalogueEdges, documentNodes, reportNodes } from './from-catalogue.ts';
import { reportEdges, type ReportCitations } from './from-reports.ts';

/** The one graph of the site: the catalogue's relations merged with what the reports' text says. */
export function siteGraph(catalogue: Catalogue, reports: ReportCitations[]): Graph {
  return buildGraph(
    [...documentNodes(catalogue), ...reportNodes(reports.map((r) => r.report))],
    [...catalogueEdges(catalogue), ...reports.flatMap((r) => reportEdges(r, catalogue))],
  );
}
