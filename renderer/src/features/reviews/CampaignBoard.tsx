import { Badge, Button, Chip, Group, Loader, Menu, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BoardRow, REVIEW_STATES, type ReviewState } from '../../../../api/channels/reviews';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { Editable } from '../../components/Editable';
import { FormError } from '../../components/FormError';
import { ListSearch } from '../../components/ListFilters';
import { Ltr } from '../../components/Ltr';
import { PrintMenu } from '../../components/PrintMenu';
import type { Language } from '../../i18n';
import { formatDate, formatNumber, pickName } from '../../lib/format';
import { downloadFile } from '../../lib/files';
import { BoardTable, type BoardSort } from './BoardTable';
import { CampaignActions } from './CampaignActions';
import { ImportRatingsDialog } from './ImportRatingsDialog';
import { ReviewDrawer } from './ReviewDrawer';
import { interviewFormHref } from './sheet/interview-form-options';
import { STATUS_COLOURS } from './states';

type Filter = 'all' | ReviewState | 'overdue';

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Folds case, accents and Arabic marks so "benali" finds "Ben Ali" and "بنعلي" finds "بنْعلي". */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u0652\u0640\s]/g, '')
    .toLowerCase();

/**
 * One campaign: its heading and actions, its reviews counted by state (each count a chip that
 * filters the list), the search, the ratings file out and in, the interview forms to print, and
 * the list of reviews; a review opens in a wide drawer.
 */
/** `openReview`: a review to show at once (another screen linked to it). */
export function CampaignBoard({ id, onEdit, openReview = null }: { id: string; onEdit: () => void; openReview?: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const campaign = useCall('campaigns.get', { id });
  const [filter, setFilter] = useState<Filter>('all');
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 150);
  const [sort, setSort] = useState<BoardSort>({ sort: 'name', dir: 'asc' });
  const [open, setOpen] = useState<string | null>(openReview);
  const [importing, setImporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const c = campaign.data;

  const rows = useMemo(() => {
    const all = c?.reviews ?? [];
    const q = fold(query);
    const kept = all.filter(
      (r) =>
        (filter === 'all' || (filter === 'overdue' ? Boolean(r.overdue) : r.state === filter)) &&
        (!q || fold(`${r.nameFr}|${r.nameAr}|${r.matricule}`).includes(q)),
    );
    const key = (r: BoardRow): string =>
      sort.sort === 'matricule'
        ? r.matricule
        : sort.sort === 'unit'
          ? pickName(r.unitNameFr, r.unitNameAr, lang)
          : sort.sort === 'state'
            ? String(REVIEW_STATES.indexOf(r.state))
            : pickName(r.nameFr, r.nameAr, lang);
    const sorted = [...kept].sort((a, b) => key(a).localeCompare(key(b), lang, { numeric: true }));
    return sort.dir === 'desc' ? sorted.reverse() : sorted;
  }, [c, filter, query, sort, lang]);

  if (!c) return <Loader aria-label={t('common.loading')} />;

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const file = await invoke('campaigns.exportRatings', { id, format });
    setExportError(file.ok ? null : file.error);
    if (file.ok) downloadFile({ ...file.value, mimeType: MIME[format] });
  };
  const chip = (value: Filter, label: string, count: number) => (
    <Chip
      key={value}
      value={value}
      size="xs"
      variant={value === 'overdue' ? 'outline' : 'light'}
      color={value === 'overdue' ? 'orange' : 'teal'}
    >
      {label} · {formatNumber(count, lang)}
    </Chip>
  );

  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="sm" mb={6} align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Title order={3} size="h4" lineClamp={1}>
              {pickName(c.titleFr, c.titleAr, lang) || c.code}
            </Title>
            <Badge variant="light" color={STATUS_COLOURS[c.status]} style={{ flexShrink: 0 }}>
              {t(`reviews.statuses.${c.status}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            <Ltr>{c.code}</Ltr> · {t('reviews.period', { start: formatDate(c.periodStart), end: formatDate(c.periodEnd) })}
            {c.reopenReason && c.status === 'open' ? ` · ${t('reviews.reopenedBecause', { reason: c.reopenReason })}` : ''}
          </Text>
        </div>
        <CampaignActions campaign={c} onEdit={onEdit} />
      </Group>
      {c.status === 'draft' ? (
        <Text c="dimmed" size="sm" mt="md">
          {t('reviews.board.notOpenYet')}
        </Text>
      ) : (
        <>
          <Chip.Group multiple={false} value={filter} onChange={(v) => setFilter(v as Filter)}>
            <Group gap={6} mb={6} role="group" aria-label={t('reviews.board.byState')}>
              {chip('all', t('reviews.board.all'), c.total)}
              {REVIEW_STATES.map((s) => chip(s, t(`reviews.states.${s}`), c.counts[s]))}
              {chip('overdue', t('reviews.board.overdue'), c.overdue)}
            </Group>
          </Chip.Group>
          <Group mb="xs" gap="sm" wrap="wrap">
            <ListSearch
              label={t('reviews.board.searchLabel')}
              hint={t('reviews.board.searchHint')}
              value={typed}
              onChange={setTyped}
              width={260}
            />
            <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
              {t('reviews.board.count', { count: rows.length, formatted: formatNumber(rows.length, lang) })}
            </Text>
            <Group gap="xs" ms="auto" wrap="nowrap">
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default">{t('reviews.export.menu')}</Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => void exportAs('xlsx')}>{t('reviews.export.xlsx')}</Menu.Item>
                  <Menu.Item onClick={() => void exportAs('csv')}>{t('reviews.export.csv')}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
              {c.status === 'open' && (
                <Editable>
                  <Button variant="default" onClick={() => setImporting(true)}>
                    {t('reviews.import.open')}
                  </Button>
                </Editable>
              )}
              <PrintMenu both label={t('reviews.print.campaign')} href={(l) => interviewFormHref({ campaign: c.id }, l)} />
            </Group>
          </Group>
          <FormError error={exportError} />
          <BoardTable rows={rows} pending={campaign.isPending} sort={sort} onSort={setSort} onOpen={setOpen} selectedId={open} />
        </>
      )}
      {open && <ReviewDrawer key={open} id={open} onClose={() => setOpen(null)} />}
      {importing && <ImportRatingsDialog campaignCode={c.code} onClose={() => setImporting(false)} />}
    </>
  );
}
