import { Button, Group, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { FilterPill } from '../../components/ListFilters';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { JobDrawer } from './JobDrawer';
import { JobList } from './JobList';

/** `null`: nothing open; `'new'`: a blank sheet; otherwise the id of the sheet being read. */
type Open = string | null;

/**
 * The commune's job descriptions (fiches de poste), each opened in a wide drawer. The framework
 * links here for the jobs that require a competency (`#/jobs?competency=…`): archived sheets
 * are then listed too, as the framework counts them.
 */
export function JobsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const route = useRouteQuery();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [competencyId, setCompetencyId] = useState(route.get('competency'));
  const [seenLink, setSeenLink] = useState(route.get('competency'));
  if (route.get('competency') !== seenLink) {
    setSeenLink(route.get('competency'));
    setCompetencyId(route.get('competency'));
  }
  const [open, setOpen] = useState<Open>(null);
  const jobs = useCall('jobs.list', { includeArchived: includeArchived || Boolean(competencyId), competencyId });
  const framework = useCall('framework.get', { includeArchived: true }, { enabled: Boolean(competencyId) });
  const competency = framework.data?.competencies.find((c) => c.id === competencyId);

  return (
    <>
      <PageHeader subtitle={t('jobs.subtitle')}>
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived || Boolean(competencyId)}
          disabled={Boolean(competencyId)}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        />
        <Editable>
          <Button onClick={() => setOpen('new')}>{t('jobs.new')}</Button>
        </Editable>
      </PageHeader>
      {competency && (
        <Group mb="sm">
          <FilterPill
            label={t('jobs.requiring')}
            value={pickName(competency.nameFr, competency.nameAr, lang) || competency.code}
            onRemove={() => setCompetencyId(null)}
          />
        </Group>
      )}
      {jobs.data && !jobs.data.length && !competencyId ? (
        <Empty title={t('jobs.emptyTitle')} hint={t('jobs.emptyHint')} action={t('jobs.new')} onAction={() => setOpen('new')} />
      ) : (
        <JobList jobs={jobs.data ?? []} loading={jobs.isPending} selectedId={open} onOpen={setOpen} />
      )}
      {open && <JobDrawer key={open} id={open === 'new' ? null : open} onClose={() => setOpen(null)} />}
    </>
  );
}
