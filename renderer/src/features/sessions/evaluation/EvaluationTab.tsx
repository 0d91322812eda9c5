import { Alert, Button, Group, Loader, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../../api/channels/evaluation';
import type { AppError } from '../../../../../api/result';
import type { SessionDetail } from '../../../../../api/channels/sessions';
import { navigate } from '../../../app/router';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { Editable, useReadOnly } from '../../../components/Editable';
import { Empty } from '../../../components/Empty';
import { FormError } from '../../../components/FormError';
import { PrintMenu } from '../../../components/PrintMenu';
import type { Language, PrintLanguage } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { queryErrorSentence } from '../../../lib/errors';
import { formatRate } from '../paper/session-format';
import { sessionReportHref } from '../../reports/report-options';
import { blankFormHref } from './blank-form-options';
import { RoundDialog } from './RoundDialog';
import { ScheduleDialog } from './ScheduleDialog';
import { SheetsGrid } from './SheetsGrid';

/** Rounds whose sheets come back on paper and are typed here; the follow-ups have their own screen. */
const TYPED_HERE = new Set<Round['moment']>(['end_sheet', 'pre_test', 'post_test']);
const LANGS: PrintLanguage[] = ['fr', 'ar', 'both'];
const LANG_KEY = { fr: 'common.printFr', ar: 'common.printAr', both: 'common.printBoth' } as const;

/**
 * A session's evaluation (issue 12): the rounds its course's planned level calls for (scheduled
 * on demand), each with its questionnaire, due date, anonymity and response rate; a round's
 * blank forms to print, and its paper sheets typed back below the list.
 */
export function EvaluationTab({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const readOnly = useReadOnly();
  const rounds = useCall('rounds.list', { sessionId: session.id });
  // The round names its questionnaire by code; the version comes from the questionnaires' list.
  const questionnaires = useCall('questionnaires.list', { kind: null });
  const versionOf = (id: string) => questionnaires.data?.find((q) => q.id === id)?.version;
  const [scheduling, setScheduling] = useState(false);
  const [editing, setEditing] = useState<Round | null>(null);
  const [typing, setTyping] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const cancelled = session.status === 'cancelled';

  if (rounds.error) return <Alert color="red">{queryErrorSentence(t, rounds.error)}</Alert>;
  if (!rounds.data) return <Loader aria-label={t('common.loading')} />;
  const list = rounds.data;
  const typed = list.find((r) => r.id === typing && TYPED_HERE.has(r.moment));

  const remove = async (r: Round) => {
    const result = await invoke('rounds.delete', { id: r.id });
    if (result.ok) {
      setError(null);
      if (typing === r.id) setTyping(null);
    } else setError(result.error);
  };

  const level = session.course.evaluationLevel;
  const schedule = !cancelled && (
    <Editable>
      <Button onClick={() => setScheduling(true)} variant={list.length ? 'default' : 'filled'}>
        {t('sessionEvaluation.schedule')}
      </Button>
    </Editable>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="start">
        <Text size="sm" maw={760}>
          {t('sessionEvaluation.levelIntro', { level })} {t(`sessionEvaluation.levelGives.${Math.min(Math.max(level, 0), 4)}`)}
        </Text>
        <Group gap="xs">
          {list.length > 0 && schedule}
          {/* The session's report: attendance, levels 1 and 2, comments and costs, printable. */}
          <PrintMenu label={t('reports.session.open')} both href={(l) => sessionReportHref(session.id, l)} />
        </Group>
      </Group>
      {!list.length ? (
        <Empty
          title={t('sessionEvaluation.empty')}
          hint={t(cancelled ? 'sessionEvaluation.emptyCancelled' : 'sessionEvaluation.emptyHint')}
          action={cancelled ? undefined : t('sessionEvaluation.schedule')}
          onAction={() => setScheduling(true)}
        />
      ) : (
        <Table striped withTableBorder aria-label={t('sessionEvaluation.roundsLabel', { code: session.code })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sessionEvaluation.cols.moment')}</Table.Th>
              <Table.Th>{t('sessionEvaluation.cols.questionnaire')}</Table.Th>
              <Table.Th>{t('sessionEvaluation.cols.due')}</Table.Th>
              <Table.Th>{t('sessionEvaluation.cols.who')}</Table.Th>
              <Table.Th>{t('sessionEvaluation.cols.sheets')}</Table.Th>
              <Table.Th>{t('sessionEvaluation.cols.rate')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('sessionEvaluation.grid.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((r) => {
              const moment = t(`sessionEvaluation.moments.${r.moment}`);
              return (
                <Table.Tr key={r.id} data-round={r.moment}>
                  <Table.Td fw={600}>{moment}</Table.Td>
                  <Table.Td>
                    {pickName(r.questionnaireTitleFr, r.questionnaireTitleAr, lang)}{' '}
                    <Text span size="xs" c="dimmed">
                      <span dir="ltr">
                        {r.questionnaireCode}
                        {versionOf(r.questionnaireId) !== undefined && ` v${versionOf(r.questionnaireId)}`}
                      </span>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <span dir="ltr">{formatDate(r.dueDate)}</span>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(r.anonymous ? 'sessionEvaluation.anonymous' : 'sessionEvaluation.named')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <span dir="ltr">
                      {t('sessionEvaluation.sheetsOf', {
                        count: r.responses,
                        n: formatNumber(r.responses, lang),
                        expected: formatNumber(r.expected, lang),
                      })}
                    </span>
                  </Table.Td>
                  <Table.Td data-rate>
                    {r.responseRate === null ? '—' : formatRate(r.responseRate, lang)}
                    {/* Anonymous sheets are not tied to anyone: more than the people expected is a sheet typed twice, or a visitor's. */}
                    {r.responses > r.expected && (
                      <Text size="xs" c="orange.9" data-testid="more-than-expected">
                        {t('sessionEvaluation.moreThanExpected')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {TYPED_HERE.has(r.moment) && (
                        <Button
                          size="compact-sm"
                          variant={typing === r.id ? 'filled' : 'light'}
                          onClick={() => setTyping(typing === r.id ? null : r.id)}
                          aria-label={t('sessionEvaluation.typeSheetsOf', { moment })}
                          aria-pressed={typing === r.id}
                        >
                          {t('sessionEvaluation.typeSheets')}
                        </Button>
                      )}
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button size="compact-sm" variant="default" aria-label={t('sessionEvaluation.printOf', { moment })}>
                            {t('sessionEvaluation.print')}
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {LANGS.map((l) => (
                            <Menu.Item key={l} onClick={() => navigate(blankFormHref(r.id, l))}>
                              {t(LANG_KEY[l])}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                      {!readOnly && !cancelled && (
                        <>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setEditing(r)}
                            aria-label={t('sessionEvaluation.editOf', { moment })}
                          >
                            {t('sessionEvaluation.edit')}
                          </Button>
                          {r.responses === 0 && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => void remove(r)}
                              aria-label={t('sessionEvaluation.removeOf', { moment })}
                            >
                              {t('sessionEvaluation.remove')}
                            </Button>
                          )}
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <FormError error={error} />
      {typed && (
        <Stack gap="xs">
          <Text fw={600} component="h3" m={0}>
            {t('sessionEvaluation.grid.title', { moment: t(`sessionEvaluation.moments.${typed.moment}`) })}
          </Text>
          <SheetsGrid key={typed.id} round={typed} sessionCode={session.code} sessionCancelled={cancelled} />
        </Stack>
      )}
      {scheduling && <ScheduleDialog session={session} onClose={() => setScheduling(false)} />}
      {editing && <RoundDialog round={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
