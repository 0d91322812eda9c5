import type { OrganizationSearchInput } from '../../../../api/channels/directory';
import { call } from '../../bridge/bridge';
import type { Language } from '../../i18n';
import type { PagedRow } from '../../bridge/usePagedList';

/** What the directory page filters on: the search input without paging. */
export type DirectoryFilters = Omit<OrganizationSearchInput, 'offset' | 'limit' | 'withFacets'>;
export type SortKey = NonNullable<DirectoryFilters['sort']>;
export type OrgRow = PagedRow<'organizations.search'>;

export const emptyFilters: DirectoryFilters = {
  query: '',
  domainIds: [],
  publicIds: [],
  languageIds: [],
  legalStatusIds: [],
  quartierIds: [],
  statuses: [],
  toVerify: false,
  sort: 'name',
  dir: 'asc',
};

/** What the page asks for before the user touches a filter (app/start-early.ts asks for it ahead). */
export const firstDirectoryInput = (lang: Language): DirectoryFilters => ({ ...emptyFilters, lang });

/** Facet counts describe the whole match: asked for with the first page only. */
export const facetsWithFirstPage = (offset: number) => ({ withFacets: offset === 0 });

/** The ids of every organisation the filters match (the "current selection" of export and guide). */
export async function selectionIds(filters: DirectoryFilters): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call('organizations.search', { ...filters, offset, limit: 1000, withFacets: false });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.rows.length || ids.length >= page.total) return ids;
  }
}

/** How many facets narrow the list (the search aside): what the "Filters" button says. */
export const activeFacets = (f: DirectoryFilters): number =>
  [f.domainIds, f.publicIds, f.languageIds, f.legalStatusIds, f.quartierIds, f.statuses].filter((a) => a && a.length > 0).length +
  (f.toVerify ? 1 : 0);

export const hasFilters = (f: DirectoryFilters): boolean => Boolean(f.query?.trim()) || activeFacets(f) > 0;
