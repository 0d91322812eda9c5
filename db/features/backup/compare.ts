import type { DataContext } from '../../core/context';
import { indicatorsFor } from './aggregates';
import { listPartners, openPartnerDataset } from './partners';

/**
 * The coordinator's programme view: for each imported partner dataset, the year's indicators as
 * the partner's own installation computes them — read from the figures an aggregates backup
 * carries, else computed on the dataset (a complete or no-contacts backup still holds the people).
 */
export function comparePartners(own: DataContext, year: number) {
  return listPartners(own).map((p) => {
    const indicators = indicatorsFor(openPartnerDataset(own, p.id), year);
    return { partner: p.communeFr, partnerAr: p.communeAr, id: p.id, backupDate: p.backupCreatedAt, profile: p.profile, indicators };
  });
}
