import { TextInput } from '@mantine/core';
import { useState } from 'react';

/**
 * "9" → 09:00, "930" or "9h30" → 09:30, "1400" → 14:00: what a hurried user types, read as a
 * 24-hour time. Anything else is left as typed (the contract refuses it beside the field).
 */
export function readClock(typed: string): string {
  const t = typed.trim().replace(/[hH.]/, ':');
  const m = /^(\d{1,2})(?::?(\d{2}))?$/.exec(t.replace(/:$/, ''));
  if (!m) return typed.trim();
  const [h, min] = [Number(m[1]), Number(m[2] ?? '0')];
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : typed.trim();
}

/**
 * A time of day on the 24-hour clock, as Moroccan offices write it, whatever the computer's
 * locale (the browser's own time field would show 09:00 AM on an English system).
 */
export function ClockInput({
  label,
  value,
  onChange,
  error,
  w,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  w?: number;
}) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // A value set from outside (a day added, a slot removed above) replaces what is shown.
  if (seen !== value) {
    setSeen(value);
    setText(value);
  }
  return (
    <TextInput
      label={label}
      w={w}
      dir="ltr"
      inputMode="numeric"
      placeholder="HH:MM"
      maxLength={5}
      value={text}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        const read = readClock(typed);
        setText(typed);
        // Our own change: what the user typed stays on screen while the form holds the time it reads.
        setSeen(read);
        onChange(read);
      }}
      onBlur={() => setText(readClock(text))}
      error={error}
    />
  );
}
