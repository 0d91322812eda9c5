import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const listFollowUps = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const getFollowUp = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const recordFollowUp = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
