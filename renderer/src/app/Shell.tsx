import { AppShell, Badge, Group, Loader, NavLink, SegmentedControl, Text, Title, useDirection } from '@mantine/core';
import { Fragment, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/bridge';
import { useCall } from '../bridge/queries';
import { BackupReminderBanner } from '../features/backup/BackupReminder';
import { useFollowUpsDueNav } from '../features/evaluations/FollowUpsDueBadge';
import { ReadOnlyBanner } from '../features/partners/ReadOnlyBanner';
import { type Language, setLanguage } from '../i18n';
import { pickName } from '../lib/format';
import { PrintToolbar } from '../components/PrintToolbar';
import { documentAt } from './documents';
import { PAGES } from './pages';
import { navigate, useHashPath } from './router';
import { ROUTES, routeOf } from '../../../api/routes';

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { setDirection } = useDirection();
  const choose = async (language: Language) => {
    // The interface language is the user's own setting: it is saved in the installation's own
    // database even while a partner's read-only dataset is on screen.
    const result = await bridge.invoke('settings.update', { language }, { dataset: 'own' });
    if (!result.ok) return;
    await setLanguage(language);
    setDirection(language === 'ar' ? 'rtl' : 'ltr');
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('settings.language')}
      value={i18n.language}
      onChange={(language) => void choose(language as Language)}
      data={[
        { value: 'fr', label: 'Français' },
        { value: 'ar', label: 'العربية' },
      ]}
    />
  );
}

export function Shell() {
  const { t, i18n } = useTranslation();
  const path = useHashPath();
  const route = routeOf(path);
  const settings = useCall('settings.get', {});
  const lang = i18n.language as Language;
  const Page = PAGES[route.key];
  // The same element while the screen stays: the Shell's own updates (the settings, the count of
  // follow-ups due arriving) then leave the screen alone instead of drawing it again.
  const page = useMemo(() => <Page />, [Page]);
  // A printable document (app/documents.ts) is shown alone, under the print toolbar.
  const doc = documentAt(path);
  // The last screen shown (its path with its query), where a printed document's Back returns.
  const [lastScreen, setLastScreen] = useState<string | null>(null);
  if (!doc && lastScreen !== path) setLastScreen(path);
  const title = doc ? t(doc.titleKey) : t(`nav.${route.key}`);
  const due = useFollowUpsDueNav();

  useEffect(() => bridge.on('menu:navigate', (to) => typeof to === 'string' && navigate(to)), []);
  useEffect(() => {
    document.title = `${title} — ${t('app.title')}`;
  }, [title, t]);
  // A new screen starts at its top, not where the previous one was scrolled to. (A block body:
  // recent Chromium returns a promise from scrollTo, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [doc?.prefix, route.key]);

  if (doc) {
    const back = ROUTES.find((r) => r.key === doc.back)!;
    // Back to where the document was opened from when that is its screen (a session's page, not
    // the list of sessions); else to the screen itself.
    const backPath = lastScreen && routeOf(lastScreen).key === back.key ? lastScreen : back.path;
    return (
      <>
        <PrintToolbar fileName={doc.fileName(path)} backHref={`#${backPath}`} backLabel={t(`nav.${back.key}`)} />
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <doc.component path={path} />
        </Suspense>
      </>
    );
  }

  const commune = settings.data ? pickName(settings.data.communeFr, settings.data.communeAr, lang) : '';
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
      <a href="#main" className="skip-link" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              {t('app.title')}
            </Title>
            {commune && (
              <Text c="dimmed" size="sm" truncate>
                {t('app.commune', { name: commune })}
              </Text>
            )}
            {settings.data?.role === 'coordinator' && <Badge variant="light">{t('settings.roles.coordinator')}</Badge>}
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {ROUTES.map((r) => (
          <Fragment key={r.key}>
            <NavLink
              href={`#${r.path}`}
              label={t(`nav.${r.key}`)}
              active={route.key === r.key}
              variant="filled"
              aria-current={route.key === r.key ? 'page' : undefined}
              // The follow-ups due, counted beside the Evaluations screen (features/evaluations).
              rightSection={r.key === 'evaluations' ? due.badge : undefined}
              aria-describedby={r.key === 'evaluations' ? due.describedBy : undefined}
            />
            {r.key === 'evaluations' && due.note}
          </Fragment>
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className="app-main">
        <ReadOnlyBanner />
        <BackupReminderBanner />
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>{page}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
