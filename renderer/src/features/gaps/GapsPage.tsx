import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { PrintMenu } from '../../components/PrintMenu';
import { StaffForm } from '../staff/StaffForm';
import { CandidatesTab } from './CandidatesTab';
import { synthesisHref } from './gaps-options';
import { MatrixTab } from './MatrixTab';
import { NeedsTab } from './NeedsTab';
import './gaps.css';

type Tab = 'matrix' | 'needs' | 'candidates';

/**
 * "Gaps and needs": the service's people × competencies matrix (who holds what, where one
 * departure would leave nobody), the training needs with their priority score, and the staff
 * ranked for a job. The synthesis prints the matrix of the chosen unit and job with the needs.
 * Other screens may link to it filtered (`#/gaps?unit=…&job=…&tab=needs`).
 */
export function GapsPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const [tab, setTab] = useState<Tab>((route.get('tab') as Tab | null) ?? 'matrix');
  const [unitId, setUnitId] = useState<string | null>(route.get('unit'));
  const [jobId, setJobId] = useState<string | null>(route.get('job'));
  const [candidateJob, setCandidateJob] = useState<string | null>(route.get('job'));
  const [person, setPerson] = useState<string | null>(null);

  return (
    <div className="fill-page">
      <PageHeader subtitle={t('gaps.subtitle')}>
        <PrintMenu both label={t('gaps.synthesis.print')} href={(lang) => synthesisHref({ unitId, jobId, lang })} />
      </PageHeader>
      <Tabs
        value={tab}
        onChange={(v) => v && setTab(v as Tab)}
        keepMounted={false}
        style={{ flex: '1 1 0px', minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List mb="sm">
          <Tabs.Tab value="matrix">{t('gaps.tabs.matrix')}</Tabs.Tab>
          <Tabs.Tab value="needs">{t('gaps.tabs.needs')}</Tabs.Tab>
          <Tabs.Tab value="candidates">{t('gaps.tabs.candidates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matrix" className="fill-page">
          <MatrixTab unitId={unitId} jobId={jobId} onUnit={setUnitId} onJob={setJobId} onPerson={setPerson} />
        </Tabs.Panel>
        <Tabs.Panel value="needs" className="fill-page">
          <NeedsTab />
        </Tabs.Panel>
        <Tabs.Panel value="candidates" className="fill-page">
          <CandidatesTab jobId={candidateJob} onJob={setCandidateJob} onPerson={setPerson} />
        </Tabs.Panel>
      </Tabs>
      {person && <StaffForm key={person} id={person} tab="competencies" onClose={() => setPerson(null)} />}
    </div>
  );
}
