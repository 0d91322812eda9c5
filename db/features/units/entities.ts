import { orgUnits } from '../../schema';
import type { EntityEntries } from '../../registry/types';

export const unitEntities: EntityEntries<'units'> = {
  units: { kind: 'record', table: orgUnits, counted: true, demo: true },
};
