import { ScrollArea, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { ChartRow, ChartSeries } from './DashBarChart';
import { DASH } from './format';
import { type RecordsRequest, useOpenRecords } from './records-context';

interface Props {
  caption: string;
  rows: ChartRow[];
  series: ChartSeries[];
  format: (value: number) => string;
  recordsOf?: (row: ChartRow, series: ChartSeries) => RecordsRequest | null;
  /** Categories in columns (twelve months read across) rather than in rows. */
  across?: boolean;
}

/** A chart's values, each a button to the records behind it: the chart, by keyboard and for screen readers. */
export function ValuesTable({ caption, rows, series, format, recordsOf, across }: Props) {
  const open = useOpenRecords();
  const cell = (row: ChartRow, s: ChartSeries) => {
    // No value (an aspect no one answered) is a dash, and leads to no records.
    if (row[s.name] === null) return <span data-cell={`${row.category}:${s.name}`}>{DASH}</span>;
    const value = format(Number(row[s.name] ?? 0));
    const request = recordsOf?.(row, s);
    return request ? (
      <UnstyledButton
        className="dashboard-value"
        onClick={() => open(request)}
        aria-label={`${row.label}, ${s.label}: ${value}`}
        data-cell={`${row.category}:${s.name}`}
      >
        {value}
      </UnstyledButton>
    ) : (
      <span data-cell={`${row.category}:${s.name}`}>{value}</span>
    );
  };
  return (
    <ScrollArea.Autosize mah={across || rows.length <= 10 ? undefined : 300} mt="sm" type="auto" className="dashboard-values-scroll">
      <Table fz="xs" verticalSpacing={2} horizontalSpacing={across ? 3 : 6} withRowBorders className="dashboard-values">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        {across ? (
          <Table.Tbody>
            <Table.Tr>
              <Table.Td />
              {rows.map((r) => (
                <Table.Th key={r.category} scope="col">
                  {r.label}
                </Table.Th>
              ))}
            </Table.Tr>
            {series.map((s) => (
              <Table.Tr key={s.name}>
                <Table.Th scope="row">{s.label}</Table.Th>
                {rows.map((r) => (
                  <Table.Td key={r.category}>{cell(r, s)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        ) : (
          <>
            <Table.Thead>
              <Table.Tr>
                <Table.Td />
                {series.map((s) => (
                  <Table.Th key={s.name} scope="col">
                    {s.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.category}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.name}>{cell(r, s)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </>
        )}
      </Table>
    </ScrollArea.Autosize>
  );
}
