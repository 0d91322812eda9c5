import { createContext, useContext } from 'react';
import type { DashboardFilters, Figure } from '../../../../api/channels/dashboard';

/**
 * What a click on a figure asks for: the records behind it, with a title that says which
 * figure they are, the bar's key, and filters that the bar itself sets (a gender's bar).
 */
export interface RecordsRequest {
  figure: Figure;
  key?: string | null;
  /** The figure's name as the user read it (card title, bar label). */
  title: string;
  narrow?: Partial<DashboardFilters>;
}

export const OpenRecords = createContext<(request: RecordsRequest) => void>(() => undefined);
export const useOpenRecords = () => useContext(OpenRecords);
