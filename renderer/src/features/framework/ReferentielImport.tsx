import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  CHANGE_KINDS,
  type ReferentielChange,
  type ReferentielImportOutput,
  type ReferentielProblem,
} from '../../../../api/channels/referentiel';
import { invoke } from '../../bridge/bridge';
import { JsonImportDialog } from '../../components/JsonImportDialog';
import { Ltr, isolated, ltr } from '../../components/Ltr';

/** Parameters that are codes or JSON paths read left to right inside Arabic; counts shown from 1. */
const LTR_PARAMS = ['code', 'category', 'competency', 'job', 'field', 'key', 'detail', 'version'];
const FROM_ONE = ['index', 'requirement', 'first'];

/** A problem of a refused file in the interface language, naming the item as the user counts. */
export function problemText(t: TFunction, p: ReferentielProblem): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p.params)) {
    params[k] = FROM_ONE.includes(k) && typeof v === 'number' ? v + 1 : LTR_PARAMS.includes(k) ? ltr(String(v)) : v;
  }
  if (typeof p.params.reason === 'string') params.reason = t(`framework.referentiel.reasons.${p.params.reason}`);
  const sentence = t(`framework.${p.key}`, params);
  if (typeof p.params.list !== 'string') return sentence;
  const code = typeof p.params.code === 'string' && p.params.code ? ` (${ltr(p.params.code)})` : '';
  const item = `${t(`framework.referentiel.items.${p.params.list}`, { n: params.index })}${code}`;
  return t('framework.referentiel.itemSays', { item, problem: sentence });
}

/**
 * Import of a référentiel in two steps: the chosen file is checked by a dry run (nothing is
 * written), which lists by kind what would be created, updated or left unchanged, or the
 * problems for which the file is refused; Confirm imports it.
 */
export function ReferentielImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <JsonImportDialog
      words="framework.referentiel"
      importText={(content, dryRun) => invoke('referentiel.import', { content, dryRun })}
      refusals={(o) => o.problemKeys.map((p) => problemText(t, p))}
      preview={(o) => <Preview preview={o} />}
      onClose={onClose}
    />
  );
}

/** What the import would do, by kind, then by action: created and updated items listed, unchanged counted. */
function Preview({ preview }: { preview: ReferentielImportOutput }) {
  const { t, i18n } = useTranslation();
  const unchanged = preview.changes.filter((c) => c.kind !== 'scale' && c.action === 'unchanged').length;
  const nameOf = (c: ReferentielChange) => isolated((i18n.language === 'ar' ? c.nameAr : c.name) ?? '');
  return (
    <Stack gap="sm" aria-label={t('framework.referentiel.previewTitle')} role="region">
      <Text fw={600}>{t('framework.referentiel.summary', { created: preview.created, updated: preview.updated, unchanged })}</Text>
      {!preview.created && !preview.updated && !preview.changes.some((c) => c.kind === 'scale' && c.action === 'update') && (
        <Text size="sm">{t('framework.referentiel.nothingToDo')}</Text>
      )}
      {CHANGE_KINDS.map((kind) => {
        const ofKind = preview.changes.filter((c) => c.kind === kind);
        if (!ofKind.length) return null;
        if (kind === 'scale')
          return (
            <Text key={kind} size="sm">
              <b>{t('framework.referentiel.kinds.scale')}</b> —{' '}
              {t(ofKind[0].action === 'update' ? 'framework.referentiel.scaleUpdate' : 'framework.referentiel.scaleUnchanged')}
            </Text>
          );
        return (
          <section key={kind} aria-label={t(`framework.referentiel.kinds.${kind}`)}>
            <Title order={4} mb={4}>
              {t(`framework.referentiel.kinds.${kind}`)}
            </Title>
            {(['create', 'update', 'unchanged'] as const).map((action) => {
              const items = ofKind.filter((c) => c.action === action);
              if (!items.length) return null;
              return (
                <Stack key={action} gap={2} mb={6}>
                  <Group gap="xs">
                    <Badge color={action === 'create' ? 'teal' : action === 'update' ? 'blue' : 'gray'} variant="light">
                      {t(`framework.referentiel.actions.${action}`)}
                    </Badge>
                    <Text size="sm">{items.length}</Text>
                  </Group>
                  {action !== 'unchanged' && (
                    <List size="sm" spacing={2} withPadding>
                      {items.map((c) => (
                        <List.Item key={c.code}>
                          <Ltr>{c.code}</Ltr> {nameOf(c)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              );
            })}
          </section>
        );
      })}
    </Stack>
  );
}
