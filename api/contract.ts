import { z } from 'zod';
import { type ChannelSpec, channel } from './channel';
import { backupChannels } from './channels/backup-contract';
import { directoryChannels } from './channels/directory-contract';
import { deleteInput, deleteOutput, empty, id } from './common';
import * as cmp from './channels/competencies';
import * as jobs from './channels/jobs';
import * as set from './channels/settings';
import * as staff from './channels/staff';
import * as units from './channels/units';

/**
 * The whole contract between the renderer and the data core. A channel is added here, then
 * given a handler in db/handlers (a missing handler is a compile error), then used in the
 * renderer through `invoke`.
 */
export const contract = {
  /** What the renderer needs before the first screen: version, setup state, dataset mode. */
  'app.info': channel({ input: empty, output: set.appInfo }),
  'settings.get': channel({ input: empty, output: set.settings }),
  'settings.update': channel({ input: set.settingsUpdate, output: set.settings, writes: ['settings'] }),
  /** First run: commune, language, role, operator. */
  'settings.setup': channel({ input: set.setupInput, output: set.settings, writes: ['settings'] }),
  /** Fills an empty database with plausible data for a commune like Berkane. */
  'demo.load': channel({
    input: set.demoLoadInput,
    output: set.demoLoadOutput,
    writes: ['units', 'staff', 'jobProfiles', 'competencies', 'settings', 'organizations', 'services', 'subsidies', 'terms', 'criteria'],
  }),
  'audit.list': channel({ input: set.auditListInput, output: z.array(set.auditEntry) }),

  'units.list': channel({ input: units.unitListInput, output: z.array(units.unit) }),
  'units.get': channel({ input: z.object({ id }), output: units.unit }),
  'units.create': channel({ input: units.unitCreate, output: units.unit, writes: ['units'] }),
  'units.update': channel({ input: units.unitUpdate, output: units.unit, writes: ['units'] }),
  'units.setArchived': channel({ input: units.setArchivedInput, output: units.unit, writes: ['units'] }),
  'units.delete': channel({ input: deleteInput, output: deleteOutput, writes: ['units'] }),

  'framework.get': channel({ input: cmp.frameworkInput, output: cmp.framework }),
  'framework.updateScale': channel({ input: cmp.scaleUpdate, output: cmp.framework, writes: ['competencies', 'settings'] }),
  'categories.create': channel({ input: cmp.categoryCreate, output: cmp.category, writes: ['competencies'] }),
  'categories.update': channel({ input: cmp.categoryUpdate, output: cmp.category, writes: ['competencies'] }),
  'categories.delete': channel({ input: deleteInput, output: deleteOutput, writes: ['competencies'] }),
  'competencies.create': channel({ input: cmp.competencyCreate, output: cmp.competency, writes: ['competencies'] }),
  'competencies.update': channel({ input: cmp.competencyUpdate, output: cmp.competency, writes: ['competencies'] }),
  'competencies.setArchived': channel({ input: units.setArchivedInput, output: cmp.competency, writes: ['competencies'] }),
  'competencies.delete': channel({ input: deleteInput, output: deleteOutput, writes: ['competencies', 'jobProfiles'] }),

  'jobs.list': channel({ input: jobs.jobListInput, output: z.array(jobs.jobSummary) }),
  'jobs.get': channel({ input: z.object({ id }), output: jobs.jobProfile }),
  'jobs.create': channel({ input: jobs.jobCreate, output: jobs.jobProfile, writes: ['jobProfiles'] }),
  'jobs.update': channel({ input: jobs.jobUpdate, output: jobs.jobProfile, writes: ['jobProfiles'] }),
  'jobs.setArchived': channel({ input: units.setArchivedInput, output: jobs.jobProfile, writes: ['jobProfiles'] }),
  'jobs.delete': channel({ input: deleteInput, output: deleteOutput, writes: ['jobProfiles'] }),

  'staff.list': channel({ input: staff.staffListInput, output: staff.staffListOutput }),
  'staff.get': channel({ input: z.object({ id }), output: staff.staffMember }),
  'staff.create': channel({ input: staff.staffCreate, output: staff.staffMember, writes: ['staff'] }),
  'staff.update': channel({ input: staff.staffUpdate, output: staff.staffMember, writes: ['staff'] }),
  'staff.delete': channel({ input: deleteInput, output: deleteOutput, writes: ['staff'] }),

  ...directoryChannels,
  ...backupChannels,
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
