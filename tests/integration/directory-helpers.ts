import type { DataContext } from '../../db/core/context';
import { dispatchAsync } from '../../db/dispatch/dispatcher';
import type { Channel, Input, Output } from '../../api/contract';

/** Calls an asynchronous channel (import and export read or write files) and returns its value. */
export async function callAsync<C extends Channel>(ctx: DataContext, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await dispatchAsync(channel, input, ctx);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as Output<C>;
}

export const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

export const HEADER = ['nom_fr', 'nom_ar', 'sigle', 'domaines', 'quartier', 'telephone', 'email', 'date_creation'];
