import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The item is saved: its code no longer changes (imports and exports recognise it by it). */
  fixed: boolean;
  value: string | undefined;
  onChange: (code: string) => void;
  /** An i18n key, from the form. */
  error?: string;
}

/** The code of a list item (term or criterion): chosen once, or derived by the core when left empty. */
export function CodeField({ fixed, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('directory.lists.code')}
      description={t(fixed ? 'directory.lists.codeFixed' : 'directory.lists.codeHint')}
      name="code"
      dir="ltr"
      w={260}
      value={value ?? ''}
      disabled={fixed}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error && t(error)}
    />
  );
}
