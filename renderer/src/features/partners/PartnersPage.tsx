import { Alert, Button, Code, Group, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { useReadOnly } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { formatDate } from '../../lib/format';
import { PartnerImport } from './PartnerImport';
import { RemovePartner } from './RemovePartner';
import { VerifyButton } from '../sessions/attestations/VerifyAttestationDialog';
import { backToOwnData, openPartnerData, partnerName } from './dataset';
import { ProgrammeView } from './ProgrammeView';

/**
 * The coordinator's partner datasets: import a partner's backup, see what is held, open one
 * read-only; and the programme view, the partners' indicators side by side.
 */
export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const [tab, setTab] = useState<'datasets' | 'programme'>('datasets');
  const lang = i18n.language as Language;
  const readOnly = useReadOnly();
  const settings = useCall('settings.get', {});
  const partners = useCall('partners.list', {}, { enabled: !readOnly });
  const coordinator = settings.data?.role === 'coordinator';

  if (readOnly) {
    return (
      <>
        <PageHeader />
        <Alert color="blue">
          <Group justify="space-between">
            <Text size="sm">{t('errors.backup.ownDatasetOnly')}</Text>
            <Button size="xs" onClick={backToOwnData}>
              {t('partners.back')}
            </Button>
          </Group>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader subtitle={t('partners.subtitle')} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as typeof tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="datasets">{t('partners.tabs.datasets')}</Tabs.Tab>
          <Tabs.Tab value="programme">{t('partners.tabs.programme')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="programme">
          <ProgrammeView onImport={() => setTab('datasets')} />
        </Tabs.Panel>
        <Tabs.Panel value="datasets">
          <Stack>
            <Alert color={coordinator ? 'blue' : 'gray'} variant="light">
              {t(coordinator ? 'partners.coordinatorHint' : 'partners.otherHint')}
            </Alert>
            <PartnerImport />
            {/* A paper attestation from a partner commune is checked here, offline, against its imported data. */}
            <Group>
              <VerifyButton />
            </Group>
            {partners.data && !partners.data.length ? (
              <Empty title={t('partners.list.empty')} hint={t('partners.list.emptyHint')} />
            ) : (
              <Paper withBorder>
                <Table.ScrollContainer minWidth={700}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('partners.list.commune')}</Table.Th>
                        <Table.Th>{t('partners.list.date')}</Table.Th>
                        <Table.Th>{t('partners.list.signer')}</Table.Th>
                        <Table.Th>{t('partners.list.profile')}</Table.Th>
                        <Table.Th>{t('partners.list.importedAt')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {(partners.data ?? []).map((p) => {
                        const name = partnerName(p, lang) ?? t('partners.noName');
                        return (
                          <Table.Tr key={p.id}>
                            <Table.Td>{name}</Table.Td>
                            <Table.Td>{formatDate(p.backupCreatedAt)}</Table.Td>
                            <Table.Td>
                              <Code dir="ltr">{p.signerFingerprint}</Code>
                            </Table.Td>
                            <Table.Td>{t(`backup.make.profiles.${p.profile}`)}</Table.Td>
                            <Table.Td>{formatDate(p.importedAt)}</Table.Td>
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                <Button
                                  size="compact-sm"
                                  onClick={() => openPartnerData(p)}
                                  aria-label={t('partners.list.openNamed', { name })}
                                >
                                  {t('partners.list.open')}
                                </Button>
                                <RemovePartner id={p.id} name={name} />
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
