import type { Language } from '../../i18n';

/** The printable chart's options live in its path (`#/org-chart?lang=ar`), so the route alone reproduces it. */
export interface OrgChartOptions {
  lang: Language;
  includeArchived: boolean;
}

export function orgChartHref(o: OrgChartOptions): string {
  const q = new URLSearchParams({ lang: o.lang });
  if (o.includeArchived) q.set('archived', '1');
  return `/org-chart?${q.toString()}`;
}

export function readOrgChartOptions(path: string): OrgChartOptions {
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  return { lang: query.get('lang') === 'ar' ? 'ar' : 'fr', includeArchived: query.get('archived') === '1' };
}
