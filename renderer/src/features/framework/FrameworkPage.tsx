import { Button, Group, Loader, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { PageHeader } from '../../components/PageHeader';
import { CategoryForm } from './CategoryForm';
import { CompetencyCatalogue } from './CompetencyCatalogue';
import { ReferentielActions } from './ReferentielActions';
import { ScaleEditor } from './ScaleEditor';
import { Editable } from '../../components/Editable';

/** The competency framework: the proficiency scale, then categories and their competencies. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [newCategory, setNewCategory] = useState(false);
  const framework = useCall('framework.get', { includeArchived }, { keepPrevious: true });
  const fw = framework.data;

  return (
    <>
      <PageHeader subtitle={t('framework.subtitle')}>
        <ReferentielActions />
      </PageHeader>
      {!fw ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Stack gap="xl">
          <ScaleEditor levels={fw.levels} proficientLevel={fw.proficientLevel} />
          <section aria-labelledby="framework-competencies">
            <Group justify="space-between" align="flex-end" mb="sm">
              <Title order={3} id="framework-competencies">
                {t('framework.competencies')}
              </Title>
              <Group gap="sm">
                <Switch
                  label={t('common.showArchived')}
                  checked={includeArchived}
                  onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
                />
                <Editable>
                  <Button onClick={() => setNewCategory(true)}>{t('framework.newCategory')}</Button>
                </Editable>
              </Group>
            </Group>
            <CompetencyCatalogue framework={fw} onNewCategory={() => setNewCategory(true)} />
          </section>
        </Stack>
      )}
      {newCategory && (
        <CategoryForm category={null} nextPosition={(fw?.categories.length ?? 0) + 1} onClose={() => setNewCategory(false)} />
      )}
    </>
  );
}
