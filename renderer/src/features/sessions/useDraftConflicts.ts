import { useEffect, useMemo, useRef, useState } from 'react';
import { type Conflict, sessionDraft } from '../../../../api/channels/sessions';
import { invoke } from '../../bridge/bridge';

/** How long typing must pause before the conflicts are asked again. */
const PAUSE_MS = 400;

/**
 * The conflicts a session would have if saved as the form holds it (`sessions.conflicts`,
 * nothing written), asked once typing pauses and only for a draft the contract accepts. An
 * answer to an older draft is dropped.
 */
export function useDraftConflicts(values: unknown, id: string | null): { list: Conflict[]; checking: boolean } {
  const key = JSON.stringify([values, id]);
  const draft = useMemo(() => {
    const [v, i] = JSON.parse(key) as [object, string | null];
    return sessionDraft.safeParse({ ...v, id: i });
  }, [key]);
  const [answer, setAnswer] = useState<{ key: string; list: Conflict[] }>({ key: '', list: [] });
  const latest = useRef('');
  useEffect(() => {
    latest.current = key;
    if (!draft.success) return;
    const timer = setTimeout(() => {
      void invoke('sessions.conflicts', draft.data).then((r) => {
        if (latest.current !== key) return;
        // A refusal (the channel not there, a rule) leaves the warnings as they were: saving says it.
        setAnswer((a) => ({ key, list: r.ok ? r.value : a.list }));
      });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [key, draft]);
  return { list: answer.list, checking: draft.success && answer.key !== key };
}
