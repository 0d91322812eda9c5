import { Button, Checkbox, Group, Modal, ScrollArea, SegmentedControl, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment, SessionDetail } from '../../../../api/channels/sessions';
import type { AppError } from '../../../../api/result';
import { invoke } from '../../bridge/bridge';
import { useCall } from '../../bridge/queries';
import { FormError } from '../../components/FormError';
import type { Language } from '../../i18n';
import { formatNumber, pickName } from '../../lib/format';
import type { EnrolmentChange } from './ParticipantsTab';

interface Person {
  key: string;
  staffId: string | null;
  traineeId: string | null;
  needId: string | null;
  name: string;
  group: string;
  extra: string;
}

/**
 * Adds people to a session: those whose needs the action covers (all in one click), or anyone
 * of the staff or an association's trainees found by name.
 */
export function AddParticipants({
  session,
  enrolled,
  onClose,
  onAdded,
}: {
  session: SessionDetail;
  enrolled: Enrolment[];
  onClose: () => void;
  onAdded: (change: EnrolmentChange) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [chosen, setChosen] = useState<Map<string, Person>>(new Map());
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState<string>(session.actionId ? 'needs' : 'search');
  const toggle = (p: Person) =>
    setChosen((m) => {
      const next = new Map(m);
      if (next.has(p.key)) next.delete(p.key);
      else next.set(p.key, p);
      return next;
    });
  const taken = new Set(enrolled.flatMap((e) => [e.staffId ? `s:${e.staffId}` : '', e.traineeId ? `t:${e.traineeId}` : '']));

  const add = async () => {
    setBusy(true);
    const r = await invoke('enrolments.add', {
      sessionId: session.id,
      participants: [...chosen.values()].map((p) => ({ staffId: p.staffId, traineeId: p.traineeId, needId: p.needId })),
    });
    setBusy(false);
    if (r.ok) onAdded(r.value);
    else setError(r.error);
  };

  return (
    <Modal opened onClose={onClose} title={t('sessions.participants.add')} size="xl">
      <Tabs value={tab} onChange={(v) => v && setTab(v)}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="needs">{t('sessions.participants.fromNeeds')}</Tabs.Tab>
          <Tabs.Tab value="search">{t('sessions.participants.bySearch')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="needs">
          <Candidates session={session} taken={taken} chosen={chosen} onToggle={toggle} onSet={setChosen} />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          <Search taken={taken} chosen={chosen} onToggle={toggle} />
        </Tabs.Panel>
      </Tabs>
      <FormError error={error} />
      <Group justify="space-between" mt="sm">
        <Text size="sm" aria-live="polite">
          {t('sessions.participants.toAdd', { count: chosen.size, n: formatNumber(chosen.size, lang) })}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!chosen.size} loading={busy} onClick={() => void add()}>
            {t('sessions.participants.enrol', { count: chosen.size, n: formatNumber(chosen.size, lang) })}
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}

function PeopleTable({
  people,
  chosen,
  onToggle,
  label,
}: {
  people: Person[];
  chosen: Map<string, Person>;
  onToggle: (p: Person) => void;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={340}>
      <Table fz="sm" verticalSpacing={3} aria-label={label}>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.key} data-person={p.name}>
              <Table.Td w={36}>
                <Checkbox
                  aria-label={t('sessions.participants.select', { name: p.name })}
                  checked={chosen.has(p.key)}
                  onChange={() => onToggle(p)}
                />
              </Table.Td>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>{p.group}</Table.Td>
              <Table.Td c="dimmed">{p.extra}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function Candidates({
  session,
  taken,
  chosen,
  onToggle,
  onSet,
}: {
  session: SessionDetail;
  taken: Set<string>;
  chosen: Map<string, Person>;
  onToggle: (p: Person) => void;
  onSet: (m: Map<string, Person>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const candidates = useCall('enrolments.candidates', { sessionId: session.id });
  const people: Person[] = (candidates.data ?? [])
    .map((c) => ({
      key: c.staffId ? `s:${c.staffId}` : `t:${c.traineeId}`,
      staffId: c.staffId,
      traineeId: c.traineeId,
      needId: c.needId,
      name: pickName(c.nameFr, c.nameAr, lang),
      group: `${t(`sessions.participants.types.${c.participantType}`)} · ${pickName(c.groupFr, c.groupAr, lang)}`,
      extra: c.gap !== null ? t('sessions.participants.gap', { gap: formatNumber(c.gap, lang) }) : '',
    }))
    .filter((p) => !taken.has(p.key));
  const all = people.length > 0 && people.every((p) => chosen.has(p.key));
  if (!session.actionId)
    return (
      <Text size="sm" c="dimmed">
        {t('sessions.participants.noAction')}
      </Text>
    );
  if (candidates.data && !people.length)
    return (
      <Text size="sm" c="dimmed">
        {t('sessions.participants.noCandidates')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('sessions.participants.selectAllCandidates', { count: people.length, n: formatNumber(people.length, lang) })}
        checked={all}
        indeterminate={!all && people.some((p) => chosen.has(p.key))}
        onChange={() => {
          const next = new Map(chosen);
          for (const p of people) {
            if (all) next.delete(p.key);
            else next.set(p.key, p);
          }
          onSet(next);
        }}
      />
      <PeopleTable people={people} chosen={chosen} onToggle={onToggle} label={t('sessions.participants.fromNeeds')} />
    </Stack>
  );
}

function Search({ taken, chosen, onToggle }: { taken: Set<string>; chosen: Map<string, Person>; onToggle: (p: Person) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [who, setWho] = useState<'staff' | 'association'>('staff');
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const staff = useCall('staff.list', { query, lang, limit: 50 }, { enabled: who === 'staff', keepPrevious: true });
  const trainees = useCall('trainees.list', { query, lang, limit: 50 }, { enabled: who === 'association', keepPrevious: true });
  const people: Person[] =
    who === 'staff'
      ? (staff.data?.rows ?? []).map((s) => ({
          key: `s:${s.id}`,
          staffId: s.id,
          traineeId: null,
          needId: null,
          name: pickName(s.nameFr, s.nameAr, lang),
          group: pickName(s.unitNameFr, s.unitNameAr, lang),
          extra: s.matricule,
        }))
      : (trainees.data?.rows ?? []).map((p) => ({
          key: `t:${p.id}`,
          staffId: null,
          traineeId: p.id,
          needId: null,
          name: pickName(`${p.lastNameFr} ${p.firstNameFr}`.trim(), `${p.lastNameAr} ${p.firstNameAr}`.trim(), lang),
          group: pickName(p.organizationNameFr, p.organizationNameAr, lang),
          extra: '',
        }));
  const shown = people.filter((p) => !taken.has(p.key));
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label={t('sessions.participants.who')}
          value={who}
          onChange={(v) => setWho(v as 'staff' | 'association')}
          data={[
            { value: 'staff', label: t('sessions.participants.types.staff') },
            { value: 'association', label: t('sessions.participants.types.association') },
          ]}
        />
        <TextInput
          type="search"
          style={{ flex: 1 }}
          aria-label={t('sessions.participants.searchLabel')}
          placeholder={t('sessions.participants.searchHint')}
          dir="auto"
          data-autofocus
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </Group>
      {shown.length ? (
        <PeopleTable people={shown} chosen={chosen} onToggle={onToggle} label={t('sessions.participants.bySearch')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('sessions.participants.noMatch')}
        </Text>
      )}
    </Stack>
  );
}
