import { Loader } from '@mantine/core';
import i18n from 'i18next';
import { useCall } from '../../../bridge/queries';
import { Ar, Fr } from '../../../components/Bilingual';
import { formatDate, pickName } from '../../../lib/format';
import { JobSheetBilingual } from './JobSheetBilingual';
import { readJobSheetOptions } from './job-sheet-options';
import { JobSheetView } from './JobSheetView';

/**
 * The printable job sheet (a document of app/documents.ts), A4, in the language chosen when
 * Print was asked for, whatever the screen's: the same view as the drawer's, under the
 * commune's name and the date it was printed; or French and Arabic side by side (`both`).
 */
export function JobSheetPage({ path }: { path: string }) {
  const { id, lang } = readJobSheetOptions(path);
  const t = i18n.getFixedT(lang === 'both' ? 'fr' : lang);
  const job = useCall('jobs.get', { id }, { enabled: Boolean(id) });
  const jobs = useCall('jobs.list', { includeArchived: true });
  const framework = useCall('framework.get', { includeArchived: true });
  const settings = useCall('settings.get', {});
  if (!job.data || !jobs.data || !settings.data) return <Loader m="xl" aria-label={t('common.loading')} />;
  const date = formatDate(new Date().toISOString());
  const { communeFr, communeAr } = settings.data;
  if (lang === 'both')
    return (
      <div className="job-sheet-doc" dir="ltr" lang="fr">
        <p className="job-sheet-commune bi-cols">
          <Fr>{i18n.getFixedT('fr')('jobs.sheet.heading', { commune: pickName(communeFr, communeAr, 'fr'), date })}</Fr>
          <Ar>{i18n.getFixedT('ar')('jobs.sheet.heading', { commune: pickName(communeFr, communeAr, 'ar'), date })}</Ar>
        </p>
        <JobSheetBilingual job={job.data} framework={framework.data} jobs={jobs.data} />
      </div>
    );
  const commune = pickName(communeFr, communeAr, lang);
  return (
    <div className="job-sheet-doc" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <p className="job-sheet-commune">{t('jobs.sheet.heading', { commune, date })}</p>
      <JobSheetView job={job.data} framework={framework.data} jobs={jobs.data} lang={lang} t={t} level={1} />
    </div>
  );
}
