import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const createSession = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const deleteSession = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const getSession = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const listSessions = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const proposeSession = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const setSessionStatus = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const updateSession = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
