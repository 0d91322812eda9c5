import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const roundSheets = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const saveResponses = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const deleteResponse = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
