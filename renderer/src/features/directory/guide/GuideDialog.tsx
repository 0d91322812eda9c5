import { Button, Group, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../app/router';
import { FormDialog } from '../../../components/FormDialog';
import type { Language } from '../../../i18n';
import type { DirectoryFilters } from '../filters';
import { termOptions, useTerms } from '../terms';
import { type GuideLang, guideHref } from './guide-options';

/** Chooses what the printed guide holds (prefilled from the page's facets), then opens it. */
export function GuideDialog({ filters, onClose }: { filters: DirectoryFilters; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const terms = useTerms();
  const [domainIds, setDomains] = useState(filters.domainIds ?? []);
  const [publicIds, setPublics] = useState(filters.publicIds ?? []);
  const [quartierIds, setQuartiers] = useState(filters.quartierIds ?? []);
  const [guideLang, setGuideLang] = useState<GuideLang>(lang);

  return (
    <FormDialog title={t('directory.guide.dialogTitle')} size="lg" onClose={onClose}>
      <Stack>
        <Text size="sm">{t('directory.guide.dialogHint')}</Text>
        <MultiSelect
          label={t('directory.fields.domains')}
          placeholder={domainIds.length ? undefined : t('directory.facets.any')}
          data={termOptions(terms.of('domain'), lang)}
          value={domainIds}
          onChange={setDomains}
          searchable
          clearable
        />
        <MultiSelect
          label={t('directory.fields.publics')}
          placeholder={publicIds.length ? undefined : t('directory.facets.any')}
          data={termOptions(terms.of('public'), lang)}
          value={publicIds}
          onChange={setPublics}
          searchable
          clearable
        />
        <MultiSelect
          label={t('directory.fields.quartier')}
          placeholder={quartierIds.length ? undefined : t('directory.facets.any')}
          data={termOptions(terms.of('quartier'), lang)}
          value={quartierIds}
          onChange={setQuartiers}
          searchable
          clearable
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="guide-lang-label">
            {t('directory.guide.language')}
          </Text>
          <SegmentedControl
            aria-labelledby="guide-lang-label"
            value={guideLang}
            onChange={(v) => setGuideLang(v as GuideLang)}
            data={[
              { value: 'fr', label: t('directory.guide.langs.fr') },
              { value: 'ar', label: t('directory.guide.langs.ar') },
              { value: 'both', label: t('directory.guide.langs.both') },
            ]}
          />
        </div>
        <Text size="xs" c="dimmed">
          {t('directory.guide.grouping')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => navigate(guideHref({ lang: guideLang, domainIds, publicIds, quartierIds }))}>
            {t('directory.guide.show')}
          </Button>
        </Group>
      </Stack>
    </FormDialog>
  );
}
