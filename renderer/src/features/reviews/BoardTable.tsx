import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../../api/channels/reviews';
import { Ltr } from '../../components/Ltr';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import { STATE_COLOURS } from './states';
import { staticList } from './static-list';

export type BoardSort = { sort: 'name' | 'matricule' | 'unit' | 'state'; dir: 'asc' | 'desc' };

interface Props {
  rows: BoardRow[];
  pending: boolean;
  sort: BoardSort;
  onSort: (sort: BoardSort) => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

const cell = (text: string, dimmed = false) => (
  <Text span fz="sm" c={dimmed ? 'dimmed' : undefined}>
    {text}
  </Text>
);

/** A campaign's reviews: who, where, which job, who rates them, how far they are and which step is late. */
export function BoardTable({ rows, pending, sort, onSort, onOpen, selectedId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const columns: Column<BoardRow, BoardSort['sort']>[] = [
    {
      label: t('reviews.columns.name'),
      sort: 'name',
      // The other script's name is in the review itself: here it would only crowd the column.
      render: (r) => (
        <Text span fw={500} fz="sm">
          {pickName(r.nameFr, r.nameAr, lang)}
        </Text>
      ),
    },
    { label: t('reviews.columns.matricule'), sort: 'matricule', render: (r) => <Ltr>{r.matricule}</Ltr> },
    { label: t('reviews.columns.unit'), sort: 'unit', render: (r) => cell(pickName(r.unitNameFr, r.unitNameAr, lang)) },
    { label: t('reviews.columns.job'), render: (r) => cell(pickName(r.jobTitleFr, r.jobTitleAr, lang)) },
    {
      label: t('reviews.columns.assessor'),
      render: (r) =>
        cell(pickName(r.assessorNameFr, r.assessorNameAr, lang) || t('reviews.review.noAssessor'), !r.assessorNameFr && !r.assessorNameAr),
    },
    {
      label: t('reviews.columns.state'),
      sort: 'state',
      render: (r) => (
        <Badge variant="light" color={STATE_COLOURS[r.state]} tt="none" style={{ minWidth: 'max-content' }}>
          {t(`reviews.states.${r.state}`)}
        </Badge>
      ),
    },
    {
      label: t('reviews.columns.overdue'),
      render: (r) =>
        r.overdue ? (
          <Text span fz="xs" fw={600} c="orange.9">
            ⚠ {t(`reviews.overdueSteps.${r.overdue}`)}
          </Text>
        ) : null,
    },
  ];
  return (
    <VirtualTable
      label={t('reviews.board.label')}
      grid="minmax(120px, 2fr) 90px minmax(80px, 1.2fr) minmax(80px, 1.2fr) minmax(80px, 1.2fr) 175px 120px"
      rowHeight={40}
      columns={columns}
      list={staticList(rows, sort, pending)}
      onSort={onSort}
      onOpen={onOpen}
      selectedId={selectedId}
      emptyText={t('reviews.board.noMatch')}
    />
  );
}
