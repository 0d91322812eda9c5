import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /**
   * The tables a successful call may change. A channel with `writes` is refused on a
   * read-only (partner) dataset, and its success tells the renderer's cache what to refresh.
   */
  writes?: readonly string[];
}

export const channel = <I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>) => spec;
