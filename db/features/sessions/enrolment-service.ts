import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const addEnrolments = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const deleteEnrolment = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const enrolmentCandidates = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const listEnrolments = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const setEnrolmentPassed = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const setEnrolmentStatus = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
