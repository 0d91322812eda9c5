/** The guide's options live in the hash query (`#/guide?lang=both&domains=…`), so the route alone reproduces the document. */
export type GuideLang = 'fr' | 'ar' | 'both';
export interface GuideOptions {
  lang: GuideLang;
  domainIds: string[];
  publicIds: string[];
  quartiers: string[];
}

export function guideHref(o: GuideOptions): string {
  const q = new URLSearchParams({ lang: o.lang });
  if (o.domainIds.length) q.set('domains', o.domainIds.join(','));
  if (o.publicIds.length) q.set('publics', o.publicIds.join(','));
  if (o.quartiers.length) q.set('quartiers', o.quartiers.join('|'));
  return `/guide?${q.toString()}`;
}

export function readGuideOptions(hash: string): GuideOptions {
  const query = new URLSearchParams(hash.split('?')[1] ?? '');
  const list = (key: string, sep = ',') => (query.get(key) ?? '').split(sep).filter(Boolean);
  const lang = query.get('lang');
  return {
    lang: lang === 'ar' || lang === 'both' ? lang : 'fr',
    domainIds: list('domains'),
    publicIds: list('publics'),
    // Quartier names may hold commas; they are joined with a bar instead.
    quartiers: list('quartiers', '|'),
  };
}
