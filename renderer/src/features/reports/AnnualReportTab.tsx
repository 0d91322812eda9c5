import { Alert, Button, Group, Loader, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lessons } from '../../../../api/channels/reports';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useRouteQuery } from '../../app/router';
import { useCall } from '../../bridge/queries';
import { EditableFields, useReadOnly } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { PrintMenu } from '../../components/PrintMenu';
import { queryErrorSentence } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { annualReportPath } from './report-options';

/** The years offered: the five before this one, this one and the next (a plan is made ahead). */
const yearsAround = (now: number) => Array.from({ length: 7 }, (_, i) => String(now + 1 - i));

/**
 * "Rapport annuel" on the Evaluations screen: the lessons of a year in French and in Arabic,
 * saved for the annual report, and the report itself printed in French, Arabic or both.
 */
export function AnnualReportTab() {
  const { t } = useTranslation();
  const now = new Date().getFullYear();
  // The dashboard links here with its year (`?tab=annualReport&year=2025`); a year not offered is ignored.
  const asked = Number(useRouteQuery().get('year'));
  const [year, setYear] = useState(yearsAround(now).includes(String(asked)) ? asked : now);
  const lessons = useCall('lessons.get', { year });
  // Typed lessons not yet saved would be lost by another year or left out of the printed report:
  // both wait for Save.
  const [dirty, setDirty] = useState(false);
  return (
    <Stack gap="md" maw={1100}>
      <Text size="sm">{t('reports.lessons.intro')}</Text>
      <Group align="end" justify="space-between">
        <Select
          label={t('reports.lessons.year')}
          data={yearsAround(now)}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          disabled={dirty}
          w={140}
        />
        {dirty ? (
          <Text size="sm" c="orange.9" role="status" data-testid="lessons-unsaved">
            {t('reports.lessons.saveFirst')}
          </Text>
        ) : (
          <PrintMenu label={t('reports.lessons.print')} both href={(lang) => annualReportPath(year, lang)} />
        )}
      </Group>
      {lessons.error ? (
        <Alert color="red">{queryErrorSentence(t, lessons.error)}</Alert>
      ) : !lessons.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        // Another year starts the form again from what is stored; a save keeps the texts typed (they are what was stored).
        <LessonsForm key={year} stored={lessons.data} onDirty={setDirty} />
      )}
    </Stack>
  );
}

/** The most a lesson holds (the contract's limit), said under each field with what is typed. */
const MAX_LESSON = 10_000;

function LessonsForm({ stored, onDirty }: { stored: Lessons; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [fr, setFr] = useState(stored.lessonsFr);
  const [ar, setAr] = useState(stored.lessonsAr);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const fieldError = (field: string) => {
    const issue = error?.issues?.find((i) => i.path === field);
    return issue ? t(issue.message) : undefined;
  };
  const save = async () => {
    setBusy(true);
    const result = await invoke('lessons.save', { year: stored.year, lessonsFr: fr, lessonsAr: ar });
    setBusy(false);
    setSaved(result.ok);
    setError(result.ok ? null : result.error);
  };
  const dirty = fr !== stored.lessonsFr || ar !== stored.lessonsAr;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const length = (text: string) => t('reports.lessons.length', { n: formatNumber(text.length), max: formatNumber(MAX_LESSON) });
  return (
    <Stack gap="sm">
      <EditableFields>
        <SimpleGrid cols={2}>
          <Textarea
            label={t('reports.lessons.fr')}
            value={fr}
            onChange={(e) => (setFr(e.currentTarget.value), setSaved(false))}
            error={fieldError('lessonsFr')}
            description={length(fr)}
            maxLength={MAX_LESSON}
            dir="ltr"
            lang="fr"
            autosize
            minRows={8}
            maxRows={20}
          />
          <Textarea
            label={t('reports.lessons.ar')}
            value={ar}
            onChange={(e) => (setAr(e.currentTarget.value), setSaved(false))}
            error={fieldError('lessonsAr')}
            description={length(ar)}
            maxLength={MAX_LESSON}
            dir="rtl"
            lang="ar"
            autosize
            minRows={8}
            maxRows={20}
          />
        </SimpleGrid>
      </EditableFields>
      {error && !error.issues?.length && <FormError error={error} />}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {saved
            ? t('reports.lessons.saved')
            : stored.updatedAt
              ? t('reports.lessons.updated', { date: formatDate(stored.updatedAt) })
              : t('reports.lessons.never')}
        </Text>
        {!readOnly && (
          <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
            {t('reports.lessons.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
