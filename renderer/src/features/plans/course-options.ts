import { useCall } from '../../bridge/queries';

export interface CourseOption {
  courseId: string;
  code: string;
  titleFr: string;
  titleAr: string;
}

/** The catalogue's courses still offered (not archived), for the action form's course picker. */
export function useCatalogueCourses(): CourseOption[] {
  const courses = useCall('courses.list', {});
  return (courses.data ?? []).map((c) => ({ courseId: c.id, code: c.code, titleFr: c.titleFr, titleAr: c.titleAr }));
}
