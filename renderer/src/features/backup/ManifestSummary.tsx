import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Manifest } from '../../../../api/channels/backup';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { countsText, formatDateTime } from './format';

/** What a verified file holds, before anything is changed: whose data, when, what, signed by whom. */
export function ManifestSummary({ manifest }: { manifest: Manifest }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const rows: [string, string, boolean?][] = [
    [t('backup.manifest.commune'), pickName(manifest.source.communeFr, manifest.source.communeAr, lang)],
    [t('backup.manifest.installation'), manifest.source.installationId, true],
    [t('backup.manifest.date'), formatDateTime(manifest.createdAt)],
    [t('backup.manifest.profile'), t(`backup.make.profiles.${manifest.profile}`)],
    [t('backup.manifest.counts'), countsText(manifest.counts, t, lang)],
    [t('backup.manifest.signer'), manifest.signer.fingerprint, true],
    [t('backup.manifest.app'), `${manifest.app.name} ${manifest.app.version}`, true],
  ];
  return (
    <Table withTableBorder variant="vertical" layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value, ltr]) => (
          <Table.Tr key={label}>
            <Table.Th w={220}>{label}</Table.Th>
            <Table.Td dir={ltr ? 'ltr' : undefined}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
