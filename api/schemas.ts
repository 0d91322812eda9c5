export * from './common';
export * from './channels/settings';
export * from './channels/units';
export * from './channels/competencies';
export * from './channels/jobs';
export * from './channels/staff';
