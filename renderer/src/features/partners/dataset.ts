import type { Output } from '../../../../api/contract';
import { setDataset } from '../../bridge/bridge';
import { queryClient } from '../../bridge/queries';
import { navigate } from '../../app/router';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';

export type Partner = Output<'partners.list'>[number];

/** A partner's commune in the interface language; null when its backup names none. */
export const partnerName = (p: Pick<Partner, 'communeFr' | 'communeAr'>, lang: Language): string | null =>
  pickName(p.communeFr, p.communeAr, lang) || null;

/**
 * Switching the whole app between the own data and a partner's. The partner's description is
 * kept here for the read-only banner: its channels (partners.list) answer on the own data only.
 */
let opened: Partner | null = null;
export const openedPartner = (): Partner | null => opened;

/** Every screen now reads the partner's dataset; nothing cached from the other dataset survives. */
export function openPartnerData(partner: Partner): void {
  opened = partner;
  queryClient.clear();
  setDataset(partner.id);
  navigate('/staff');
}

export function backToOwnData(): void {
  opened = null;
  queryClient.clear();
  setDataset('own');
}
