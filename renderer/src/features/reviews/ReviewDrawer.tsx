import { Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../api/channels/reviews';
import { useCall } from '../../bridge/queries';
import { FormDialog } from '../../components/FormDialog';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { type Refusal, ReviewForm } from './ReviewForm';

/**
 * A review in a drawer as wide as the screen allows (its table has eight columns). After a save
 * or a refused validation the form starts again from what the core answered, so what is shown
 * is what is stored, and a refusal lands on the rows it names.
 */
export function ReviewDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const read = useCall('reviews.get', { id });
  const [answer, setAnswer] = useState<{ review: Review; refusal: Refusal | null; version: number } | null>(null);
  const review = answer?.review ?? read.data;
  const name = review ? pickName(review.nameFr, review.nameAr, lang) : '';
  return (
    <FormDialog
      kind="drawer"
      size="min(1320px, 97vw)"
      title={review ? t('reviews.review.title', { name }) : t('common.loading')}
      onClose={onClose}
    >
      {!review ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <ReviewForm
          key={answer?.version ?? 0}
          review={review}
          refusal={answer?.refusal ?? null}
          onReplaced={(next, refusal) => setAnswer((a) => ({ review: next, refusal, version: (a?.version ?? 0) + 1 }))}
        />
      )}
    </FormDialog>
  );
}
