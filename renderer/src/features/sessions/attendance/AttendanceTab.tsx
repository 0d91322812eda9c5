import { Alert, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import i18next from 'i18next';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../api/result';
import type { AttendanceMark, SessionStatus } from '../../../../../api/channels/session-enums';
import type { SessionDetail } from '../../../../../api/channels/sessions';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { useReadOnly } from '../../../components/Editable';
import { Empty } from '../../../components/Empty';
import { FormError } from '../../../components/FormError';
import { useDialogGuard } from '../../../components/dialog-guard';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { queryErrorSentence } from '../../../lib/errors';
import { formatHours, formatRate, partKey, sortByName } from '../paper/session-format';
import { GridSaveBar } from '../GridSaveBar';
import { cellKey, clearDraft, setDraftMark, useDraft } from './attendance-drafts';
import { type Cell, MARK_LETTER, attended, markOfKey, moveCell, nextCell } from './attendance-keys';
import './attendance.css';

const MARKS: AttendanceMark[] = ['present', 'late', 'excused', 'absent'];
/** The states in which the service takes attendance (db/features/sessions/attendance.ts). */
const TAKES_ATTENDANCE: readonly SessionStatus[] = ['open', 'confirmed', 'in_progress', 'delivered'];

/**
 * The attendance of a session, copied from its signed sheet: one row per seated participant
 * (sorted by name in the interface's script), one column per slot. Keyboard first: the arrows
 * move, one letter sets the mark and moves on to the next slot, Delete clears, Ctrl+S saves.
 * One cell of the grid is in the tab order (roving tabindex). Unsaved marks are kept when the
 * user goes to another tab and comes back (attendance-drafts), and counted beside Save.
 */
export function AttendanceTab({ session }: { session: SessionDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const rtl = lang === 'ar';
  // A partner's dataset, or a session whose attendance is closed (evaluated, closed) or not taken (draft, postponed, cancelled).
  const partnerData = useReadOnly();
  const locked = !TAKES_ATTENDANCE.includes(session.status);
  const readOnly = partnerData || locked;
  const grid = useCall('attendance.grid', { sessionId: session.id });
  const draft = useDraft(session.id);
  const changes = Object.keys(draft).length;
  const [cursor, setCursor] = useState<Cell>({ row: 0, col: 0 });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const focusAfterRender = useRef(false);

  // Inside a dialog (a drawer showing the session), closing it asks before the marks are lost.
  const guard = useDialogGuard();
  const formId = useId();
  useEffect(() => {
    guard?.report(formId, changes > 0);
    return () => guard?.report(formId, false);
  }, [guard, formId, changes]);

  const rows = useMemo(() => sortByName(grid.data?.rows ?? [], lang), [grid.data, lang]);
  const slots = grid.data?.slots ?? [];
  const totalHours = slots.reduce((s, x) => s + x.hours, 0);

  const markAt = (r: number, c: number): AttendanceMark | null => {
    const key = cellKey(rows[r].enrolmentId, slots[c].id);
    return key in draft ? draft[key] : rows[r].marks[c];
  };
  const focusCell = (cell: Cell) => {
    setCursor(cell);
    focusAfterRender.current = true;
  };
  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    cells.current.get(`${cursor.row}:${cursor.col}`)?.focus();
  });

  const setMark = (cell: Cell, mark: AttendanceMark | null) => {
    const row = rows[cell.row];
    setDraftMark(session.id, cellKey(row.enrolmentId, slots[cell.col].id), mark, row.marks[cell.col]);
    setSaved(false);
  };

  const save = async () => {
    if (!changes || saving || readOnly) return;
    setSaving(true);
    const marks = Object.entries(draft).map(([key, mark]) => {
      const [enrolmentId, slotId] = key.split('|');
      return { enrolmentId, slotId, mark };
    });
    const result = await invoke('attendance.save', { sessionId: session.id, marks });
    setSaving(false);
    if (result.ok) {
      clearDraft(session.id);
      setError(null);
      setSaved(true);
      await grid.refetch();
    } else setError(result.error);
  };

  // Ctrl+S anywhere on the tab, as in an office program (the browser's "save page" is not wanted here).
  useWindowEvent('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, cell: Cell) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const moved = moveCell(cell, event.key, rtl, rows.length, slots.length);
    if (moved) {
      event.preventDefault();
      focusCell(moved);
      return;
    }
    if (readOnly) return;
    const mark = markOfKey(event.key, event.code);
    if (mark === undefined) return;
    event.preventDefault();
    setMark(cell, mark);
    // A letter moves on (the next slot, then the next person); clearing stays put.
    if (mark !== null) focusCell(nextCell(cell, rows.length, slots.length));
  };

  if (grid.error) return <Alert color="red">{queryErrorSentence(t, grid.error)}</Alert>;
  if (!grid.data) return <Loader aria-label={t('common.loading')} />;
  if (!rows.length || !slots.length)
    return <Empty title={t('attendance.empty')} hint={t(slots.length ? 'attendance.emptyHint' : 'attendance.noSlots')} />;

  const cur = { row: Math.min(cursor.row, rows.length - 1), col: Math.min(cursor.col, slots.length - 1) };
  const slotLabel = (c: number) => `${formatDate(slots[c].date)} ${t(partKey(slots[c].part))}`;
  const rowHours = (r: number) => slots.reduce((s, slot, c) => s + (attended(markAt(r, c)) ? slot.hours : 0), 0);
  const present = (c: number) => rows.filter((_, r) => attended(markAt(r, c))).length;

  return (
    <Stack gap="sm">
      {locked && !partnerData && (
        <Alert color="gray" variant="light">
          {t('attendance.locked')}
        </Alert>
      )}
      <Legend />
      <ScrollArea type="auto" offsetScrollbars>
        <table
          className="att-grid"
          role="grid"
          aria-label={t('attendance.gridLabel', { code: session.code })}
          aria-rowcount={rows.length + 2}
        >
          <thead>
            <tr>
              <th className="att-name" scope="col">
                {t('attendance.participant')}
              </th>
              {slots.map((s) => (
                <th key={s.id} scope="col">
                  <span style={{ display: 'block' }}>{formatDate(s.date)}</span>
                  <Text span size="xs">
                    {t(partKey(s.part))} · {s.startTime}–{s.endTime}
                  </Text>
                </th>
              ))}
              <th scope="col">{t('attendance.hours')}</th>
              <th scope="col">{t('attendance.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const name = pickName(row.nameFr, row.nameAr, lang);
              const hours = rowHours(r);
              return (
                <tr key={row.enrolmentId}>
                  <th className="att-name" scope="row">
                    {name}
                  </th>
                  {slots.map((slot, c) => {
                    const mark = markAt(r, c);
                    const active = cur.row === r && cur.col === c;
                    const changed = cellKey(row.enrolmentId, slot.id) in draft;
                    return (
                      <td
                        key={slot.id}
                        role="gridcell"
                        ref={(el) => {
                          if (el) cells.current.set(`${r}:${c}`, el);
                          else cells.current.delete(`${r}:${c}`);
                        }}
                        tabIndex={active ? 0 : -1}
                        className={`att-cell${active ? ' att-active' : ''}${mark ? ` att-${mark}` : ''}`}
                        data-changed={changed}
                        aria-label={t('attendance.cellLabel', {
                          name,
                          slot: slotLabel(c),
                          mark: mark ? t(`attendance.marks.${mark}`) : t('attendance.unmarked'),
                        })}
                        onFocus={() => (cur.row !== r || cur.col !== c) && setCursor({ row: r, col: c })}
                        onClick={() => focusCell({ row: r, col: c })}
                        onKeyDown={(e) => onKeyDown(e, { row: r, col: c })}
                      >
                        {mark ? MARK_LETTER[mark] : '·'}
                      </td>
                    );
                  })}
                  <td className="att-n">{formatHours(hours, lang)}</td>
                  <td className="att-n">{formatRate(totalHours ? hours / totalHours : 0, lang)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th className="att-name" scope="row">
                {t('attendance.totals')}
              </th>
              {slots.map((s, c) => (
                <td key={s.id} className="att-n" title={t('attendance.presentOf', { count: present(c), total: rows.length })}>
                  {formatNumber(present(c), lang)}/{formatNumber(rows.length, lang)}
                </td>
              ))}
              <td className="att-n">{formatHours(totalHours, lang)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollArea>
      <FormError error={error} />
      <GridSaveBar
        status={changes ? t('attendance.unsaved', { count: changes }) : saved ? t('attendance.saved') : t('attendance.upToDate')}
        changes={changes}
        saving={saving}
        readOnly={readOnly}
        onSave={() => void save()}
        onDiscard={() => clearDraft(session.id)}
        saveLabel={t('attendance.save')}
        discardLabel={t('attendance.discard')}
      />
    </Stack>
  );
}

/** The keys, in both languages whatever the interface's: the same Latin letters serve an Arabic keyboard. */
function Legend() {
  const line = (lng: Language) => {
    const t = i18next.getFixedT(lng);
    return [...MARKS.map((m) => `${MARK_LETTER[m]} ${t(`attendance.marks.${m}`)}`), t('attendance.legendKeys')].join(' · ');
  };
  const { t } = useTranslation();
  return (
    <Stack gap={0} aria-label={t('attendance.legend')} role="note">
      <Text size="sm" lang="fr" dir="ltr">
        {line('fr')}
      </Text>
      <Text size="sm" lang="ar" dir="rtl">
        {line('ar')}
      </Text>
    </Stack>
  );
}
