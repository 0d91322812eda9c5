import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../../api/channels/competencies';
import { jobsRequiring } from '../../app/links';
import { invoke } from '../../bridge/bridge';
import type { Language } from '../../i18n';
import { otherName, pickName } from '../../lib/format';
import { Editable } from '../../components/Editable';

/** One competency of a category: code, names in both scripts, description, jobs that need it. */
export function CompetencyItem({ competency: c, onEdit, onDelete }: { competency: Competency; onEdit: () => void; onDelete: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = pickName(c.nameFr, c.nameAr, lang) || c.code;
  const other = otherName(c.nameFr, c.nameAr, lang);
  const description = pickName(c.descriptionFr, c.descriptionAr, lang);
  const toggleArchive = () => void invoke('competencies.setArchived', { id: c.id, archived: !c.archivedAt });
  return (
    <li aria-label={name}>
      <Group
        justify="space-between"
        wrap="nowrap"
        align="flex-start"
        py={8}
        px="sm"
        style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed" w={80} style={{ flexShrink: 0 }}>
            <bdi dir="ltr">{c.code}</bdi>
          </Text>
          <div style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={500} td={c.archivedAt ? 'line-through' : undefined}>
                {name}
              </Text>
              {c.archivedAt && <Badge color="gray">{t('common.archived')}</Badge>}
            </Group>
            {other && (
              <Text size="xs" c="dimmed">
                {other}
              </Text>
            )}
            {description && (
              <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
                {description}
              </Text>
            )}
          </div>
        </Group>
        <Group gap={4} wrap="nowrap">
          {/* The jobs that require it: a link to the job sheets filtered by this competency. */}
          <Text size="sm" c={c.requiredByJobs ? undefined : 'dimmed'} w={170} ta="end">
            {c.requiredByJobs ? (
              <Anchor
                underline="always"
                href={jobsRequiring(c.id)}
                size="sm"
                aria-label={t('framework.requiredByOf', { what: t('framework.requiredBy', { count: c.requiredByJobs }), name })}
              >
                {t('framework.requiredBy', { count: c.requiredByJobs })}
              </Anchor>
            ) : (
              t('framework.requiredBy', { count: c.requiredByJobs })
            )}
          </Text>
          <Editable>
            <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={t('common.editNamed', { name })}>
              {t('common.edit')}
            </Button>
          </Editable>
          <Editable>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              onClick={toggleArchive}
              aria-label={t(c.archivedAt ? 'framework.restoreNamed' : 'framework.archiveNamed', { name })}
            >
              {c.archivedAt ? t('common.restore') : t('common.archive')}
            </Button>
          </Editable>
          <Editable>
            <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete} aria-label={t('common.deleteNamed', { name })}>
              {t('common.delete')}
            </Button>
          </Editable>
        </Group>
      </Group>
    </li>
  );
}
