import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const addScan = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const deleteScan = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const getScan = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
