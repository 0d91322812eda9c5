import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_CHANGE_KINDS, type CatalogueImportOutput, type CatalogueProblem } from '../../../../api/channels/catalogue';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { Editable } from '../../components/Editable';
import { JsonImportDialog } from '../../components/JsonImportDialog';
import { Ltr, isolated, ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { errorSentence } from '../../lib/errors';
import { pickName } from '../../lib/format';
import { downloadText } from '../backup/format';

/** Codes, ids and JSON paths read left to right inside Arabic. */
const LTR_PARAMS = ['code', 'competency', 'ref', 'field', 'key', 'version', 'language', 'detail'];

const problemText = (t: TFunction, p: CatalogueProblem): string =>
  t(p.key, Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, LTR_PARAMS.includes(k) ? ltr(String(v)) : v])));

/** "Export the catalogue" (a download of the shared file) and "Import a catalogue…" (hidden on a partner's dataset). */
export function CatalogueActions() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [importing, setImporting] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke('catalogue.export', {});
    setBusy(false);
    if (result.ok) downloadText(result.value.fileName, result.value.content);
    else setError(result.error);
  };
  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void save()}>
        {t('catalogue.export')}
      </Button>
      <Editable>
        <Button variant="default" onClick={() => setImporting(true)}>
          {t('catalogue.import')}
        </Button>
      </Editable>
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {errorSentence(t, error)}
        </Alert>
      )}
      {importing && <CatalogueImport onClose={() => setImporting(false)} />}
    </>
  );
}

/** The import in two steps: a dry run shows what would be created or updated and what is left out; Confirm imports. */
function CatalogueImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <JsonImportDialog
      words="catalogue.importer"
      importText={(content, dryRun) => invoke('catalogue.import', { content, dryRun })}
      refusals={(o) => (o.refused ? o.problemKeys.map((p) => problemText(t, p)) : [])}
      preview={(o) => <Preview preview={o} />}
      onClose={onClose}
    />
  );
}

function Preview({ preview }: { preview: CatalogueImportOutput }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Stack gap="sm" role="region" aria-label={t('catalogue.importer.title')}>
      <Text fw={600}>
        {t('catalogue.importer.summary', { created: preview.created, updated: preview.updated, unchanged: preview.unchanged })}
      </Text>
      {!preview.created && !preview.updated && <Text size="sm">{t('catalogue.importer.nothingToDo')}</Text>}
      {CATALOGUE_CHANGE_KINDS.map((kind) => {
        const ofKind = preview.changes.filter((c) => c.kind === kind && c.action !== 'unchanged');
        if (!ofKind.length) return null;
        return (
          <section key={kind} aria-label={t(`catalogue.importer.kinds.${kind}`)}>
            <Title order={4} mb={4}>
              {t(`catalogue.importer.kinds.${kind}`)}
            </Title>
            {(['create', 'update'] as const).map((action) => {
              const items = ofKind.filter((c) => c.action === action);
              if (!items.length) return null;
              return (
                <Stack key={action} gap={2} mb={6}>
                  <Group gap="xs">
                    <Badge color={action === 'create' ? 'teal' : 'blue'} variant="light">
                      {t(`catalogue.importer.actions.${action}`)}
                    </Badge>
                    <Text size="sm">{items.length}</Text>
                  </Group>
                  <List size="sm" spacing={2} withPadding>
                    {items.map((c) => (
                      <List.Item key={c.ref}>
                        {kind === 'course' && (
                          <>
                            <Ltr>{c.ref}</Ltr>{' '}
                          </>
                        )}
                        {isolated(pickName(c.nameFr, c.nameAr, lang))}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              );
            })}
          </section>
        );
      })}
      {preview.problemKeys.length > 0 && (
        <Alert color="orange" title={t('catalogue.importer.problemsTitle')}>
          <List size="sm" spacing={4}>
            {preview.problemKeys.map((p, i) => (
              <List.Item key={i}>{problemText(t, p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
