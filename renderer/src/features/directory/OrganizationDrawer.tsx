import { Badge, Group, Loader, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { FormDialog } from '../../components/FormDialog';
import type { Language } from '../../i18n';
import { otherName, pickName } from '../../lib/format';
import { OrganizationNeeds } from '../gaps/OrganizationNeeds';
import { OrganizationTrainees } from '../trainees/OrganizationTrainees';
import { OrganizationForm } from './OrganizationForm';
import { PartnershipsPanel } from './records/PartnershipsPanel';
import { QualityPanel } from './records/QualityPanel';
import { ServicesPanel } from './records/ServicesPanel';
import { SubsidiesPanel } from './subsidies/SubsidiesPanel';

interface Props {
  id: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/**
 * A wide drawer on the reading end: the record, then what hangs off it (services, conventions,
 * subsidies, quality checklist, training needs, trainees) in tabs, which exist once the organisation is saved. Any form
 * in it with unsaved edits (the record, a service being edited) makes closing ask first.
 */
export function OrganizationDrawer({ id, onOpen, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const org = useCall('organizations.get', { id: id ?? '' }, { enabled: Boolean(id) });
  const o = org.data;
  const title = o ? (
    <Group gap="xs" wrap="wrap">
      <Text fw={600}>{pickName(o.nameFr, o.nameAr, lang)}</Text>
      <Text size="sm" c="dimmed" dir="auto">
        {otherName(o.nameFr, o.nameAr, lang)}
      </Text>
      {o.qualityScore != null && (
        <Badge variant="outline" color="dark">
          {t('directory.scoreBadge', { score: o.qualityScore })}
        </Badge>
      )}
    </Group>
  ) : (
    t('directory.new')
  );
  return (
    <FormDialog kind="drawer" size="min(1200px, 94vw)" title={title} onClose={onClose}>
      {id && !o ? (
        <Loader aria-label={t('common.loading')} />
      ) : !o ? (
        <OrganizationForm org={null} onClose={onClose} onOpen={onOpen} />
      ) : (
        <Tabs defaultValue="record" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="record">{t('directory.tabs.record')}</Tabs.Tab>
            <Tabs.Tab value="services">{t('directory.tabs.services')}</Tabs.Tab>
            <Tabs.Tab value="partnerships">{t('directory.tabs.partnerships')}</Tabs.Tab>
            <Tabs.Tab value="subsidies">{t('directory.tabs.subsidies')}</Tabs.Tab>
            <Tabs.Tab value="quality">{t('directory.tabs.quality')}</Tabs.Tab>
            <Tabs.Tab value="needs">{t('directory.tabs.needs')}</Tabs.Tab>
            <Tabs.Tab value="trainees">{t('trainees.tab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="record">
            <OrganizationForm org={o} onClose={onClose} onOpen={onOpen} />
          </Tabs.Panel>
          <Tabs.Panel value="services">
            <ServicesPanel organizationId={o.id} />
          </Tabs.Panel>
          <Tabs.Panel value="partnerships">
            <PartnershipsPanel organizationId={o.id} />
          </Tabs.Panel>
          <Tabs.Panel value="subsidies">
            <SubsidiesPanel organizationId={o.id} />
          </Tabs.Panel>
          <Tabs.Panel value="quality">
            <QualityPanel organizationId={o.id} />
          </Tabs.Panel>
          <Tabs.Panel value="needs">
            <OrganizationNeeds organizationId={o.id} />
          </Tabs.Panel>
          <Tabs.Panel value="trainees">
            <OrganizationTrainees organizationId={o.id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </FormDialog>
  );
}
