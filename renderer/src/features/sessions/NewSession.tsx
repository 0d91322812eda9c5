import { Alert, Button, Group, Modal, Radio, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../bridge/queries';
import { ltr } from '../../components/Ltr';
import type { Language } from '../../i18n';
import { queryErrorSentence } from '../../lib/errors';
import { pickName } from '../../lib/format';
import { ActionPicker } from './ActionPicker';
import { SessionForm } from './SessionForm';

interface Start {
  actionId: string | null;
  courseId: string | null;
  planId: string | null;
}

interface Props {
  /** An action chosen elsewhere (the plan's actions: `#/sessions?new=<actionId>&inPlan=<planId>`). */
  actionId: string | null;
  planId: string | null;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/**
 * "New session": of an action of a plan, or of a catalogue course outside the plan; the form then
 * opens with what the data core proposes (code, titles, capacity, the course's hours).
 */
export function NewSession({ actionId, planId, onClose, onCreated }: Props) {
  const [start, setStart] = useState<Start | null>(actionId ? { actionId, courseId: null, planId } : null);
  if (!start) return <ChooseStart onClose={onClose} onChosen={setStart} />;
  return <ProposedForm start={start} onClose={onClose} onCreated={onCreated} />;
}

function ProposedForm({ start, onClose, onCreated }: { start: Start; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const proposal = useCall('sessions.propose', { actionId: start.actionId, courseId: start.courseId });
  if (proposal.error)
    return (
      <Modal opened onClose={onClose} title={t('sessions.new')}>
        <Alert color="red" role="alert">
          {queryErrorSentence(t, proposal.error)}
        </Alert>
        <Group justify="flex-end" mt="sm">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Modal>
    );
  if (!proposal.data) return null;
  return <SessionForm session={null} proposal={proposal.data} planId={start.planId} onClose={onClose} onCreated={onCreated} />;
}

function ChooseStart({ onClose, onChosen }: { onClose: () => void; onChosen: (s: Start) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [kind, setKind] = useState<'action' | 'course'>('action');
  const [planId, setPlanId] = useState<string | null>(null);
  const [actionId, setActionId] = useState<string | null>(null);
  const [courseId, setCourseId] = useState<string | null>(null);
  const courses = useCall('courses.list', {});
  const ready = kind === 'action' ? Boolean(actionId) : Boolean(courseId);
  return (
    <Modal opened onClose={onClose} title={t('sessions.new')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onChosen(kind === 'action' ? { actionId, courseId: null, planId } : { actionId: null, courseId, planId: null });
        }}
      >
        <Stack gap="sm">
          <Radio.Group label={t('sessions.newDialog.what')} value={kind} onChange={(v) => setKind(v as 'action' | 'course')}>
            <Stack gap={6} mt={6}>
              <Radio value="action" label={t('sessions.newDialog.fromAction')} />
              <Radio value="course" label={t('sessions.newDialog.outside')} />
            </Stack>
          </Radio.Group>
          {kind === 'action' ? (
            <ActionPicker
              planId={planId}
              actionId={actionId}
              onPlan={(id) => {
                setPlanId(id);
                setActionId(null);
              }}
              onAction={(a) => setActionId(a?.id ?? null)}
            />
          ) : (
            <Select
              label={t('sessions.form.course')}
              searchable
              data={(courses.data ?? []).map((c) => ({ value: c.id, label: `${ltr(c.code)} ${pickName(c.titleFr, c.titleAr, lang)}` }))}
              value={courseId}
              onChange={setCourseId}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready}>
              {t('sessions.newDialog.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
