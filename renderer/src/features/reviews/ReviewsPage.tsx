import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import { CampaignBoard } from './CampaignBoard';
import { CampaignForm } from './CampaignForm';
import { CampaignList } from './CampaignList';

/** The campaign last looked at, for the session: coming back from a printed form finds it again. */
let lastCampaign: string | null = null;

/**
 * Competency reviews: the campaigns on the start side, the chosen one's board beside them (its
 * reviews by state, who is late, export, import and the interview forms to print). Another
 * screen may link to a campaign (`#/reviews?campaign=…`), or to one of its reviews (`&review=…`).
 */
export function ReviewsPage() {
  const { t } = useTranslation();
  const route = useRouteQuery();
  const campaigns = useCall('campaigns.list', {});
  const [chosen, setChosen] = useState<string | null>(route.get('campaign') ?? lastCampaign);
  const [form, setForm] = useState<{ id: string | null } | null>(null);
  const list = campaigns.data ?? [];
  const selectedId = list.find((c) => c.id === chosen)?.id ?? list[0]?.id ?? null;
  const select = (id: string) => {
    lastCampaign = id;
    setChosen(id);
  };

  return (
    <div className="fill-page">
      <PageHeader subtitle={t('reviews.subtitle')}>
        <Editable>
          <Button onClick={() => setForm({ id: null })}>{t('reviews.newCampaign')}</Button>
        </Editable>
      </PageHeader>
      {campaigns.data && !list.length ? (
        <Empty
          title={t('reviews.emptyTitle')}
          hint={t('reviews.emptyHint')}
          action={t('reviews.newCampaign')}
          onAction={() => setForm({ id: null })}
        />
      ) : (
        <Group align="stretch" wrap="nowrap" gap="md" style={{ flex: '1 1 0px', minHeight: 0 }}>
          <CampaignList campaigns={list} selectedId={selectedId} onSelect={select} />
          <div style={{ flex: '1 1 0px', minWidth: 0, display: 'flex', flexDirection: 'column' }}>
            {selectedId ? (
              <CampaignBoard
                key={selectedId}
                id={selectedId}
                onEdit={() => setForm({ id: selectedId })}
                openReview={selectedId === route.get('campaign') ? route.get('review') : null}
              />
            ) : (
              <Text c="dimmed">{campaigns.isPending ? t('common.loading') : t('reviews.chooseCampaign')}</Text>
            )}
          </div>
        </Group>
      )}
      {form && (
        <CampaignForm
          id={form.id}
          onClose={() => setForm(null)}
          onCreated={(id) => {
            select(id);
            setForm(null);
          }}
        />
      )}
    </div>
  );
}
