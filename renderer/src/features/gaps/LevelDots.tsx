import { useTranslation } from 'react-i18next';

/** The scale as dots: filled up to the person's level, the required level ringed (level null: none filled). */
export function LevelDots({ level, required, size }: { level: number | null; required: number | null; size: number }) {
  const { t } = useTranslation();
  const said = [
    level === null ? t('gaps.notAssessed') : t('gaps.levelN', { level }),
    required !== null ? t('gaps.requiredN', { level: required }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span className="dots" role="img" aria-label={said} title={said}>
      {Array.from({ length: size }, (_, i) => (
        <i key={i} className={[level !== null && i < level ? 'on' : '', required === i + 1 ? 'req' : ''].join(' ')} />
      ))}
    </span>
  );
}
