import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../../../api/routes';
import { useCall } from '../../bridge/queries';

/**
 * On a staff member's drawer: "Formateur interne · n formations" when the person trains others
 * (n: the active courses of the catalogue that develop a competency of their expertise), a link
 * to the catalogue.
 */
export function InternalTrainerBadge({ staffId }: { staffId: string }) {
  const { t } = useTranslation();
  const trainer = useCall('trainers.ofStaff', { staffId });
  if (!trainer.data || trainer.data.archived) return null;
  return (
    <Badge component="a" href={routeHref('catalogue')} variant="light" color="grape" tt="none" mb="sm" data-testid="internal-trainer">
      {t('catalogue.internalTrainer', { count: trainer.data.courses })}
    </Badge>
  );
}
