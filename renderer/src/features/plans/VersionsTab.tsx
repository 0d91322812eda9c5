import { Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../api/channels/plans';
import { useCall } from '../../bridge/queries';
import { Ltr, joinList } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatDate, pickName } from '../../lib/format';

/** The History's entity of each kind of record a comparison names: its field labels say what changed. */
const ENTITY = { plan: 'plans', funder: 'planFunders', axis: 'planAxes', action: 'planActions' } as const;
const CHANGE_COLOURS = { added: 'teal', removed: 'red', changed: 'blue' } as const;

/** The plan's versions since its adoption, with their notes, and two of them compared: records added, removed, changed and which fields. */
export function VersionsTab({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const versions = useCall('plans.versions', { id: plan.id });
  const list = versions.data ?? [];
  const last = list.at(-1)?.version ?? 1;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? Math.max(1, last - 1);
  const b = to ?? last;
  const diff = useCall('plans.compare', { id: plan.id, from: a, to: b }, { enabled: list.length > 1 });
  if (versions.data && !list.length)
    return (
      <Text c="dimmed" size="sm">
        {t('plans.versions.none')}
      </Text>
    );
  const options = list.map((v) => ({ value: String(v.version), label: t('plans.versionN', { version: v.version }) }));
  const field = (kind: keyof typeof ENTITY, f: string) => {
    const key = `entities.${ENTITY[kind]}.fields.${f}`;
    return i18n.exists(key) ? t(key) : f;
  };
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Table fz="sm" verticalSpacing={4} aria-label={t('plans.tabs.versions')} data-testid="versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>{t('plans.versions.version')}</Table.Th>
              <Table.Th w={120}>{t('plans.versions.date')}</Table.Th>
              <Table.Th>{t('plans.versions.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td fw={600}>{t('plans.versionN', { version: v.version })}</Table.Td>
                <Table.Td>{formatDate(v.createdAt)}</Table.Td>
                <Table.Td>
                  {v.note || (
                    <Text c="dimmed" span size="sm">
                      {t('plans.versions.adoption')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {list.length > 1 && (
        <Paper withBorder p="sm" component="section" aria-labelledby="compare-title">
          <Group gap="sm" mb="sm" align="flex-end">
            <Title order={3} size="h5" id="compare-title" me="md">
              {t('plans.versions.compare')}
            </Title>
            <Select
              label={t('plans.versions.from')}
              size="xs"
              w={150}
              allowDeselect={false}
              data={options}
              value={String(a)}
              onChange={(v) => v && setFrom(Number(v))}
            />
            <Select
              label={t('plans.versions.to')}
              size="xs"
              w={150}
              allowDeselect={false}
              data={options}
              value={String(b)}
              onChange={(v) => v && setTo(Number(v))}
            />
          </Group>
          {diff.data && !diff.data.length ? (
            <Text size="sm" c="dimmed">
              {t('plans.versions.noChange')}
            </Text>
          ) : (
            <Table fz="sm" verticalSpacing={4} striped data-testid="compare">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('plans.versions.kind')}</Table.Th>
                  <Table.Th>{t('plans.versions.record')}</Table.Th>
                  <Table.Th w={110}>{t('plans.versions.change')}</Table.Th>
                  <Table.Th>{t('plans.versions.fields')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(diff.data ?? []).map((d, i) => (
                  <Table.Tr key={i} data-kind={d.kind} data-change={d.change}>
                    <Table.Td>{t(`plans.versions.kinds.${d.kind}`)}</Table.Td>
                    <Table.Td>
                      {d.code && (
                        <>
                          <Ltr>{d.code}</Ltr>{' '}
                        </>
                      )}
                      {pickName(d.nameFr, d.nameAr, lang)}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={CHANGE_COLOURS[d.change]} tt="none">
                        {t(`plans.versions.changes.${d.change}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {joinList(
                        d.fields.map((f) => field(d.kind, f)),
                        lang,
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
    </Stack>
  );
}
