import type { TFunction } from 'i18next';
import type { GuideEntry } from './guide-data';

type L = 'fr' | 'ar';
const pick = (b: { fr: string; ar: string }, lang: L) => (lang === 'ar' ? b.ar || b.fr : b.fr || b.ar);

/** One organisation in one language (the other script's name beside it when it differs). */
export function GuideEntryView({ entry: e, lang, t }: { entry: GuideEntry; lang: L; t: TFunction }) {
  const name = pick(e.name, lang);
  const other = lang === 'ar' ? e.name.fr : e.name.ar;
  const acronym = pick(e.acronym, lang);
  const line = (label: string, value: string) =>
    value ? (
      <p className="guide-line">
        <span className="guide-label">{t('directory.colon', { label })}</span>
        {value}
      </p>
    ) : null;
  return (
    <div lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <h4 className="guide-name">
        {/* Isolated, so a number ending one script's name does not jump beside the other's. */}
        <bdi>{name}</bdi>
        {acronym ? ` (${acronym})` : ''}
        {other && other !== name && (
          <span className="guide-other">
            {' — '}
            <bdi>{other}</bdi>
          </span>
        )}
      </h4>
      {pick(e.description, lang) && <p className="guide-line">{pick(e.description, lang)}</p>}
      {e.addresses.map((a, i) => (
        <p key={i} className="guide-line">
          <span className="guide-label">{t('directory.colon', { label: t('directory.guide.address') })}</span>
          {[pick(a, lang), a.quartier].filter(Boolean).join(', ')}
        </p>
      ))}
      {line(t('directory.guide.phone'), e.phones.join(' · '))}
      {line(t('directory.fields.email'), e.email)}
      {line(t('directory.fields.website'), e.website)}
      {line(t('directory.fields.facebook'), e.facebook)}
      {line(t('directory.guide.hours'), pick(e.hours, lang))}
      {line(t('directory.fields.publics'), e.publics.map((p) => pick(p, lang)).join(', '))}
      {line(t('directory.fields.languages'), e.languages.map((p) => pick(p, lang)).join(', '))}
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
