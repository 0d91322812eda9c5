import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const attendanceGrid = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const saveAttendance = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
