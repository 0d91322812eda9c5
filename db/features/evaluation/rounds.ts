import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const listRounds = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const scheduleRounds = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const updateRound = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const deleteRound = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
