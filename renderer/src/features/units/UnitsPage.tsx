import { Button, Paper, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../api/channels/units';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Editable } from '../../components/Editable';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import { PrintMenu } from '../../components/PrintMenu';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { buildTree, flattenTree } from '../../lib/unit-tree';
import { orgChartHref } from './org-chart-options';
import { useExpanded } from './tree-state';
import { UnitForm } from './UnitForm';
import { UnitRow } from './UnitRow';
import { UnitTree } from './UnitTree';

type Editing = { unit: Unit | null; parentId: string | null } | null;

/**
 * The organisation chart: direction → division → service → bureau, as a tree that opens and
 * closes, with each unit's head and head-counts, a link to its staff, and its actions in one
 * menu; printable on A4 in French or Arabic.
 */
export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const units = useCall('units.list', { includeArchived });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const expanded = useExpanded();
  // Who still belongs to it, asked first: the dialog then says so rather than offering a delete that fails.
  const holders = useCall('units.holders', { id: deleting?.id ?? '' }, { enabled: Boolean(deleting) });
  const lang = i18n.language as Language;
  const tree = buildTree(units.data ?? []);
  const all = flattenTree(tree);

  return (
    <>
      <PageHeader subtitle={t('units.subtitle')}>
        <Switch label={t('common.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
        <Button variant="default" onClick={() => expanded.set(all, true)}>
          {t('units.expandAll')}
        </Button>
        <Button variant="default" onClick={() => expanded.set(all, false)}>
          {t('units.collapseAll')}
        </Button>
        <PrintMenu href={(l) => orgChartHref({ lang: l, includeArchived })} />
        <Editable>
          <Button onClick={() => setEditing({ unit: null, parentId: null })}>{t('units.new')}</Button>
        </Editable>
      </PageHeader>
      {units.data && !units.data.length ? (
        <Empty
          title={t('units.emptyTitle')}
          hint={t('units.emptyHint')}
          action={t('units.new')}
          onAction={() => setEditing({ unit: null, parentId: null })}
        />
      ) : (
        <>
          <Text size="xs" c="dimmed" mb={4} id="units-keys">
            {t('units.keysHint')}
          </Text>
          <Paper withBorder p="xs">
            <UnitTree
              roots={tree}
              expanded={expanded}
              row={(node, open) => (
                <UnitRow
                  node={node}
                  open={open}
                  onToggle={() => expanded.toggle(node)}
                  onEdit={() => setEditing({ unit: node, parentId: node.parentId })}
                  onAdd={() => setEditing({ unit: null, parentId: node.id })}
                  onArchive={() => void invoke('units.setArchived', { id: node.id, archived: !node.archivedAt })}
                  onDelete={() => setDeleting(node)}
                />
              )}
            />
          </Paper>
        </>
      )}
      {editing && <UnitForm units={units.data ?? []} unit={editing.unit} parentId={editing.parentId} onClose={() => setEditing(null)} />}
      <ConfirmDelete
        opened={Boolean(deleting) && Boolean(holders.data || holders.isError)}
        holders={holders.data}
        title={t('units.delete')}
        what={deleting ? pickName(deleting.nameFr, deleting.nameAr, lang) : ''}
        onClose={() => setDeleting(null)}
        onDelete={(archiveInstead) => invoke('units.delete', { id: deleting!.id, archiveInstead })}
        onDone={() => setDeleting(null)}
      />
    </>
  );
}
