import { Button, Group, Loader, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteQuery } from '../../app/router';
import { usePagedList } from '../../bridge/usePagedList';
import { Editable } from '../../components/Editable';
import { ListSearch, useFilters } from '../../components/ListFilters';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import { ListCount } from '../../components/VirtualTable';
import type { Language } from '../../i18n';
import { lazyComponent } from '../../lib/lazy-component';
import { type DirectoryFilters, activeFacets, emptyFilters, facetsWithFirstPage, hasFilters } from './filters';
import { OrganizationList } from './OrganizationList';

// Not needed to draw the list: the other tabs, the drawer, the dialogs, and the export menu and
// the facets (folded at first; both read the contract's schemas).
const ExportMenu = lazyComponent(() => import('./ExportMenu'), 'ExportMenu');
const FacetBar = lazyComponent(() => import('./FacetBar'), 'FacetBar');
const GuideDialog = lazyComponent(() => import('./guide/GuideDialog'), 'GuideDialog');
const ImportModal = lazyComponent(() => import('./import/ImportModal'), 'ImportModal');
const TraineesOverview = lazyComponent(() => import('../trainees/TraineesOverview'), 'TraineesOverview');
const ListsPanel = lazyComponent(() => import('./lists/ListsPanel'), 'ListsPanel');
const OrganizationDrawer = lazyComponent(() => import('./OrganizationDrawer'), 'OrganizationDrawer');
const SubsidiesOverview = lazyComponent(() => import('./subsidies/SubsidiesOverview'), 'SubsidiesOverview');

/**
 * The social directory: organisations found by search and facets, subsidies overview, the associations’ trainees, import,
 * export, guide. The page fills the window: the search sits on the tabs' line and the facets
 * fold away, so a 1366×768 screen shows a dozen organisations; the overview and the lists
 * scroll inside their tab.
 */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [tab, setTab] = useState<string | null>('organizations');
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [facets, setFacets] = useState<DirectoryFilters>(emptyFilters);
  // A link to one organisation (app/links.ts organizationHref, from the dashboard) opens its drawer.
  const linked = useRouteQuery().get('org');
  const [open, setOpen] = useState<{ id: string | null } | null>(linked ? { id: linked } : null);
  const [seenLink, setSeenLink] = useState(linked);
  if (seenLink !== linked) {
    setSeenLink(linked);
    if (linked) setOpen({ id: linked });
  }
  const [dialog, setDialog] = useState<'import' | 'guide' | null>(null);

  // With a query, relevance first unless the user chose a column; without, by name.
  const filters: DirectoryFilters = { ...facets, query, lang, sort: facets.sort === 'relevance' && !query ? 'name' : facets.sort };
  const list = usePagedList('organizations.search', filters, { pageInput: facetsWithFirstPage });
  const folded = useFilters('directory', activeFacets(filters));
  // A new installation's directory: how to start, rather than "nothing matches your filters".
  const directoryEmpty = list.firstPage?.total === 0 && !hasFilters(filters);
  const onType = (v: string) => {
    setTyped(v);
    if (v.trim() && !typed.trim()) setFacets((f) => ({ ...f, sort: 'relevance', dir: 'asc' }));
  };

  return (
    <div className="fill-page">
      <PageHeader title={t('directory.title')} subtitle={t('directory.subtitle')}>
        <Editable>
          <Button variant="default" onClick={() => setDialog('import')}>
            {t('directory.import.open')}
          </Button>
        </Editable>
        <Suspense>
          <ExportMenu filters={filters} />
        </Suspense>
        <Button variant="default" onClick={() => setDialog('guide')}>
          {t('directory.guide.open')}
        </Button>
        <Editable>
          <Button onClick={() => setOpen({ id: null })}>{t('directory.new')}</Button>
        </Editable>
      </PageHeader>
      <Tabs value={tab} onChange={setTab} keepMounted={false} className="fill-page">
        <Group mb="xs" gap="sm" wrap="nowrap" align="flex-end">
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            <Tabs.Tab value="organizations">{t('directory.tabs.organizations')}</Tabs.Tab>
            <Tabs.Tab value="subsidies">{t('directory.tabs.subsidies')}</Tabs.Tab>
            <Tabs.Tab value="trainees">{t('trainees.overviewTab')}</Tabs.Tab>
            <Tabs.Tab value="lists">{t('directory.tabs.lists')}</Tabs.Tab>
          </Tabs.List>
          {tab === 'organizations' && (
            <>
              <ListSearch label={t('directory.search')} hint={t('directory.searchHint')} value={typed} onChange={onType} width={440} />
              {folded.button}
              <Group ms="auto">
                <ListCount list={list} countKey="directory.count" />
              </Group>
            </>
          )}
        </Group>
        <Tabs.Panel value="organizations" className="fill-page">
          {directoryEmpty ? (
            <Empty
              title={t('directory.emptyTitle')}
              hint={t('directory.emptyHint')}
              action={t('directory.new')}
              onAction={() => setOpen({ id: null })}
              other={{ label: t('directory.import.open'), onAction: () => setDialog('import') }}
            />
          ) : (
            <>
              {folded.panel(
                <Suspense>
                  <FacetBar
                    filters={filters}
                    onChange={(patch) => setFacets((f) => ({ ...f, ...patch }))}
                    facets={list.firstPage?.facets ?? null}
                  />
                </Suspense>,
              )}
              <OrganizationList
                list={list}
                onSort={(sort) => setFacets((f) => ({ ...f, ...sort }))}
                onOpen={(id) => setOpen({ id })}
                selectedId={open?.id ?? null}
              />
            </>
          )}
        </Tabs.Panel>
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <Tabs.Panel value="subsidies" className="fill-scroll">
            <SubsidiesOverview onOpen={(id) => setOpen({ id })} />
          </Tabs.Panel>
          <Tabs.Panel value="trainees" className="fill-page">
            <TraineesOverview />
          </Tabs.Panel>
          <Tabs.Panel value="lists" className="fill-scroll">
            <ListsPanel />
          </Tabs.Panel>
        </Suspense>
      </Tabs>
      <Suspense>
        {open && <OrganizationDrawer key={open.id ?? 'new'} id={open.id} onOpen={(id) => setOpen({ id })} onClose={() => setOpen(null)} />}
        {dialog === 'import' && <ImportModal onClose={() => setDialog(null)} />}
        {dialog === 'guide' && <GuideDialog filters={filters} onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
