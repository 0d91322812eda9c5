import type { z } from 'zod';
import type { Entity } from './entities';

export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /**
   * What the answer depends on, in the registry's vocabulary (api/entities.ts). A write naming
   * one of these refreshes the renderer's cached answers of this channel; an empty list means
   * the answer depends on no data (it is never refreshed by a write).
   */
  reads: readonly Entity[];
  /**
   * What a successful call may change. A channel with `writes` is refused on a read-only
   * (partner) dataset, and its success tells every window's cache what to refresh.
   */
  writes?: readonly Entity[];
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec;
