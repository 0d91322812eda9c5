import { Alert, Badge, Button, Group, Loader, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '../../../../api/channels/evaluation-enums';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { formatNumber, pickName } from '../../lib/format';
import { QuestionnaireDrawer } from './QuestionnaireDrawer';
import { STATUS_COLOR } from './questionnaire-format';

/**
 * The questionnaires, every version: code, version, kind, title in the interface language,
 * state, questions, and the evaluation rounds that use it. A published version opens read-only
 * (a new version changes it); a draft opens in the editor.
 */
export function QuestionnairesTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [kind, setKind] = useState<QuestionnaireKind | null>(null);
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const list = useCall('questionnaires.list', { kind }, { keepPrevious: true });
  const rows = list.data ?? [];

  return (
    <>
      <Group mb="sm" align="flex-end" gap="sm">
        <Select
          label={t('evaluations.questionnaires.kind')}
          placeholder={t('evaluations.questionnaires.allKinds')}
          data={QUESTIONNAIRE_KINDS.map((k) => ({ value: k, label: t(`evaluations.questionnaires.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as QuestionnaireKind | null)}
          clearable
          w={320}
        />
        <Group ms="auto">
          <Editable>
            <Button onClick={() => setOpen({ id: null })}>{t('evaluations.questionnaires.new')}</Button>
          </Editable>
        </Group>
      </Group>
      {list.error && <Alert color="red">{queryErrorSentence(t, list.error)}</Alert>}
      {!list.data && !list.error && <Loader aria-label={t('common.loading')} />}
      {list.data && rows.length === 0 && (
        <Text c="dimmed" py="md">
          {t('evaluations.questionnaires.empty')}
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table
            fz="sm"
            verticalSpacing={6}
            highlightOnHover
            aria-label={t('evaluations.tabs.questionnaires')}
            data-testid="questionnaire-list"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('evaluations.questionnaires.code')}</Table.Th>
                <Table.Th w={80}>{t('evaluations.questionnaires.version')}</Table.Th>
                <Table.Th>{t('evaluations.questionnaires.title')}</Table.Th>
                <Table.Th w={240}>{t('evaluations.questionnaires.kind')}</Table.Th>
                <Table.Th w={110}>{t('evaluations.questionnaires.status')}</Table.Th>
                <Table.Th w={90}>{t('evaluations.questionnaires.questions')}</Table.Th>
                <Table.Th w={120}>{t('evaluations.questionnaires.rounds')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((q) => {
                const title = pickName(q.titleFr, q.titleAr, lang);
                return (
                  <Table.Tr
                    key={q.id}
                    data-questionnaire={`${q.code}@${q.version}`}
                    style={{ cursor: 'pointer' }}
                    onClick={() => setOpen({ id: q.id })}
                  >
                    <Table.Td>
                      <UnstyledButton
                        fz="sm"
                        fw={600}
                        c="var(--mantine-primary-color-filled)"
                        aria-label={t('evaluations.questionnaires.open', { name: `${q.code} v${q.version}` })}
                        onClick={(e) => {
                          e.stopPropagation();
                          setOpen({ id: q.id });
                        }}
                      >
                        <Ltr>{q.code}</Ltr>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>
                      <Ltr>{t('evaluations.questionnaires.versionN', { n: q.version })}</Ltr>
                    </Table.Td>
                    <Table.Td>{title}</Table.Td>
                    <Table.Td>{t(`evaluations.questionnaires.kinds.${q.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOR[q.status]} tt="none">
                        {t(`evaluations.questionnaires.statuses.${q.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatNumber(q.questionCount, lang)}</Table.Td>
                    <Table.Td>
                      {t('evaluations.questionnaires.roundsCount', { count: q.roundCount, formatted: formatNumber(q.roundCount, lang) })}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && <QuestionnaireDrawer id={open.id} onClose={() => setOpen(null)} />}
    </>
  );
}
