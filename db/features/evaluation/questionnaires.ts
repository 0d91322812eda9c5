import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const listQuestionnaires = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const getQuestionnaire = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const createQuestionnaire = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const updateQuestionnaire = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const publishQuestionnaire = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const newQuestionnaireVersion = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const archiveQuestionnaire = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
