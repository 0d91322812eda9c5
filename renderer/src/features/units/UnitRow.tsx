import { ActionIcon, Anchor, Badge, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../api/channels/units';
import { staffOfUnit } from '../../app/links';
import { useReadOnly } from '../../components/Editable';
import type { Language } from '../../i18n';
import { formatNumber, otherName, pickName } from '../../lib/format';
import type { UnitNode } from '../../lib/unit-tree';
import { focusUnit } from './UnitTree';

export const KIND_COLORS: Record<Unit['kind'], string> = { direction: 'teal', division: 'blue', service: 'grape', bureau: 'gray' };

interface Props {
  node: UnitNode;
  open: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onAdd: () => void;
  onArchive: () => void;
  onDelete: () => void;
}

/**
 * One unit of the chart: open/close, level, name (a link to its staff), head, head-counts (its
 * own staff, and its whole branch's), and its actions in one menu. The links and the menu are
 * out of the Tab order: the tree is one tab stop, and its keys reach them (Enter, Shift+F10).
 */
export function UnitRow({ node, open, onToggle, onEdit, onAdd, onArchive, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const readOnly = useReadOnly();
  const name = pickName(node.nameFr, node.nameAr, lang) || node.code;
  const other = otherName(node.nameFr, node.nameAr, lang);
  const head = pickName(node.headNameFr, node.headNameAr, lang);
  const n = (x: number) => formatNumber(x, lang);
  // The unit's item takes the focus back before a dialog opens from the menu (which is in a
  // portal), so the dialog returns it there; a menu closed without an action does the same.
  const focusItem = () => focusUnit(document.querySelector<HTMLElement>(`[role="treeitem"][data-unit="${node.id}"]`));
  const act = (run: () => void) => () => {
    focusItem();
    run();
  };
  const backToItem = () =>
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (!now || now === document.body || !now.isConnected || now.hasAttribute('data-row-menu')) focusItem();
    });

  return (
    // A click anywhere on the row focuses its item (a focusable element), as the arrows would.
    <div className="org-row">
      <span className="org-toggle" data-open={open} aria-hidden onClick={node.children.length ? onToggle : undefined}>
        {node.children.length ? '▸' : ''}
      </span>
      <Badge variant="light" color={KIND_COLORS[node.kind]} w={100} style={{ flexShrink: 0 }}>
        {t(`units.kinds.${node.kind}`)}
      </Badge>
      <span className="org-name">
        <Anchor href={staffOfUnit(node.id)} tabIndex={-1} fw={500} c="inherit" td={node.archivedAt ? 'line-through' : undefined}>
          {name}
        </Anchor>
        {other && (
          // The other script in its own direction, so a long name is cut at its own end.
          <Text span size="xs" c="dimmed" dir="auto" className="org-other own-direction" title={other}>
            {other}
          </Text>
        )}
        {node.archivedAt && (
          <Badge color="gray" size="sm" style={{ flexShrink: 0 }}>
            {t('common.archived')}
          </Badge>
        )}
      </span>
      <Text span size="sm" className="org-head" c={head ? undefined : 'dimmed'} title={head || undefined}>
        {head ? t('units.headIs', { name: head }) : t('units.noHead')}
      </Text>
      <Text span size="sm" className="org-count" c="dimmed">
        {t('units.staffCount', { count: node.staffCount, formatted: n(node.staffCount) })}
        {node.children.length > 0 && ` · ${t('units.totalCount', { formatted: n(node.totalStaffCount) })}`}
      </Text>
      <Menu position="bottom-end" withinPortal returnFocus={false} onClose={backToItem}>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" tabIndex={-1} data-row-menu aria-label={t('units.actions')}>
            ⋯
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={staffOfUnit(node.id)}>
            {t('units.seeStaff')}
          </Menu.Item>
          {!readOnly && (
            <>
              <Menu.Item onClick={act(onAdd)}>{t('units.addChild')}</Menu.Item>
              <Menu.Item onClick={act(onEdit)}>{t('common.edit')}</Menu.Item>
              <Menu.Item onClick={act(onArchive)}>{node.archivedAt ? t('common.restore') : t('common.archive')}</Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" onClick={act(onDelete)}>
                {t('common.delete')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
