import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency } from '../../../../api/channels/competencies';
import type { Output } from '../../../../api/contract';
import { invoke } from '../../bridge/bridge';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Empty } from '../../components/Empty';
import type { Language } from '../../i18n';
import { otherName, pickName } from '../../lib/format';
import { CategoryForm } from './CategoryForm';
import { CompetencyForm } from './CompetencyForm';
import { CompetencyItem } from './CompetencyItem';
import { Editable } from '../../components/Editable';

type Framework = Output<'framework.get'>;
type Category = Framework['categories'][number];
type Deleting = { kind: 'category'; item: Category } | { kind: 'competency'; item: Competency } | null;
type EditingCompetency = { competency: Competency | null; categoryId: string } | null;

/** Categories, each with its competencies and the actions on both. */
export function CompetencyCatalogue({ framework, onNewCategory }: { framework: Framework; onNewCategory: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [editingCategory, setEditingCategory] = useState<Category | null>(null);
  const [editingCompetency, setEditingCompetency] = useState<EditingCompetency>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);

  if (!framework.categories.length) {
    return (
      <Empty
        title={t('framework.emptyTitle')}
        hint={t('framework.emptyHint')}
        action={t('framework.newCategory')}
        onAction={onNewCategory}
      />
    );
  }

  const name = (x: { nameFr: string; nameAr: string; code: string }) => pickName(x.nameFr, x.nameAr, lang) || x.code;
  return (
    <Stack>
      {framework.categories.map((cat) => {
        const items = framework.competencies.filter((c) => c.categoryId === cat.id);
        const catName = name(cat);
        const other = otherName(cat.nameFr, cat.nameAr, lang);
        return (
          <Paper withBorder key={cat.id} component="section" aria-label={catName}>
            <Group justify="space-between" wrap="nowrap" p="sm" bg="var(--mantine-color-gray-0)">
              <div style={{ minWidth: 0 }}>
                <Group gap="xs">
                  {cat.code && (
                    <Text span c="dimmed" dir="ltr">
                      {cat.code}
                    </Text>
                  )}
                  <Title order={4}>{catName}</Title>
                  {cat.archivedAt && <Badge color="gray">{t('common.archived')}</Badge>}
                </Group>
                {other && (
                  <Text size="xs" c="dimmed">
                    {other}
                  </Text>
                )}
              </div>
              <Group gap={4} wrap="nowrap">
                <Text size="sm" c="dimmed" me="xs">
                  {t('framework.competencyCount', { count: items.length })}
                </Text>
                <Editable>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => setEditingCompetency({ competency: null, categoryId: cat.id })}
                    aria-label={t('framework.addCompetencyTo', { name: catName })}
                  >
                    {t('framework.addCompetency')}
                  </Button>
                </Editable>
                <Editable>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setEditingCategory(cat)}
                    aria-label={t('common.editNamed', { name: catName })}
                  >
                    {t('common.edit')}
                  </Button>
                </Editable>
                <Editable>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting({ kind: 'category', item: cat })}
                    aria-label={t('common.deleteNamed', { name: catName })}
                  >
                    {t('common.delete')}
                  </Button>
                </Editable>
              </Group>
            </Group>
            {items.length ? (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('framework.competenciesOf', { name: catName })}>
                {items.map((c) => (
                  <CompetencyItem
                    key={c.id}
                    competency={c}
                    onEdit={() => setEditingCompetency({ competency: c, categoryId: c.categoryId })}
                    onDelete={() => setDeleting({ kind: 'competency', item: c })}
                  />
                ))}
              </ul>
            ) : (
              <Text size="sm" c="dimmed" p="sm">
                {t('framework.noCompetency')}
              </Text>
            )}
          </Paper>
        );
      })}
      {editingCategory && (
        <CategoryForm category={editingCategory} nextPosition={editingCategory.position} onClose={() => setEditingCategory(null)} />
      )}
      {editingCompetency && (
        <CompetencyForm
          categories={framework.categories}
          competency={editingCompetency.competency}
          categoryId={editingCompetency.categoryId}
          onClose={() => setEditingCompetency(null)}
        />
      )}
      <ConfirmDelete
        opened={Boolean(deleting)}
        title={deleting?.kind === 'category' ? t('framework.deleteCategory') : t('framework.deleteCompetency')}
        what={deleting ? name(deleting.item) : ''}
        onClose={() => setDeleting(null)}
        onDelete={(archiveInstead) =>
          deleting!.kind === 'category'
            ? invoke('categories.delete', { id: deleting!.item.id, archiveInstead })
            : invoke('competencies.delete', { id: deleting!.item.id, archiveInstead })
        }
        onDone={() => setDeleting(null)}
      />
    </Stack>
  );
}
