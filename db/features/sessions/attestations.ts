import type { DataContext } from '../../core/context';
import { notYet } from './_wip';
export const issueAttestations = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const listAttestations = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const revokeAttestation = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
export const verifyAttestation = (_ctx: DataContext, ..._args: unknown[]): never => notYet();
