import { ActionIcon, Alert, Button, Group, Loader, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../../api/channels/evaluation';
import type { AppError } from '../../../../../api/result';
import { invoke } from '../../../bridge/bridge';
import { useCall } from '../../../bridge/queries';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { DateField } from '../../../components/DateField';
import { useReadOnly } from '../../../components/Editable';
import { Empty } from '../../../components/Empty';
import { useDialogGuard } from '../../../components/dialog-guard';
import type { Language } from '../../../i18n';
import { formatDate, formatNumber, pickName } from '../../../lib/format';
import { type Cell, moveCell, nextCell } from '../attendance/attendance-keys';
import { GridSaveBar } from '../GridSaveBar';
import { SheetRefusal } from './SheetRefusal';
import { addDraftSheet, clearSheetDraft, draftCellKey, setDraftCell, setDraftDate, sheetKeyOf, useSheetDraft } from './sheet-drafts';
import { buildSheets } from './sheet-save';
import { type SheetRow, rowsOf } from './sheet-rows';
import { type Column, cellText, columnsOf, completesAtOnce, readCell, shownValue, westernDigits } from './sheet-cells';
import './evaluation.css';

/**
 * Paper sheets of one round typed back, keyboard first (as the attendance grid): one row per
 * sheet (a named round: one per participant who attended, sorted by name; an anonymous one: the
 * sheets typed so far and a blank one under them, Enter on the last row opening the next), one
 * column per question. A cell takes what its question takes, checked as typed; the arrows move,
 * Enter goes down, Ctrl+S saves the sheets changed. Unsaved cells survive a change of tab.
 */
export function SheetsGrid({ round, sessionCode, sessionCancelled }: { round: Round; sessionCode: string; sessionCancelled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const rtl = lang === 'ar';
  const readOnly = useReadOnly() || sessionCancelled;
  const data = useCall('responses.sheets', { roundId: round.id });
  const enrolments = useCall('enrolments.list', { sessionId: round.sessionId }, { enabled: !round.anonymous });
  const draft = useSheetDraft(round.id);
  const [cursor, setCursor] = useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ id: string; start: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [errorRows, setErrorRows] = useState<SheetRow[]>([]);
  const [notice, setNotice] = useState<'saved' | 'fix' | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; label: string } | null>(null);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const focusAfterRender = useRef(false);
  // The cell being typed into: a key press appends to it; the first one in a cell replaces what was there.
  const typingIn = useRef<string | null>(null);

  const changes = Object.keys(draft.cells).length;
  const guard = useDialogGuard();
  const formId = useId();
  useEffect(() => {
    guard?.report(formId, changes > 0);
    return () => guard?.report(formId, false);
  }, [guard, formId, changes]);

  const questionnaire = data.data?.questionnaire;
  const columns = useMemo(() => columnsOf(questionnaire?.questions ?? []), [questionnaire]);
  const sheets = data.data?.sheets;
  const rows = useMemo(
    () => rowsOf(round, enrolments.data ?? [], sheets ?? [], draft.extra, lang),
    [round, enrolments.data, sheets, draft.extra, lang],
  );
  const test = round.kind === 'test';
  // In words: a monospaced O reads as a zero.
  const yesNo = { yes: t('sessionEvaluation.form.yes'), no: t('sessionEvaluation.form.no') };

  const savedText = (r: SheetRow, c: Column) =>
    cellText(
      c.question,
      r.sheet?.answers.find((a) => a.questionId === c.question.id && a.row === c.row),
    );
  const rawAt = (r: SheetRow, c: Column) => {
    const key = draftCellKey(r.key, c.key);
    return key in draft.cells ? draft.cells[key] : savedText(r, c);
  };
  const problemAt = (r: SheetRow, c: Column) => {
    const reading = readCell(c.question, rawAt(r, c));
    return reading.ok ? null : reading;
  };

  const focusCell = (cell: Cell) => {
    typingIn.current = null;
    setCursor(cell);
    focusAfterRender.current = true;
  };
  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    cells.current.get(`${cursor.row}:${cursor.col}`)?.focus();
  });

  const setRaw = (cell: Cell, raw: string) => {
    const r = rows[cell.row];
    const c = columns[cell.col];
    setDraftCell(round.id, draftCellKey(r.key, c.key), raw, savedText(r, c));
    setNotice(null);
  };

  const save = async () => {
    if (!changes || saving || readOnly || !questionnaire) return;
    const changed = new Set(Object.keys(draft.cells).map(sheetKeyOf));
    const bad = rows.flatMap((r, ri) =>
      changed.has(r.key) ? columns.flatMap((c, ci) => (problemAt(r, c) ? [{ row: ri, col: ci }] : [])) : [],
    );
    if (bad.length) {
      // Out of range: said in the cell, and nothing is sent until it is put right.
      setNotice('fix');
      focusCell(bad[0]);
      return;
    }
    const batch = buildSheets(rows, columns, changed, rawAt, draft.submittedOn ?? round.dueDate);
    if (!batch.length) {
      clearSheetDraft(round.id);
      return;
    }
    setSaving(true);
    const result = await invoke('responses.save', { roundId: round.id, sheets: batch.map((b) => b.input) });
    setSaving(false);
    if (result.ok) {
      clearSheetDraft(round.id);
      setError(null);
      setNotice('saved');
    } else {
      setError(result.error);
      setErrorRows(batch.map((b) => b.row));
    }
  };

  /** A typed sheet goes after a confirmation (the paper is still there to type it again). */
  const remove = async (sheetId: string) => {
    const result = await invoke('responses.delete', { id: sheetId });
    return result.ok ? { ok: true as const, value: { deleted: true, archived: false } } : result;
  };

  useWindowEvent('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  });

  const down = (cell: Cell) => {
    if (cell.row < rows.length - 1) return focusCell({ ...cell, row: cell.row + 1 });
    // The last sheet typed: Enter opens the next one (anonymous rounds grow as the pile goes down).
    if (round.anonymous && !readOnly) {
      addDraftSheet(round.id);
      focusCell({ ...cell, row: cell.row + 1 });
    }
  };

  /** After an answer: the next question, then the next sheet (on the last anonymous sheet, a new one). */
  const advance = (cell: Cell) => {
    if (round.anonymous && !readOnly && cell.row === rows.length - 1 && cell.col === columns.length - 1) {
      addDraftSheet(round.id);
      return focusCell({ row: cell.row + 1, col: 0 });
    }
    focusCell(nextCell(cell, rows.length, columns.length));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, cell: Cell) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const moved = moveCell(cell, event.key, rtl, rows.length, columns.length);
    if (moved) {
      event.preventDefault();
      focusCell(moved);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      down(cell);
      return;
    }
    if (readOnly) return;
    const q = columns[cell.col].question;
    const id = `${cell.row}:${cell.col}`;
    if (event.key === 'Delete') {
      event.preventDefault();
      setRaw(cell, '');
      return;
    }
    if (event.key === 'Backspace') {
      event.preventDefault();
      const raw = rawAt(rows[cell.row], columns[cell.col]);
      setRaw(cell, typingIn.current === id ? raw.slice(0, -1) : '');
      typingIn.current = id;
      return;
    }
    if (q.type === 'text' && (event.key === 'F2' || event.key.length === 1)) {
      // A text is written in a small field over the cell (spaces and all), opened by its first letter.
      event.preventDefault();
      const raw = rawAt(rows[cell.row], columns[cell.col]);
      setEditing({ id, start: event.key.length === 1 ? raw + event.key : raw });
      return;
    }
    if (event.key.length !== 1 || event.key === ' ') return;
    event.preventDefault();
    const before = typingIn.current === id ? rawAt(rows[cell.row], columns[cell.col]) : '';
    const raw = westernDigits(before + event.key);
    setRaw(cell, raw);
    typingIn.current = id;
    if (!completesAtOnce(q)) return;
    // A key out of range stays in its cell, said there; the next key replaces it.
    if (readCell(q, raw).ok) advance(cell);
    else typingIn.current = null;
  };

  if (data.error || enrolments.error) return <Alert color="red">{t('errors.code.internal')}</Alert>;
  if (!data.data || !questionnaire || (!round.anonymous && !enrolments.data)) return <Loader aria-label={t('common.loading')} />;
  if (!columns.length) return <Empty title={t('sessionEvaluation.grid.noQuestions')} hint={t('sessionEvaluation.grid.noQuestionsHint')} />;
  if (!rows.length) return <Empty title={t('sessionEvaluation.grid.nobody')} hint={t('sessionEvaluation.grid.nobodyHint')} />;

  const cur = { row: Math.min(cursor.row, rows.length - 1), col: Math.min(cursor.col, columns.length - 1) };
  const rowLabel = (r: SheetRow, i: number) =>
    round.anonymous ? t('sessionEvaluation.grid.sheetN', { n: formatNumber(i + 1, lang) }) : pickName(r.nameFr, r.nameAr, lang);
  const qText = (c: Column) =>
    `${pickName(c.question.textFr, c.question.textAr, lang)}${c.question.type === 'grid' ? ` — ${pickName(c.question.gridRows[c.row].fr, c.question.gridRows[c.row].ar, lang)}` : ''}`;
  const badCount = rows.reduce((n, r) => n + columns.filter((c) => draftCellKey(r.key, c.key) in draft.cells && problemAt(r, c)).length, 0);

  return (
    <Stack gap="sm">
      <Text size="sm" role="note">
        {t('sessionEvaluation.grid.keys')}
      </Text>
      <Group gap="md" align="end">
        <DateField
          label={t('sessionEvaluation.grid.submittedOn')}
          description={t('sessionEvaluation.grid.submittedOnHint')}
          value={draft.submittedOn ?? round.dueDate}
          onChange={(v) => setDraftDate(round.id, v && v !== round.dueDate ? v : null)}
          clearable={false}
          disabled={readOnly}
          w={220}
        />
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <table
          className="ev-grid"
          role="grid"
          aria-label={t('sessionEvaluation.grid.label', {
            code: sessionCode,
            moment: t(`sessionEvaluation.moments.${round.moment}`),
          })}
        >
          <thead>
            <tr>
              <th className="ev-name" scope="col">
                {round.anonymous ? t('sessionEvaluation.grid.sheet') : t('sessionEvaluation.grid.participant')}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" title={qText(c)}>
                  <span className="ev-qlabel">{c.label}</span>
                  <Text span size="xs" className="ev-qtext">
                    {qText(c)}
                  </Text>
                </th>
              ))}
              {test && <th scope="col">{t('sessionEvaluation.grid.score')}</th>}
              {test && <th scope="col">{t('sessionEvaluation.grid.passed')}</th>}
              <th scope="col">
                <VisuallyHidden>{t('sessionEvaluation.grid.actions')}</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => {
              const label = rowLabel(r, ri);
              return (
                <tr key={r.key}>
                  <th className="ev-name" scope="row">
                    {label}
                  </th>
                  {columns.map((c, ci) => {
                    const raw = rawAt(r, c);
                    const problem = problemAt(r, c);
                    const active = cur.row === ri && cur.col === ci;
                    const changed = draftCellKey(r.key, c.key) in draft.cells;
                    const id = `${ri}:${ci}`;
                    const problemText = problem ? t(problem.problem, { max: problem.max }) : '';
                    return (
                      <td
                        key={c.key}
                        role="gridcell"
                        ref={(el) => {
                          if (el) cells.current.set(id, el);
                          else cells.current.delete(id);
                        }}
                        tabIndex={active ? 0 : -1}
                        className={`ev-cell${active ? ' ev-active' : ''}${c.question.type === 'text' ? ' ev-textcell' : ''}`}
                        data-changed={changed}
                        aria-invalid={problem ? true : undefined}
                        aria-label={t('sessionEvaluation.grid.cellLabel', {
                          sheet: label,
                          question: `${c.label} ${qText(c)}`,
                          value: raw ? shownValue(c.question, raw, yesNo) : t('sessionEvaluation.grid.empty'),
                        })}
                        aria-description={problemText || undefined}
                        title={problemText || undefined}
                        onFocus={() => (cur.row !== ri || cur.col !== ci) && setCursor({ row: ri, col: ci })}
                        onClick={() => focusCell({ row: ri, col: ci })}
                        onDoubleClick={() => c.question.type === 'text' && !readOnly && setEditing({ id, start: raw })}
                        onKeyDown={(e) => onKeyDown(e, { row: ri, col: ci })}
                      >
                        {editing?.id === id ? (
                          <TextCellEditor
                            initial={editing.start}
                            label={qText(c)}
                            onDone={(value, move) => {
                              setEditing(null);
                              if (value !== null) setRaw({ row: ri, col: ci }, value);
                              if (move) advance({ row: ri, col: ci });
                              else focusCell({ row: ri, col: ci });
                            }}
                          />
                        ) : (
                          <>
                            <span className="ev-value">{raw ? shownValue(c.question, raw, yesNo) : '·'}</span>
                            {problem && <span className="ev-problem">{problemText}</span>}
                          </>
                        )}
                      </td>
                    );
                  })}
                  {test && (
                    <td className="ev-n">
                      {r.sheet?.score != null && r.sheet.maxScore != null && (
                        // Score before maximum, read left to right in Arabic too (as the sheets' counts).
                        <span dir="ltr">
                          {formatNumber(r.sheet.score, lang)} / {formatNumber(r.sheet.maxScore, lang)}
                        </span>
                      )}
                    </td>
                  )}
                  {test && (
                    <td className="ev-n">
                      {r.sheet?.passed == null
                        ? ''
                        : t(r.sheet.passed ? 'sessionEvaluation.grid.passedYes' : 'sessionEvaluation.grid.passedNo')}
                    </td>
                  )}
                  <td>
                    {r.sheet && !readOnly && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="sm"
                        tabIndex={-1}
                        aria-label={t('sessionEvaluation.grid.deleteSheet', { sheet: label })}
                        onClick={() => r.sheet && setDeleting({ id: r.sheet.id, label })}
                      >
                        ×
                      </ActionIcon>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      {round.anonymous && !readOnly && (
        <Group>
          <Button
            variant="default"
            size="compact-sm"
            onClick={() => {
              addDraftSheet(round.id);
              focusCell({ row: rows.length, col: 0 });
            }}
          >
            {t('sessionEvaluation.grid.addSheet')}
          </Button>
        </Group>
      )}
      <SheetRefusal error={error} rows={errorRows} rowLabel={(r) => rowLabel(r, rows.indexOf(r))} questions={questionnaire.questions} />
      <GridSaveBar
        status={
          notice === 'fix'
            ? t('sessionEvaluation.grid.fixFirst', { count: badCount })
            : changes
              ? t('sessionEvaluation.grid.unsaved', { count: changes })
              : notice === 'saved'
                ? t('sessionEvaluation.grid.saved')
                : t('sessionEvaluation.grid.upToDate', { count: data.data.sheets.length, date: formatDate(round.dueDate) })
        }
        changes={changes}
        saving={saving}
        readOnly={readOnly}
        onSave={() => void save()}
        onDiscard={() => clearSheetDraft(round.id)}
        saveLabel={t('sessionEvaluation.grid.save')}
        discardLabel={t('sessionEvaluation.grid.discard')}
      />
      <ConfirmDelete
        opened={deleting !== null}
        title={t('sessionEvaluation.grid.deleteSheet', { sheet: deleting?.label ?? '' })}
        what={t('sessionEvaluation.grid.theSheet', { sheet: deleting?.label ?? '' })}
        onClose={() => setDeleting(null)}
        onDelete={() => remove(deleting!.id)}
        onDone={() => setDeleting(null)}
      />
    </Stack>
  );
}

/** The small field a text answer is written in: Enter keeps it and moves on, Escape leaves the cell as it was. */
function TextCellEditor({
  initial,
  label,
  onDone,
}: {
  initial: string;
  label: string;
  onDone: (value: string | null, move: boolean) => void;
}) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (v: string | null, move: boolean) => {
    if (done.current) return;
    done.current = true;
    onDone(v, move);
  };
  return (
    <input
      className="ev-textinput"
      autoFocus
      aria-label={label}
      value={value}
      maxLength={3000}
      onChange={(e) => setValue(e.currentTarget.value)}
      onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
      onBlur={() => finish(value, false)}
      onKeyDown={(e) => {
        // The grid's keys (arrows, letters) belong to the field while it is open; Ctrl+S still saves.
        if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(value, true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(null, false);
        }
      }}
    />
  );
}
