import { Group, Loader, ScrollArea, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../../../api/channels/gaps';
import { useCall } from '../../bridge/queries';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import { queryErrorSentence } from '../../lib/errors';
import { unitOptions } from '../../lib/unit-tree';
import { CELL_STATUSES, cellLabel, cellStatus, cellText, fitText } from './levels';
import { renderUnitOption } from '../../components/UnitOption';

interface Props {
  unitId: string | null;
  jobId: string | null;
  onUnit: (id: string | null) => void;
  onJob: (id: string | null) => void;
  onPerson: (staffId: string) => void;
}

const ROW = 30;
/** The name, the fit, the versatility, then one narrow column per competency. */
const gridOf = (n: number) => `minmax(140px, 200px) 60px 48px repeat(${n}, 36px)`;

/**
 * The service's matrix: people × the competencies their jobs require, each cell the level with
 * its status (colour, pattern and symbol), each row the person's fit and versatility, each
 * column how many hold it at the proficient level (⚠ when one departure would leave nobody).
 * Virtualised rows, so 490 people scroll smoothly; the header and the names stay in view.
 */
export function MatrixTab({ unitId, jobId, onUnit, onJob, onPerson }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const units = useCall('units.list', { includeArchived: false });
  const jobs = useCall('jobs.list', { includeArchived: false });
  const matrix = useCall('gaps.matrix', { unitId, jobId }, { keepPrevious: true });
  const m = matrix.data;

  return (
    <>
      <Group mb="xs" gap="sm" wrap="nowrap" align="center">
        <Select
          aria-label={t('gaps.unit')}
          placeholder={t('gaps.allUnits')}
          data={unitOptions(units.data ?? [], lang)}
          renderOption={renderUnitOption}
          value={unitId}
          onChange={onUnit}
          clearable
          searchable
          w={280}
        />
        <Select
          aria-label={t('gaps.job')}
          placeholder={t('gaps.allJobs')}
          data={(jobs.data ?? []).map((j) => ({ value: j.id, label: pickName(j.titleFr, j.titleAr, lang) }))}
          value={jobId}
          onChange={onJob}
          clearable
          searchable
          w={240}
        />
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>
          {t('gaps.matrix.subUnits')}
        </Text>
        {m && (
          <Text size="sm" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
            {t('gaps.matrix.count', { count: m.people.length, formatted: formatNumber(m.people.length, lang) })}
          </Text>
        )}
      </Group>
      {matrix.error ? (
        <Text c="red">{queryErrorSentence(t, matrix.error)}</Text>
      ) : !m ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Group align="stretch" gap="sm" wrap="nowrap" style={{ flex: '1 1 0px', minHeight: 0 }}>
          <Stack gap={6} style={{ flex: '1 1 0px', minWidth: 0 }}>
            <Legend proficient={m.proficientLevel} />
            {m.competencies.length && m.people.length ? (
              <Grid m={m} onPerson={onPerson} />
            ) : (
              <Text c="dimmed" p="md">
                {t('gaps.matrix.empty')}
              </Text>
            )}
          </Stack>
          <Vulnerabilities m={m} />
        </Group>
      )}
    </>
  );
}

/** The key to the cells: each status's sample and words (the same on the printed synthesis). */
export function Legend({ proficient, t: fixedT }: { proficient: number; t?: ReturnType<typeof useTranslation>['t'] }) {
  const { t: own } = useTranslation();
  const t = fixedT ?? own;
  const sample: Record<(typeof CELL_STATUSES)[number], [number | null, number | null]> = {
    met: [3, 3],
    oneBelow: [2, 3],
    twoBelow: [1, 3],
    notAssessed: [null, 3],
    notRequired: [2, null],
  };
  return (
    <div className="lv-legend" aria-label={t('gaps.matrix.legend')} role="note">
      {CELL_STATUSES.map((s) => (
        <span key={s}>
          <span className={`lv lv-${s}`} aria-hidden>
            {cellText(...sample[s])}
          </span>
          {t(`gaps.status.${s}`)}
        </span>
      ))}
      <span>{t('gaps.matrix.holdersHint', { level: proficient })}</span>
    </div>
  );
}

function Grid({ m, onPerson }: { m: Matrix; onPerson: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: m.people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  const grid = gridOf(m.competencies.length);
  const width = `${140 + 60 + 48 + m.competencies.length * 36}px`;

  return (
    <div
      ref={scrollRef}
      className="matrix"
      role="table"
      aria-label={t('gaps.matrix.title')}
      aria-rowcount={m.people.length + 2}
      aria-colcount={m.competencies.length + 3}
      tabIndex={-1}
    >
      <div role="rowgroup" className="matrix-head" style={{ minWidth: width }}>
        <div role="row" aria-rowindex={1} className="matrix-row" style={{ gridTemplateColumns: grid }}>
          <span role="columnheader">
            <Text fw={600} fz="sm" span>
              {t('gaps.matrix.person')}
            </Text>
          </span>
          <span role="columnheader" title={t('gaps.fit')}>
            <Text fw={600} fz="xs" span>
              {t('gaps.matrix.fitShort')}
            </Text>
          </span>
          <span role="columnheader" title={t('gaps.matrix.versatilityHint')}>
            <Text fw={600} fz="xs" span>
              {t('gaps.matrix.versatility')}
            </Text>
          </span>
          {m.competencies.map((c) => (
            <span role="columnheader" key={c.id} aria-label={`${c.code} — ${pickName(c.nameFr, c.nameAr, lang)}`}>
              <Tooltip label={pickName(c.nameFr, c.nameAr, lang)} withinPortal>
                <span className="matrix-code" tabIndex={0}>
                  {c.code}
                </span>
              </Tooltip>
            </span>
          ))}
        </div>
        <div role="row" aria-rowindex={2} className="matrix-row" style={{ gridTemplateColumns: grid }}>
          <span role="rowheader">
            <Text fz="xs" c="dimmed" span>
              {t('gaps.matrix.holders')}
            </Text>
          </span>
          <span role="cell" />
          <span role="cell" />
          {m.competencies.map((c) => (
            <span
              role="cell"
              key={c.id}
              className={`matrix-holders${c.vulnerable ? ' matrix-vulnerable' : ''}`}
              title={t('gaps.matrix.holdersOf', { code: c.code, holders: c.holders, requiredBy: c.requiredBy })}
              data-testid={`holders-${c.code}`}
            >
              {c.vulnerable ? `⚠${c.holders}` : c.holders}
            </span>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="matrix-body" style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const p = m.people[item.index];
          const name = pickName(p.nameFr, p.nameAr, lang);
          return (
            <div
              key={p.id}
              role="row"
              aria-rowindex={item.index + 3}
              className="matrix-row"
              data-person={p.matricule}
              tabIndex={0}
              onClick={() => onPerson(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPerson(p.id);
                }
              }}
              style={{
                gridTemplateColumns: grid,
                height: ROW,
                position: 'absolute',
                top: 0,
                insetInlineStart: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              <span
                role="rowheader"
                title={`${name} — ${pickName(p.unitNameFr, p.unitNameAr, lang)} — ${pickName(p.jobTitleFr, p.jobTitleAr, lang)}`}
              >
                <Text span fz="sm">
                  {name}
                </Text>
              </span>
              <span role="cell" data-testid="row-fit">
                <Text span fz="xs">
                  {p.fit === null ? '–' : fitText(p.fit, lang, t)}
                </Text>
              </span>
              <span role="cell">
                <Text span fz="xs">
                  {p.versatility}
                </Text>
              </span>
              {m.competencies.map((c, i) => {
                const level = p.levels[i];
                const required = p.required[i];
                const said = `${c.code}: ${cellLabel(level, required, t)}`;
                return (
                  <span role="cell" key={c.id} title={said} aria-label={said} data-code={c.code}>
                    <span className={`lv lv-${cellStatus(level, required)}`} aria-hidden>
                      {required === null && level === null ? '' : cellText(level, required)}
                    </span>
                  </span>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Where one person or nobody holds a competency the unit's jobs require. */
function Vulnerabilities({ m }: { m: Matrix }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <Stack gap={4} w={240} style={{ flexShrink: 0, minHeight: 0 }} component="section" aria-labelledby="vulnerabilities-title">
      <Title order={3} size="h6" id="vulnerabilities-title">
        {t('gaps.matrix.vulnerabilities', { count: m.vulnerabilities.length })}
      </Title>
      <Text size="xs" c="dimmed">
        {t('gaps.matrix.vulnerabilitiesHint', { level: m.proficientLevel })}
      </Text>
      <ScrollArea style={{ flex: '1 1 0px', minHeight: 0 }} type="auto" offsetScrollbars>
        {m.vulnerabilities.length ? (
          <Table fz="xs" verticalSpacing={3} horizontalSpacing={4} data-testid="vulnerabilities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('gaps.unit')}</Table.Th>
                <Table.Th>{t('gaps.competency')}</Table.Th>
                <Table.Th title={t('gaps.matrix.holders')}>{t('gaps.matrix.holdersShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.vulnerabilities.map((v) => (
                <Table.Tr key={`${v.unitId} ${v.competencyId}`}>
                  <Table.Td>{pickName(v.unitNameFr, v.unitNameAr, lang)}</Table.Td>
                  <Table.Td title={pickName(v.nameFr, v.nameAr, lang)}>
                    <Ltr>{v.code}</Ltr>
                  </Table.Td>
                  <Table.Td className={v.holders === 0 ? 'matrix-vulnerable' : undefined}>
                    {v.holders}/{v.requiredBy}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('gaps.matrix.noVulnerability')}
          </Text>
        )}
      </ScrollArea>
    </Stack>
  );
}
