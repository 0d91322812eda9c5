import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffCompetencies } from '../../app/links';
import { useCall } from '../../bridge/queries';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import type { FollowUpSaved } from './FollowUpForm';

/**
 * Said plainly once a follow-up is saved: that it is, and when it wrote a new level, the level,
 * whose history it went into and the person's gap on that competency now (read again from the
 * person's profile, which the write refreshed), with a link to the person's competencies.
 */
export function FollowUpSavedNote({ saved, onClose }: { saved: FollowUpSaved; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = pickName(saved.nameFr, saved.nameAr, lang);
  const withLevel = Boolean(saved.staffId && saved.level !== null && saved.competencyId);
  const profile = useCall('ratings.profile', { staffId: saved.staffId ?? '' }, { enabled: withLevel });
  const competency = profile.data?.competencies.find((c) => c.competencyId === saved.competencyId);
  const gap = competency?.gap ?? null;
  return (
    <Alert color="teal" mb="sm" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} data-testid="follow-up-saved">
      <Text size="sm">{t('evaluations.saved.done', { name })}</Text>
      {withLevel && competency && (
        <Text size="sm" fw={600}>
          {gap === null || competency.required === null
            ? t('evaluations.saved.levelNoGap', { level: formatNumber(saved.level!, lang), name, code: saved.competencyCode })
            : t('evaluations.saved.level', {
                level: formatNumber(saved.level!, lang),
                name,
                code: saved.competencyCode,
                gap: formatNumber(Math.max(0, gap), lang),
              })}{' '}
          <Anchor href={staffCompetencies(saved.staffId!)} size="sm">
            {t('evaluations.saved.seeCompetencies')}
          </Anchor>
        </Text>
      )}
    </Alert>
  );
}
