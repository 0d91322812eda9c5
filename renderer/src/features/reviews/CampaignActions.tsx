import { Button, Group, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../api/channels/reviews';
import type { Input } from '../../../../api/contract';
import { call, invoke } from '../../bridge/bridge';
import { useCall, useDataset } from '../../bridge/queries';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Editable } from '../../components/Editable';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { ConfirmStep } from './ConfirmStep';
import { ReasonDialog } from './ReasonDialog';

type Asking = 'open' | 'close' | 'reopen' | 'delete' | null;

/** What a campaign's status allows: edit, delete, open (draft); edit, close (open); reopen with a reason (closed). */
export function CampaignActions({ campaign, onEdit }: { campaign: Campaign; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [asking, setAsking] = useState<Asking>(null);
  const close = () => setAsking(null);
  const name = pickName(campaign.titleFr, campaign.titleAr, lang) || campaign.code;
  const { status } = campaign;
  return (
    <Editable>
      <Group gap="xs" wrap="nowrap">
        {status !== 'closed' && (
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            {t('reviews.actions.edit')}
          </Button>
        )}
        {status === 'draft' && (
          <>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setAsking('delete')}>
              {t('reviews.actions.delete')}
            </Button>
            <Button size="compact-sm" onClick={() => setAsking('open')}>
              {t('reviews.actions.open')}
            </Button>
          </>
        )}
        {status === 'open' && (
          <Button size="compact-sm" variant="default" onClick={() => setAsking('close')}>
            {t('reviews.actions.close')}
          </Button>
        )}
        {status === 'closed' && (
          <Button size="compact-sm" variant="default" onClick={() => setAsking('reopen')}>
            {t('reviews.actions.reopen')}
          </Button>
        )}
      </Group>
      {asking === 'open' && (
        <ConfirmStep
          title={t('reviews.openConfirm.title')}
          confirm={t('reviews.openConfirm.confirm')}
          run={() => invoke('campaigns.open', { id: campaign.id })}
          onClose={close}
        >
          <Text size="sm">{t('reviews.openConfirm.text')}</Text>
          <PeopleInScope campaign={campaign} />
        </ConfirmStep>
      )}
      {asking === 'close' && (
        <ConfirmStep
          title={t('reviews.closeConfirm.title')}
          confirm={t('reviews.closeConfirm.confirm')}
          run={() => invoke('campaigns.close', { id: campaign.id })}
          onClose={close}
        >
          <Text size="sm">{t('reviews.closeConfirm.text')}</Text>
        </ConfirmStep>
      )}
      {asking === 'reopen' && (
        <ReasonDialog
          title={t('reviews.reopen.title')}
          text={t('reviews.reopen.text')}
          label={t('reviews.reopen.reason')}
          confirm={t('reviews.reopen.confirm')}
          run={(reason) => invoke('campaigns.reopen', { id: campaign.id, reason })}
          onClose={close}
        />
      )}
      <ConfirmDelete
        opened={asking === 'delete'}
        title={t('reviews.deleteCampaign')}
        what={name}
        onClose={close}
        onDelete={async () => {
          const r = await invoke('campaigns.delete', { id: campaign.id });
          return r.ok ? { ...r, value: { deleted: true, archived: false } } : r;
        }}
        onDone={close}
      />
    </Editable>
  );
}

/**
 * How many people opening will give a review: the Service's active staff, or those of the chosen
 * units and the units below them (a unit below another chosen one is not counted twice).
 */
function PeopleInScope({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const dataset = useDataset();
  const units = useCall('units.list', { includeArchived: true });
  const chosen = new Set(campaign.unitIds);
  const parents = new Map((units.data ?? []).map((u) => [u.id, u.parentId]));
  const hasChosenAbove = (id: string) => {
    for (let at = parents.get(id); at; at = parents.get(at)) if (chosen.has(at)) return true;
    return false;
  };
  const roots = campaign.scope === 'service' ? [null] : units.data ? campaign.unitIds.filter((u) => !hasChosenAbove(u)) : [];
  const counts = useQueries({
    queries: roots.map((unitId) => {
      const input: Input<'staff.list'> = { unitId, status: 'active', limit: 1 };
      return { queryKey: ['staff.list', input, dataset], queryFn: () => call('staff.list', input) };
    }),
  });
  if (!roots.length || counts.some((c) => !c.data)) return null;
  const count = counts.reduce((n, c) => n + (c.data?.total ?? 0), 0);
  return (
    <Text size="sm" fw={600}>
      {t('reviews.openConfirm.people', { count, formatted: formatNumber(count, lang) })}
    </Text>
  );
}
