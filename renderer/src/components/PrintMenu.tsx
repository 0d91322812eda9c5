import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import type { Language } from '../i18n';

/**
 * Opens a printable document (app/documents.ts) in French or in Arabic, whatever the language
 * of the screen: the Service prints for readers of either. `href(lang)` is the document's path.
 */
export function PrintMenu({ href, label }: { href: (lang: Language) => string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{label ?? t('common.printMenu')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate(href('fr'))}>{t('common.printFr')}</Menu.Item>
        <Menu.Item onClick={() => navigate(href('ar'))}>{t('common.printAr')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
