import { useQuery } from '@tanstack/react-query';
import { type Channel, type Input, isChannel } from '../../../../api/contract';
import { call } from '../../bridge/bridge';
import { useDataset } from '../../bridge/queries';

export interface CourseOption {
  courseId: string;
  code: string;
  titleFr: string;
  titleAr: string;
}

/**
 * ADAPTER, to remove once the training catalogue is merged: the whole catalogue for the action
 * form's course picker, read through `courses.list` only when this build's contract has that
 * channel (the catalogue is built on another branch). Without it, the picker offers the courses
 * the needs' proposal suggests and the action's own course.
 */
export function useCatalogueCourses(): CourseOption[] {
  const dataset = useDataset();
  const name = 'courses.list';
  const available = isChannel(name);
  const query = useQuery({
    queryKey: [name, {}, dataset],
    enabled: available,
    queryFn: () => call(name as Channel, {} as Input<Channel>) as Promise<unknown>,
  });
  const data = query.data as unknown;
  const rows = (Array.isArray(data) ? data : ((data as { rows?: unknown[] } | undefined)?.rows ?? [])) as Record<string, unknown>[];
  return rows
    .filter((r) => typeof r.id === 'string' && !r.archivedAt)
    .map((r) => ({
      courseId: String(r.id),
      code: String(r.code ?? ''),
      titleFr: String(r.titleFr ?? ''),
      titleAr: String(r.titleAr ?? ''),
    }));
}
