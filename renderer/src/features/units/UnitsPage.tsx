import { Badge, Button, Group, Paper, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../api/channels/units';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { otherName, pickName } from '../../lib/format';
import { type UnitNode, buildTree } from '../../lib/unit-tree';
import { UnitForm } from './UnitForm';
import { Editable } from '../../components/Editable';

type Editing = { unit: Unit | null; parentId: string | null } | null;

function UnitItem({
  node,
  onEdit,
  onAdd,
  onDelete,
}: {
  node: UnitNode;
  onEdit: (u: Unit) => void;
  onAdd: (parent: Unit) => void;
  onDelete: (u: Unit) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const name = pickName(node.nameFr, node.nameAr, lang);
  const other = otherName(node.nameFr, node.nameAr, lang);
  const toggleArchive = () => void invoke('units.setArchived', { id: node.id, archived: !node.archivedAt });
  return (
    <li aria-label={name}>
      <Group justify="space-between" wrap="nowrap" py={6} px="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <Badge
            variant="light"
            color={node.kind === 'direction' ? 'teal' : node.kind === 'division' ? 'blue' : node.kind === 'service' ? 'grape' : 'gray'}
            w={90}
          >
            {t(`units.kinds.${node.kind}`)}
          </Badge>
          <div style={{ minWidth: 0 }}>
            <Text fw={500} truncate td={node.archivedAt ? 'line-through' : undefined}>
              {name}
            </Text>
            {other && (
              <Text size="xs" c="dimmed" truncate>
                {other}
              </Text>
            )}
          </div>
          {node.archivedAt && <Badge color="gray">{t('common.archived')}</Badge>}
        </Group>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" c="dimmed" w={90} ta="end">
            {t('units.staffCount', { count: node.staffCount })}
          </Text>
          <Editable>
            <Button size="compact-sm" variant="subtle" onClick={() => onAdd(node)} aria-label={t('units.addChildOf', { name })}>
              {t('units.addChild')}
            </Button>
          </Editable>
          <Editable>
            <Button size="compact-sm" variant="subtle" onClick={() => onEdit(node)} aria-label={t('common.editNamed', { name })}>
              {t('common.edit')}
            </Button>
          </Editable>
          <Editable>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={toggleArchive}>
              {node.archivedAt ? t('common.restore') : t('common.archive')}
            </Button>
          </Editable>
          <Editable>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => onDelete(node)}
              aria-label={t('common.deleteNamed', { name })}
            >
              {t('common.delete')}
            </Button>
          </Editable>
        </Group>
      </Group>
      {node.children.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, paddingInlineStart: 24 }}>
          {node.children.map((c) => (
            <UnitItem key={c.id} node={c} onEdit={onEdit} onAdd={onAdd} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The organisation chart: direction → division → service → bureau, editable in place. */
export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const units = useCall('units.list', { includeArchived });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  // Who still belongs to it, asked first: the dialog then says so rather than offering a delete that fails.
  const holders = useCall('units.holders', { id: deleting?.id ?? '' }, { enabled: Boolean(deleting) });
  const lang = i18n.language as Language;
  const tree = buildTree(units.data ?? []);

  return (
    <>
      <PageHeader subtitle={t('units.subtitle')}>
        <Switch label={t('common.showArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} />
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
        <Paper withBorder>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('units.title')}>
            {tree.map((n) => (
              <UnitItem
                key={n.id}
                node={n}
                onEdit={(unit) => setEditing({ unit, parentId: unit.parentId })}
                onAdd={(parent) => setEditing({ unit: null, parentId: parent.id })}
                onDelete={setDeleting}
              />
            ))}
          </ul>
        </Paper>
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
