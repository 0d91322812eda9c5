import { Alert, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall, useDataset } from '../../../bridge/queries';
import { queryErrorSentence } from '../../../lib/errors';
import { isolated, joinList } from '../../../components/Ltr';
import { formatDate } from '../../../lib/format';
import { useTerms } from '../terms';
import { type GuideGroup, loadGuide } from './guide-data';
import { readGuideOptions } from './guide-options';
import { GuideEntryView } from './GuideEntryView';
import './guide.css';

type L = 'fr' | 'ar';
const anchor = (g: GuideGroup, quartier?: string) => `guide-${g.key || 'other'}${quartier === undefined ? '' : `-${quartier || 'none'}`}`;

/**
 * The printable guide (a document route of app/documents.ts, shown without the app's chrome
 * under the shared print toolbar): groups by domain then quartier, a table of contents, in
 * French, Arabic or both side by side. Saved as PDF by Electron's printToPDF or, in tests,
 * Chromium's page.pdf() — the same document.
 */
export function GuidePage({ path }: { path: string }) {
  const { t } = useTranslation();
  const options = readGuideOptions(path);
  const terms = useTerms();
  const settings = useCall('settings.get', {});
  const dataset = useDataset();
  const guide = useQuery({
    queryKey: ['directory.export', 'guide', options, dataset],
    queryFn: () => loadGuide(options, terms.all, options.lang === 'ar' ? 'ar' : 'fr'),
    enabled: terms.all.length > 0,
  });
  const langs: L[] = options.lang === 'both' ? ['fr', 'ar'] : [options.lang];
  const tt = (lang: L) => i18n.getFixedT(lang);
  const domainName = (g: GuideGroup, lang: L) =>
    g.key ? (lang === 'ar' ? g.domain.ar || g.domain.fr : g.domain.fr || g.domain.ar) : tt(lang)('directory.guide.otherDomain');
  const quartierName = (q: { fr: string; ar: string }, lang: L) =>
    isolated(lang === 'ar' ? q.ar || q.fr : q.fr || q.ar) || tt(lang)('directory.guide.noQuartier');
  /** A text in each chosen language, side by side when both. */
  const both = (render: (lang: L) => React.ReactNode, className = '') => (
    <div className={`guide-sides ${langs.length > 1 ? 'guide-two' : ''} ${className}`}>
      {langs.map((lang) => (
        <div key={lang} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          {render(lang)}
        </div>
      ))}
    </div>
  );

  const commune = (lang: L) =>
    (lang === 'ar' ? settings.data?.communeAr || settings.data?.communeFr : settings.data?.communeFr || settings.data?.communeAr) ?? '';
  return (
    <div className="guide" dir={options.lang === 'ar' ? 'rtl' : 'ltr'}>
      {both((lang) => (
        <header className="guide-cover">
          <h1>{tt(lang)('directory.guide.title')}</h1>
          <p>{tt(lang)('directory.guide.subtitle', { commune: commune(lang) })}</p>
          <p className="guide-other">{tt(lang)('directory.guide.edition', { date: formatDate(new Date().toISOString()) })}</p>
        </header>
      ))}
      {guide.isPending && <Loader aria-label={t('common.loading')} m="md" />}
      {guide.isError && <Alert color="red">{queryErrorSentence(t, guide.error)}</Alert>}
      {guide.data && !guide.data.length && <Text p="md">{t('directory.guide.empty')}</Text>}
      {guide.data && guide.data.length > 0 && (
        <>
          <nav className="guide-toc" aria-label={t('directory.guide.toc')}>
            {both((lang) => (
              <>
                <h2>{tt(lang)('directory.guide.toc')}</h2>
                <ol>
                  {guide.data.map((g) => (
                    <li key={g.key}>
                      <a href={`#${anchor(g)}`} onClick={(e) => (e.preventDefault(), document.getElementById(anchor(g))?.scrollIntoView())}>
                        {domainName(g, lang)}
                      </a>
                      <span className="guide-other">
                        {' — '}
                        {joinList(
                          g.quartiers.map((q) => quartierName(q.quartier, lang)),
                          lang,
                        )}
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            ))}
          </nav>
          {guide.data.map((g) => (
            <section key={g.key} className="guide-group" id={anchor(g)}>
              {both((lang) => (
                <h2>{domainName(g, lang)}</h2>
              ))}
              {g.quartiers.map((q) => (
                <Fragment key={q.key}>
                  {both((lang) => (
                    <h3 id={lang === langs[0] ? anchor(g, q.key) : undefined}>{quartierName(q.quartier, lang)}</h3>
                  ))}
                  {q.entries.map((e) => (
                    <Fragment key={e.id}>
                      {both(
                        (lang) => (
                          <GuideEntryView entry={e} lang={lang} t={tt(lang)} />
                        ),
                        'guide-entry',
                      )}
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
