import { ActionIcon, Badge, Checkbox, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../../../../api/channels/competencies';
import type { ReviewItem, ReviewItemInput } from '../../../../api/channels/reviews';
import { Ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { pickName } from '../../lib/format';
import type { FieldErrors } from '../../lib/form';
import { LevelSelect } from './LevelSelect';

/** What a row shows besides what the user enters: the competency and its requirement. */
export type ItemInfo = Pick<ReviewItem, 'code' | 'nameFr' | 'nameAr' | 'requiredLevel' | 'importance' | 'currentLevel'>;

interface Props {
  items: ReviewItemInput[];
  info: Map<string, ItemInfo>;
  levels: ScaleLevel[];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<ReviewItemInput>) => void;
  onRemove: (index: number) => void;
  disabled: boolean;
}

/** An agreed level that differs from the manager's must say why (the core refuses to validate it otherwise). */
export const needsJustification = (it: ReviewItemInput): boolean =>
  !it.notApplicable && it.agreedLevel != null && it.managerLevel != null && it.agreedLevel !== it.managerLevel && !it.justification?.trim();

/**
 * The competencies of a review, one row each: what the job requires (or "outside the job sheet"),
 * the level in the history today, then the self-assessment, the manager's level, the agreed level
 * with its justification, and "not applicable". Refusals show on their row.
 */
export function ItemsTable({ items, info, levels, errors, onChange, onRemove, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const levelName = (n: number | null) => {
    const l = levels.find((x) => x.level === n);
    return l ? `${n} — ${pickName(l.nameFr, l.nameAr, lang)}` : '';
  };
  return (
    <Table
      verticalSpacing={4}
      horizontalSpacing={6}
      withTableBorder
      aria-label={t('reviews.review.items')}
      style={{ tableLayout: 'fixed' }}
    >
      <Table.Thead bg="gray.0">
        <Table.Tr>
          <Table.Th>{t('reviews.review.competency')}</Table.Th>
          <Table.Th w={130}>{t('reviews.review.required')}</Table.Th>
          <Table.Th w={90}>{t('reviews.review.current')}</Table.Th>
          <Table.Th w={150}>{t('reviews.review.self')}</Table.Th>
          <Table.Th w={150}>{t('reviews.review.manager')}</Table.Th>
          <Table.Th w={150}>{t('reviews.review.agreed')}</Table.Th>
          <Table.Th w={210}>{t('reviews.review.justification')}</Table.Th>
          <Table.Th w={48} title={t('reviews.review.notApplicableLong')}>
            {t('reviews.review.notApplicable')}
          </Table.Th>
          <Table.Th w={34} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((it, i) => {
          const about = info.get(it.competencyId);
          const name = about ? pickName(about.nameFr, about.nameAr, lang) : '';
          const outside = !about || about.requiredLevel === null;
          const err = (field: string) => (errors[`items.${i}.${field}`] ? t(errors[`items.${i}.${field}`]) : undefined);
          const level = (field: 'selfLevel' | 'managerLevel' | 'agreedLevel', label: string) => (
            <LevelSelect
              levels={levels}
              lang={lang}
              label={`${label} — ${name}`}
              value={it[field] ?? null}
              onChange={(v) => onChange(i, { [field]: v })}
              error={err(field)}
              disabled={disabled}
            />
          );
          const justify = needsJustification(it);
          return (
            <Table.Tr key={it.competencyId} data-competency={about?.code} style={it.notApplicable ? { opacity: 0.6 } : undefined}>
              <Table.Td>
                <Text size="sm" fw={500} lineClamp={2}>
                  <Text span size="xs" c="dimmed">
                    <Ltr>{about?.code}</Ltr>
                  </Text>{' '}
                  {name}
                </Text>
              </Table.Td>
              <Table.Td>
                {outside ? (
                  <Badge size="xs" variant="outline" color="gray" style={{ whiteSpace: 'normal', height: 'auto' }}>
                    {t('reviews.review.outside')}
                  </Badge>
                ) : (
                  <>
                    <Text size="xs" title={levelName(about.requiredLevel)}>
                      {levelName(about.requiredLevel)}
                    </Text>
                    {about.importance && (
                      <Text size="xs" c="dimmed">
                        {t(`jobs.importances.${about.importance}`)}
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs" title={levelName(about?.currentLevel ?? null)}>
                  {about?.currentLevel ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>{level('selfLevel', t('reviews.review.self'))}</Table.Td>
              <Table.Td>{level('managerLevel', t('reviews.review.manager'))}</Table.Td>
              <Table.Td>{level('agreedLevel', t('reviews.review.agreed'))}</Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`${t('reviews.review.justification')} — ${name}`}
                  value={it.justification ?? ''}
                  onChange={(e) => onChange(i, { justification: e.currentTarget.value })}
                  error={err('justification')}
                  disabled={disabled}
                  dir="auto"
                />
                {justify && !err('justification') && (
                  <Text size="xs" c="orange.9" mt={2}>
                    {t('reviews.review.justifyHint')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('reviews.review.notApplicableLong')} — ${name}`}
                  checked={it.notApplicable ?? false}
                  onChange={(e) => onChange(i, { notApplicable: e.currentTarget.checked })}
                  disabled={disabled}
                />
              </Table.Td>
              <Table.Td>
                {outside && !disabled && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => onRemove(i)}
                    aria-label={t('reviews.review.removeOutside', { name })}
                    title={t('reviews.review.removeOutside', { name })}
                  >
                    ×
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
