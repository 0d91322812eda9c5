import { Button, Tabs } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../bridge/usePagedList';
import { Empty } from '../../components/Empty';
import { PageHeader } from '../../components/PageHeader';
import type { Language } from '../../i18n';
import { ExportMenu } from './ExportMenu';
import { FacetBar } from './FacetBar';
import { type DirectoryFilters, emptyFilters, hasFilters } from './filters';
import { GuideDialog } from './guide/GuideDialog';
import { ImportModal } from './import/ImportModal';
import { ListsPanel } from './lists/ListsPanel';
import { OrganizationDrawer } from './OrganizationDrawer';
import { OrganizationList } from './OrganizationList';
import { SubsidiesOverview } from './subsidies/SubsidiesOverview';
import { Editable } from '../../components/Editable';

/** The social directory: organisations found by search and facets, subsidies overview, import, export, guide. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [tab, setTab] = useState<string | null>('organizations');
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed, 200);
  const [facets, setFacets] = useState<DirectoryFilters>(emptyFilters);
  const [open, setOpen] = useState<{ id: string | null } | null>(null);
  const [dialog, setDialog] = useState<'import' | 'guide' | null>(null);

  // With a query, relevance first unless the user chose a column; without, by name.
  const filters: DirectoryFilters = { ...facets, query, lang, sort: facets.sort === 'relevance' && !query ? 'name' : facets.sort };
  // Facet counts describe the whole match: asked for with the first page only.
  const list = usePagedList('organizations.search', filters, { pageInput: (offset) => ({ withFacets: offset === 0 }) });
  // A new installation's directory: how to start, rather than "nothing matches your filters".
  const directoryEmpty = list.firstPage?.total === 0 && !hasFilters(filters);
  const onType = (v: string) => {
    setTyped(v);
    if (v.trim() && !typed.trim()) setFacets((f) => ({ ...f, sort: 'relevance', dir: 'asc' }));
  };

  return (
    <>
      <PageHeader title={t('directory.title')} subtitle={t('directory.subtitle')}>
        <Editable>
          <Button variant="default" onClick={() => setDialog('import')}>
            {t('directory.import.open')}
          </Button>
        </Editable>
        <ExportMenu filters={filters} />
        <Button variant="default" onClick={() => setDialog('guide')}>
          {t('directory.guide.open')}
        </Button>
        <Editable>
          <Button onClick={() => setOpen({ id: null })}>{t('directory.new')}</Button>
        </Editable>
      </PageHeader>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="organizations">{t('directory.tabs.organizations')}</Tabs.Tab>
          <Tabs.Tab value="subsidies">{t('directory.tabs.subsidies')}</Tabs.Tab>
          <Tabs.Tab value="lists">{t('directory.tabs.lists')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="organizations">
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
              <FacetBar
                typed={typed}
                onType={onType}
                filters={filters}
                onChange={(patch) => setFacets((f) => ({ ...f, ...patch }))}
                facets={list.firstPage?.facets ?? null}
              />
              <OrganizationList
                list={list}
                onSort={(sort) => setFacets((f) => ({ ...f, ...sort }))}
                onOpen={(id) => setOpen({ id })}
                selectedId={open?.id ?? null}
              />
            </>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="subsidies">
          <SubsidiesOverview onOpen={(id) => setOpen({ id })} />
        </Tabs.Panel>
        <Tabs.Panel value="lists">
          <ListsPanel />
        </Tabs.Panel>
      </Tabs>
      {open && <OrganizationDrawer key={open.id ?? 'new'} id={open.id} onOpen={(id) => setOpen({ id })} onClose={() => setOpen(null)} />}
      {dialog === 'import' && <ImportModal onClose={() => setDialog(null)} />}
      {dialog === 'guide' && <GuideDialog filters={filters} onClose={() => setDialog(null)} />}
    </>
  );
}
