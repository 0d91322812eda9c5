/** The guide's options live in the hash query (`#/guide?lang=both&domains=…`), so the route alone reproduces the document. */
export type GuideLang = 'fr' | 'ar' | 'both';
export interface GuideOptions {
  lang: GuideLang;
  domainIds: string[];
  publicIds: string[];
  quartierIds: string[];
}

export function guideHref(o: GuideOptions): string {
  const q = new URLSearchParams({ lang: o.lang });
  if (o.domainIds.length) q.set('domains', o.domainIds.join(','));
  if (o.publicIds.length) q.set('publics', o.publicIds.join(','));
  if (o.quartierIds.length) q.set('quartiers', o.quartierIds.join(','));
  return `/guide?${q.toString()}`;
}

export function readGuideOptions(hash: string): GuideOptions {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const list = (key: string) => (query.get(key) ?? '').split(',').filter(Boolean);
  const lang = query.get('lang');
  return {
    lang: lang === 'ar' || lang === 'both' ? lang : 'fr',
    domainIds: list('domains'),
    publicIds: list('publics'),
    quartierIds: list('quartiers'),
  };
}
