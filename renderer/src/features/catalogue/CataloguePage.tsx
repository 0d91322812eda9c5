import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { PrintMenu } from '../../components/PrintMenu';
import { CatalogueActions } from './CatalogueActions';
import { CoursesTab } from './CoursesTab';
import { trainingDirectoryHref } from './directory/training-directory-options';
import { TrainersTab } from './TrainersTab';
import { VenuesTab } from './VenuesTab';

type Tab = 'courses' | 'trainers' | 'venues';

/**
 * "Trainings and trainers" (R3.9): the catalogue of courses, the trainers and the venues, the
 * file shared with the network's communes (export, import with a preview), and the printable
 * directory of trainings and trainers.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('courses');
  return (
    <div className="fill-page">
      <PageHeader subtitle={t('catalogue.subtitle')}>
        <CatalogueActions />
        <PrintMenu label={t('catalogue.print')} href={(lang) => trainingDirectoryHref(lang)} />
      </PageHeader>
      <Tabs
        value={tab}
        onChange={(v) => v && setTab(v as Tab)}
        keepMounted={false}
        style={{ flex: '1 1 0px', minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List mb="sm">
          <Tabs.Tab value="courses">{t('catalogue.tabs.courses')}</Tabs.Tab>
          <Tabs.Tab value="trainers">{t('catalogue.tabs.trainers')}</Tabs.Tab>
          <Tabs.Tab value="venues">{t('catalogue.tabs.venues')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="courses" className="fill-page">
          <CoursesTab />
        </Tabs.Panel>
        <Tabs.Panel value="trainers" className="fill-page">
          <TrainersTab />
        </Tabs.Panel>
        <Tabs.Panel value="venues" className="fill-page">
          <VenuesTab />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
