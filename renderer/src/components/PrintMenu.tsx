import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import type { Language, PrintLanguage } from '../i18n';

type Props = { label?: string } & (
  | { href: (lang: Language) => string; both?: false }
  /** The document can also be drawn in French and Arabic side by side (`lang=both`). */
  | { href: (lang: PrintLanguage) => string; both: true }
);

/**
 * Opens a printable document (app/documents.ts) in French or in Arabic, whatever the language
 * of the screen: the Service prints for readers of either. A document that supports it (`both`)
 * is also offered in both languages side by side, as the commune's bilingual forms are.
 * `href(lang)` is the document's path.
 */
export function PrintMenu(props: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{props.label ?? t('common.printMenu')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => navigate(props.href('fr'))}>{t('common.printFr')}</Menu.Item>
        <Menu.Item onClick={() => navigate(props.href('ar'))}>{t('common.printAr')}</Menu.Item>
        {props.both && <Menu.Item onClick={() => navigate(props.href('both'))}>{t('common.printBoth')}</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}
