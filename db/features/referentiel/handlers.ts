import type { HandlerGroup } from '../../dispatch/types';
import { exportReferentiel } from './export';
import { importReferentiel } from './import';

export const referentielHandlers: HandlerGroup<'referentiel.export' | 'referentiel.import'> = {
  'referentiel.export': (_input, ctx) => exportReferentiel(ctx),
  'referentiel.import': (input, ctx) => importReferentiel(ctx, input),
};
