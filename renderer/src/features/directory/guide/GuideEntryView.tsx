import type { TFunction } from 'i18next';
import { Fragment, type ReactNode } from 'react';
import { Ltr, joinList } from '../../../components/Ltr';
import type { GuideEntry } from './guide-data';

type L = 'fr' | 'ar';
const pick = (b: { fr: string; ar: string }, lang: L) => (lang === 'ar' ? b.ar || b.fr : b.fr || b.ar);

/** Values that read left to right whatever the language, each isolated, separated by a middle dot. */
const ltrList = (values: string[]): ReactNode =>
  values.map((v, i) => (
    <Fragment key={i}>
      {i > 0 && ' · '}
      <Ltr>{v}</Ltr>
    </Fragment>
  ));

/** One organisation in one language (the other script's name beside it when it differs). */
export function GuideEntryView({ entry: e, lang, t }: { entry: GuideEntry; lang: L; t: TFunction }) {
  const name = pick(e.name, lang);
  const other = lang === 'ar' ? e.name.fr : e.name.ar;
  const acronym = pick(e.acronym, lang);
  const line = (label: string, value: ReactNode) =>
    value ? (
      <p className="guide-line">
        <span className="guide-label">{t('directory.colon', { label })}</span>
        {value}
      </p>
    ) : null;
  const list = (items: { fr: string; ar: string }[]) =>
    joinList(
      items.map((p) => pick(p, lang)),
      lang,
    );
  return (
    <div lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <h4 className="guide-name">
        {/* Isolated, so a number ending one script's name does not jump beside the other's. */}
        <bdi>{name}</bdi>
        {acronym ? (
          <>
            {' ('}
            <bdi>{acronym}</bdi>
            {')'}
          </>
        ) : null}
        {other && other !== name && (
          <span className="guide-other">
            {' — '}
            <bdi>{other}</bdi>
          </span>
        )}
      </h4>
      {pick(e.description, lang) && <p className="guide-line">{pick(e.description, lang)}</p>}
      {e.addresses.map((a, i) => {
        const quartier = pick(a.quartier, lang);
        // An address written in Latin script only keeps its order inside Arabic text ("1 rue Al Amal").
        const place = pick(a, lang);
        return (
          <p key={i} className="guide-line">
            <span className="guide-label">{t('directory.colon', { label: t('directory.guide.address') })}</span>
            {place && <bdi>{place}</bdi>}
            {place && quartier && (lang === 'ar' ? '، ' : ', ')}
            {quartier && <bdi>{quartier}</bdi>}
          </p>
        );
      })}
      {e.phones.length > 0 && line(t('directory.guide.phone'), ltrList(e.phones))}
      {line(t('directory.fields.email'), e.email && <Ltr>{e.email}</Ltr>)}
      {line(t('directory.fields.website'), e.website && <Ltr>{e.website}</Ltr>)}
      {line(t('directory.fields.facebook'), e.facebook && <Ltr>{e.facebook}</Ltr>)}
      {line(t('directory.guide.hours'), pick(e.hours, lang))}
      {line(t('directory.fields.publics'), list(e.publics))}
      {line(t('directory.fields.languages'), list(e.languages))}
      {e.services.length > 0 && (
        <ul className="guide-services">
          {e.services.map((s, i) => (
            <li key={i}>
              <strong>{pick(s.name, lang)}</strong>
              {[
                pick(s.description, lang),
                pick(s.eligibility, lang) && t('directory.guide.for', { who: pick(s.eligibility, lang) }),
                pick(s.fees, lang),
                pick(s.schedule, lang),
              ]
                .filter(Boolean)
                .map((x) => ` — ${x}`)
                .join('')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
