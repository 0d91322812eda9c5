import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const yearIndicators = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
