import { documentUrl, reportUrl } from './url.ts';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { targets } from '../catalogue/catalogue.ts';
import type { CatalogueDocument, CatalogueReport } from '../catalogue/model.ts';
import { statusOn } from '../catalogue/status.ts';
import { documentLabel, fullCitation } from './citation.ts';
import { todayIso } from './date.ts';

/**
 * schema.org descriptions for search engines and other machines: `Legislation` for a document, `Report` for a
 * report. URLs are absolute (`site` = the site's origin). Only facts the catalogue holds are stated.
 */
type Json = Record<string, unknown>;


/** schema.org LegalForceStatus from the status computed today; Party documents have no legal force to state. */
function legalForce(doc: CatalogueDocument, catalogue: Catalogue, asOf: string): string | undefined {
  if (doc.system === 'dang') return undefined;
  const code = statusOn(doc, asOf, catalogue.documents).code;
  if (code === 'in-force') return 'https://schema.org/InForce';
  if (code === 'unknown') return undefined;
  return 'https://schema.org/NotInForce';
}

function reference(doc: CatalogueDocument, site: string): Json {
  return { '@type': 'Legislation', name: documentLabel(doc), legislationIdentifier: doc.symbol, url: new URL(documentUrl(doc.id), site).href };
}

export function legislationJsonLd(doc: CatalogueDocument, catalogue: Catalogue, site: string, asOf = todayIso()): Json {
  const related = (kinds: ('amends' | 'replaces' | 'repeals' | 'basedOn' | 'implements')[]) =>
    kinds.flatMap((k) => targets(catalogue, doc, k)).map((d) => reference(d, site));
  const changes = related(['amends', 'replaces', 'repeals']);
  const basedOn = related(['basedOn', 'implements']);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.title ? `${documentLabel(doc)}: ${doc.title}` : documentLabel(doc),
    url: new URL(documentUrl(doc.id), site).href,
    inLanguage: 'vi',
    legislationIdentifier: doc.symbol,
    legislationType: doc.type,
    legislationDate: doc.issuedOn,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.term ? `${doc.issuer} khóa ${doc.term}` : doc.issuer },
    legislationJurisdiction: doc.level === 'trung-uong' ? 'Việt Nam' : doc.province,
    legislationLegalForce: legalForce(doc, catalogue, asOf),
    legislationChanges: changes.length ? changes : undefined,
    isBasedOn: basedOn.length ? basedOn : undefined,
    alternateName: doc.aliases.length ? doc.aliases : undefined,
    description: doc.summary,
    citation: fullCitation(doc),
  });
}

export function reportJsonLd(report: CatalogueReport, about: CatalogueDocument[], cited: CatalogueDocument[], site: string): Json {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title,
    url: new URL(reportUrl(report.id), site).href,
    inLanguage: 'vi',
    reportNumber: report.symbol,
    dateCreated: report.date,
    author: { '@type': 'GovernmentOrganization', name: report.reportingBody },
    spatialCoverage: { '@type': 'Place', name: report.district ? `huyện ${report.district}, tỉnh ${report.province}` : `tỉnh ${report.province}` },
    temporalCoverage: report.period,
    about: about.length ? about.map((d) => reference(d, site)) : undefined,
    citation: cited.length ? cited.map((d) => reference(d, site)) : undefined,
  });
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text cannot close the element. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
