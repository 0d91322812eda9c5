import { UnstyledButton } from '@mantine/core';

/** A count that opens its records (a plan's actions not done, sessions outside the plan…). */
export function FigureButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <UnstyledButton className="dashboard-value" onClick={onClick}>
      {label}
    </UnstyledButton>
  );
}
