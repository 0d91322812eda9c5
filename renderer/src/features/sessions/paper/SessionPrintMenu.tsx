import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../api/channels/sessions';
import { navigate } from '../../../app/router';
import type { PrintLanguage } from '../../../i18n';
import { sessionReportHref } from '../../reports/report-options';
import { attestationsHref, lettersHref, signInSheetHref } from './paper-options';

const LANGS: PrintLanguage[] = ['fr', 'ar', 'both'];
const LANG_KEY = { fr: 'common.printFr', ar: 'common.printAr', both: 'common.printBoth' } as const;

/**
 * The paper of a session in one menu: the sign-in sheet, the convocations and invitations, the
 * attestations issued, the session's report; each in French, Arabic or both side by side (components/PrintMenu does the
 * same for a document alone).
 */
export function SessionPrintMenu({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const docs = [
    { key: 'sheet', label: t('sessionPaper.menu.sheet'), href: (l: PrintLanguage) => signInSheetHref(session.id, l) },
    { key: 'letters', label: t('sessionPaper.menu.letters'), href: (l: PrintLanguage) => lettersHref(session.id, l) },
    ...(session.attestationsIssued > 0
      ? [{ key: 'attestations', label: t('sessionPaper.menu.attestations'), href: (l: PrintLanguage) => attestationsHref(session.id, l) }]
      : []),
    { key: 'report', label: t('reports.session.menuLabel'), href: (l: PrintLanguage) => sessionReportHref(session.id, l) },
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="default">
          {t('common.printMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {docs.map((d, i) => (
          <div key={d.key}>
            {i > 0 && <Menu.Divider />}
            <Menu.Label>{d.label}</Menu.Label>
            {LANGS.map((l) => (
              <Menu.Item key={l} onClick={() => navigate(d.href(l))} aria-label={`${d.label} — ${t(LANG_KEY[l])}`}>
                {t(LANG_KEY[l])}
              </Menu.Item>
            ))}
          </div>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
