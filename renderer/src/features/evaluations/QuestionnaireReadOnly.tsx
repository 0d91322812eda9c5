import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question, Questionnaire } from '../../../../api/channels/evaluation';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber, otherName, pickName } from '../../lib/format';

/** A published (or archived) version as it reads: never edited, its texts in both languages. */
export function QuestionnaireReadOnly({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const isTest = q.kind === 'test';
  return (
    <Stack gap="sm" data-testid="questionnaire-read-only">
      <div>
        <Text fw={700}>{pickName(q.titleFr, q.titleAr, lang)}</Text>
        {otherName(q.titleFr, q.titleAr, lang) && (
          <Text size="sm" c="dimmed" lang={lang === 'ar' ? 'fr' : 'ar'} dir={lang === 'ar' ? 'ltr' : 'rtl'}>
            {otherName(q.titleFr, q.titleAr, lang)}
          </Text>
        )}
        <Text size="sm">{t(`evaluations.questionnaires.kinds.${q.kind}`)}</Text>
        {isTest && (
          <Text size="sm">
            {t('evaluations.questionnaires.passThreshold')} : <Ltr>{formatNumber(Math.round((q.passThreshold ?? 0) * 100), lang)} %</Ltr> ·{' '}
            {t('evaluations.questionnaires.maxScore', { points: formatNumber(q.maxScore, lang) })}
          </Text>
        )}
      </div>
      {pickName(q.introFr, q.introAr, lang) && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {pickName(q.introFr, q.introAr, lang)}
        </Text>
      )}
      {q.questions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('evaluations.questionnaires.noQuestions')}
        </Text>
      )}
      {q.questions.map((question, i) => (
        <QuestionView key={question.id} question={question} n={i + 1} isTest={isTest} />
      ))}
    </Stack>
  );
}

function QuestionView({ question: x, n, isTest }: { question: Question; n: number; isTest: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = (fr: string, ar: string) => pickName(fr, ar, lang);
  return (
    <Paper withBorder p="xs" data-question={n - 1}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {n}. {name(x.textFr, x.textAr)}
        </Text>
        <Group gap={4} wrap="nowrap">
          <Badge variant="outline" color="gray" tt="none">
            {t(`evaluations.questionnaires.types.${x.type}`)}
          </Badge>
          <Badge variant="light" color="gray" tt="none">
            {t(`evaluations.questionnaires.measureNames.${x.measures}`)}
          </Badge>
          {isTest && x.points > 0 && (
            <Badge variant="light" tt="none">
              {t('evaluations.questionnaires.points')} {formatNumber(x.points, lang)}
            </Badge>
          )}
        </Group>
      </Group>
      {x.scalePoints !== null && (x.type === 'scale' || x.type === 'grid') && (
        <Text size="xs" c="dimmed">
          <Ltr>1</Ltr> {name(x.lowFr, x.lowAr)} … <Ltr>{x.scalePoints}</Ltr> {name(x.highFr, x.highAr)}
        </Text>
      )}
      {x.options.length > 0 && (
        <List size="sm" spacing={0} mt={4}>
          {x.options.map((o, k) => (
            <List.Item key={k}>
              {name(o.fr, o.ar)}
              {isTest && o.correct ? ` ✓ ${t('evaluations.questionnaires.correct')}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      {x.gridRows.length > 0 && (
        <List size="sm" spacing={0} mt={4}>
          {x.gridRows.map((r, k) => (
            <List.Item key={k}>{name(r.fr, r.ar)}</List.Item>
          ))}
        </List>
      )}
      {isTest && x.correctValue !== null && (
        <Text size="xs">
          {t('evaluations.questionnaires.correctValue')} :{' '}
          {x.type === 'yes_no' ? t(x.correctValue === 1 ? 'common.yes' : 'common.no') : <Ltr>{String(x.correctValue)}</Ltr>}
        </Text>
      )}
    </Paper>
  );
}
