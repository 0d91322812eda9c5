import { Loader } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import i18n from 'i18next';
import type { Campaign, Review } from '../../../../../api/channels/reviews';
import { call } from '../../../bridge/bridge';
import { useCall, useDataset } from '../../../bridge/queries';
import { voice } from '../../../components/Bilingual';
import { readInterviewFormOptions } from './interview-form-options';
import { InterviewFormView } from './InterviewFormView';
import './interview-form.css';

/**
 * The printable interview forms (a document of app/documents.ts), A4, in the language chosen
 * when Print was asked for (or both side by side): one review's, or one page per person for a whole campaign (the
 * cancelled reviews left out).
 */
export function InterviewFormPage({ path }: { path: string }) {
  const options = readInterviewFormOptions(path);
  const v = voice(options.lang);
  const t = i18n.getFixedT(v.main);
  const dataset = useDataset();
  const one = useCall('reviews.get', { id: options.review ?? '' }, { enabled: Boolean(options.review) });
  const campaignId = options.campaign ?? one.data?.campaignId ?? '';
  const campaign = useCall('campaigns.get', { id: campaignId }, { enabled: Boolean(campaignId) });
  const ids = options.review ? [] : (campaign.data?.reviews ?? []).filter((r) => r.state !== 'cancelled').map((r) => r.id);
  const many = useQueries({
    queries: ids.map((id) => ({ queryKey: ['reviews.get', { id }, dataset], queryFn: () => call('reviews.get', { id }) })),
  });
  const framework = useCall('framework.get', { includeArchived: true });
  const settings = useCall('settings.get', {});

  const reviews: (Review | undefined)[] = options.review ? [one.data] : many.map((q) => q.data);
  if (!campaign.data || !framework.data || !settings.data || reviews.some((r) => !r))
    return <Loader m="xl" aria-label={t('common.loading')} />;
  const { communeFr, communeAr } = settings.data;
  return (
    <div className="interview-doc" dir={v.dir} lang={v.main}>
      {!reviews.length && <p>{v.t('reviews.sheet.nothing', undefined, 'stacked')}</p>}
      {(reviews as Review[]).map((r) => (
        <InterviewFormView
          key={r.id}
          review={r}
          campaign={campaign.data as Campaign}
          framework={framework.data}
          communeFr={communeFr}
          communeAr={communeAr}
          v={v}
        />
      ))}
    </div>
  );
}
