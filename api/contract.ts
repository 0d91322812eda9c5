import { z } from 'zod';
import { type ChannelSpec, channel } from './channel';
import { backupChannels } from './channels/backup-contract';
import { catalogueChannels } from './channels/catalogue';
import { directoryChannels } from './channels/directory-contract';
import { reviewChannels } from './channels/reviews-contract';
import { planChannels } from './channels/plans';
import { sessionChannels } from './channels/sessions-contract';
import { evaluationChannels } from './channels/evaluation-contract';
import { dashboardChannels } from './channels/dashboard';
import { reportChannels } from './channels/reports';
import { staffFileChannels } from './channels/staff-files';
import { referentielChannels } from './channels/referentiel';
import { traineeChannels } from './channels/trainees';
import { deleteInput, deleteOutput, empty, id } from './common';
import { ENTITIES, type Entity } from './entities';
import * as cmp from './channels/competencies';
import * as history from './channels/history';
import * as jobs from './channels/jobs';
import * as set from './channels/settings';
import * as staff from './channels/staff';
import * as units from './channels/units';

/** What demo data fills or replaces: every table of the Service's own data. */
const NOT_DEMO: readonly Entity[] = ['partnerDatasets', 'recipientKeys', 'backups', 'schemaMigrations', 'auditLog'];
const DEMO_WRITES = ENTITIES.filter((e) => !NOT_DEMO.includes(e));

/**
 * The whole contract between the renderer and the data core. A channel is added here (with what
 * it reads and writes, in the vocabulary of api/entities.ts), then given a handler in its
 * feature's handlers (a missing handler is a compile error), then used in the renderer through
 * `useCall` / `useWrite`.
 */
export const contract = {
  /** What the renderer needs before the first screen: version, setup state, dataset mode. */
  'app.info': channel({ input: empty, output: set.appInfo, reads: ['settings', 'staff', 'units', 'jobProfiles', 'organizations'] }),
  'settings.get': channel({ input: empty, output: set.settings, reads: ['settings'] }),
  'settings.update': channel({ input: set.settingsUpdate, output: set.settings, reads: ['settings'], writes: ['settings'] }),
  /** First run: commune, language, role, operator. */
  'settings.setup': channel({ input: set.setupInput, output: set.settings, reads: ['settings'], writes: ['settings'] }),
  /** Fills an empty database with plausible data for a commune like Berkane. */
  'demo.load': channel({
    input: set.demoLoadInput,
    output: set.demoLoadOutput,
    reads: ['settings'],
    writes: DEMO_WRITES,
  }),
  'audit.list': channel({ input: history.auditListInput, output: history.auditListOutput, reads: ['auditLog'] }),

  'units.list': channel({ input: units.unitListInput, output: z.array(units.unit), reads: ['units', 'staff'] }),
  'units.get': channel({ input: z.object({ id }), output: units.unit, reads: ['units', 'staff'] }),
  'units.create': channel({ input: units.unitCreate, output: units.unit, reads: ['units', 'staff'], writes: ['units'] }),
  'units.update': channel({ input: units.unitUpdate, output: units.unit, reads: ['units', 'staff'], writes: ['units'] }),
  'units.setArchived': channel({ input: units.setArchivedInput, output: units.unit, reads: ['units', 'staff'], writes: ['units'] }),
  'units.delete': channel({ input: deleteInput, output: deleteOutput, reads: ['units', 'staff'], writes: ['units'] }),
  /** Asked before the delete confirmation: who still belongs to the unit, so the user reads it before choosing. */
  'units.holders': channel({ input: z.object({ id }), output: z.array(units.unitHolder), reads: ['units', 'staff'] }),

  'framework.get': channel({
    input: cmp.frameworkInput,
    output: cmp.framework,
    reads: ['categories', 'competencies', 'proficiencyLevels', 'jobRequirements', 'settings'],
  }),
  'framework.updateScale': channel({
    input: cmp.scaleUpdate,
    output: cmp.framework,
    reads: ['proficiencyLevels', 'settings'],
    writes: ['proficiencyLevels', 'settings'],
  }),
  'categories.create': channel({ input: cmp.categoryCreate, output: cmp.category, reads: ['categories'], writes: ['categories'] }),
  'categories.update': channel({ input: cmp.categoryUpdate, output: cmp.category, reads: ['categories'], writes: ['categories'] }),
  'categories.delete': channel({ input: deleteInput, output: deleteOutput, reads: ['categories', 'competencies'], writes: ['categories'] }),
  'competencies.create': channel({
    input: cmp.competencyCreate,
    output: cmp.competency,
    reads: ['competencies'],
    writes: ['competencies'],
  }),
  'competencies.update': channel({
    input: cmp.competencyUpdate,
    output: cmp.competency,
    reads: ['competencies'],
    writes: ['competencies'],
  }),
  'competencies.setArchived': channel({
    input: units.setArchivedInput,
    output: cmp.competency,
    reads: ['competencies'],
    writes: ['competencies'],
  }),
  'competencies.delete': channel({
    input: deleteInput,
    output: deleteOutput,
    reads: ['competencies', 'jobRequirements'],
    writes: ['competencies', 'jobRequirements'],
  }),

  'jobs.list': channel({
    input: jobs.jobListInput,
    output: z.array(jobs.jobSummary),
    reads: ['jobProfiles', 'jobRequirements', 'staff', 'units'],
  }),
  'jobs.get': channel({
    input: z.object({ id }),
    output: jobs.jobProfile,
    reads: ['jobProfiles', 'jobRequirements', 'competencies', 'staff', 'units'],
  }),
  'jobs.create': channel({
    input: jobs.jobCreate,
    output: jobs.jobProfile,
    reads: ['jobProfiles', 'jobRequirements'],
    writes: ['jobProfiles', 'jobRequirements'],
  }),
  'jobs.update': channel({
    input: jobs.jobUpdate,
    output: jobs.jobProfile,
    reads: ['jobProfiles', 'jobRequirements'],
    /** Needs too: new requirements give the holders other gaps. */
    writes: ['jobProfiles', 'jobRequirements', 'needs'],
  }),
  'jobs.setArchived': channel({ input: units.setArchivedInput, output: jobs.jobProfile, reads: ['jobProfiles'], writes: ['jobProfiles'] }),
  'jobs.delete': channel({
    input: deleteInput,
    output: deleteOutput,
    reads: ['jobProfiles', 'staff'],
    writes: ['jobProfiles', 'jobRequirements'],
  }),

  'staff.list': channel({
    input: staff.staffListInput,
    output: staff.staffListOutput,
    reads: ['staff', 'units', 'jobProfiles', 'grades'],
  }),
  'staff.get': channel({ input: z.object({ id }), output: staff.staffMember, reads: ['staff'] }),
  'staff.create': channel({ input: staff.staffCreate, output: staff.staffMember, reads: ['staff'], writes: ['staff'] }),
  /** Writes units too: a head who leaves or moves out of the unit they head is no longer its head. */
  'staff.update': channel({ input: staff.staffUpdate, output: staff.staffMember, reads: ['staff'], writes: ['staff', 'units', 'needs'] }),
  /** A person's reviews, history and needs go with them (personal data is not kept without its person). */
  'staff.delete': channel({
    input: deleteInput,
    output: deleteOutput,
    reads: ['staff'],
    writes: ['staff', 'units', 'reviews', 'reviewItems', 'ratings', 'needs'],
  }),

  'grades.list': channel({ input: staff.gradeListInput, output: z.array(staff.grade), reads: ['grades'] }),
  'grades.create': channel({ input: staff.gradeCreate, output: staff.grade, reads: ['grades'], writes: ['grades'] }),
  'grades.update': channel({ input: staff.gradeUpdate, output: staff.grade, reads: ['grades'], writes: ['grades'] }),
  'grades.setArchived': channel({ input: units.setArchivedInput, output: staff.grade, reads: ['grades'], writes: ['grades'] }),
  ...staffFileChannels,

  ...reviewChannels,
  ...planChannels,
  ...sessionChannels,
  ...evaluationChannels,
  ...dashboardChannels,
  ...reportChannels,
  ...referentielChannels,
  ...catalogueChannels,
  ...directoryChannels,
  ...backupChannels,
  ...traineeChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults not yet applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What a handler returns and the caller receives. */
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(contract, name);
export const isWriteChannel = (name: Channel): boolean => Boolean((contract[name] as ChannelSpec<z.ZodType, z.ZodType>).writes);
export const channelWrites = (name: Channel): readonly string[] => (contract[name] as ChannelSpec<z.ZodType, z.ZodType>).writes ?? [];

/** Which dataset a call addresses: the installation's own database, or an imported partner's. */
export const callContext = z.object({ dataset: z.string().max(80).default('own') }).default({ dataset: 'own' });
export type CallContext = z.input<typeof callContext>;

/** Events main sends to the renderer. */
export const EVENTS = ['data:changed', 'menu:navigate'] as const;
export type EventName = (typeof EVENTS)[number];
