import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const sessionsIcs = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
