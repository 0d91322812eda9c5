import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALLATION_CHANNELS } from '../../api/channels/backup-contract';
import { CHANNELS, type Channel, channelWrites, contract } from '../../api/contract';
import { type DataContext } from '../../db/core/context';
import { newId } from '../../db/core/ids';
import { openAppDatabase } from '../../db/installation/open-database';
import { dispatch, dispatchAsync } from '../../db/dispatch/dispatcher';
import { handlers } from '../../db/dispatch/handlers';
import { bytes, call, count, openTemp, refusal, tempDir, track } from './helpers';

const WRITE_CHANNELS = CHANNELS.filter((c) => channelWrites(c).length > 0);
// Backup, key and partner channels manage the installation, not a dataset: tested in backup-partners.test.ts.
// Checking an attestation reads the installation's own data and its partners' datasets: on the own dataset only.
const OWN_ONLY: Channel[] = [...INSTALLATION_CHANNELS, 'attestations.verify'];
const READ_CHANNELS = CHANNELS.filter((c) => channelWrites(c).length === 0 && !OWN_ONLY.includes(c));

/** A demo database file, closed, with the ids of one record of each kind. */
function demoFile() {
  const file = path.join(tempDir(), 'partner.sqlite');
  const ctx = openAppDatabase(file);
  call(ctx, 'demo.load', { scale: 'commune' });
  const one = (sql: string) => (ctx.sqlite.prepare(sql).get() as { id: string }).id;
  const ids = {
    unit: one('SELECT id FROM org_units LIMIT 1'),
    category: one('SELECT id FROM competency_categories LIMIT 1'),
    competency: one('SELECT id FROM competencies LIMIT 1'),
    job: one('SELECT id FROM job_profiles LIMIT 1'),
    staff: one('SELECT id FROM staff LIMIT 1'),
    organization: one('SELECT id FROM organizations LIMIT 1'),
    service: one('SELECT id FROM directory_services LIMIT 1'),
    subsidy: one('SELECT id FROM subsidies LIMIT 1'),
    term: one("SELECT id FROM directory_terms WHERE kind = 'domain' LIMIT 1"),
    criterion: one('SELECT id FROM quality_criteria LIMIT 1'),
    grade: one('SELECT id FROM staff_grades LIMIT 1'),
    campaign: one("SELECT id FROM review_campaigns WHERE status = 'open' LIMIT 1"),
    review: one(
      "SELECT r.id FROM reviews r JOIN review_campaigns c ON c.id = r.campaign_id WHERE c.status = 'open' AND r.state = 'rated' LIMIT 1",
    ),
    need: one("SELECT id FROM training_needs WHERE origin = 'survey' LIMIT 1"),
    plan: one('SELECT id FROM training_plans LIMIT 1'),
    axis: one('SELECT id FROM plan_axes LIMIT 1'),
    action: one('SELECT id FROM plan_actions LIMIT 1'),
    trainee: one('SELECT id FROM association_trainees LIMIT 1'),
    course: one('SELECT id FROM courses LIMIT 1'),
    trainer: one("SELECT id FROM trainers WHERE kind = 'external' LIMIT 1"),
    venue: one('SELECT id FROM venues LIMIT 1'),
    quartier: one("SELECT id FROM directory_terms WHERE kind = 'quartier' LIMIT 1"),
    session: one("SELECT id FROM training_sessions WHERE status = 'open' LIMIT 1"),
    enrolment: one("SELECT e.id FROM enrolments e JOIN training_sessions t ON t.id = e.session_id WHERE t.status = 'open' LIMIT 1"),
    slot: one("SELECT s.id FROM session_slots s JOIN training_sessions t ON t.id = s.session_id WHERE t.status = 'open' LIMIT 1"),
    questionnaire: one("SELECT id FROM questionnaires WHERE code = 'REACTION'"),
    round: one("SELECT id FROM evaluation_rounds WHERE moment = 'end_sheet' LIMIT 1"),
    response: one('SELECT id FROM responses LIMIT 1'),
    attended: one(
      `SELECT e.id FROM enrolments e JOIN evaluation_rounds r ON r.session_id = e.session_id AND r.moment = 'follow_up_30'
       WHERE e.status IN ('attended_full', 'attended_partial') LIMIT 1`,
    ),
    delivered: one("SELECT id FROM training_sessions WHERE status IN ('delivered', 'closed') LIMIT 1"),
  };
  // A scan of the open session's signed sheet (the demo has none), so that reading one is tried.
  const scan = newId();
  ctx.sqlite
    .prepare("INSERT INTO session_scans (id, session_id, file_name, mime_type, size, data) VALUES (?, ?, 'f.pdf', 'application/pdf', 8, ?)")
    .run(scan, ids.session, Buffer.from('%PDF-1.4'));
  ctx.sqlite.close();
  return { file, ids: { ...ids, scan } };
}

/** A valid input per channel where `{}` is not one (new channels fall back to `{}`). */
function samples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const job = { code: 'ZZ-01', titleFr: 'Poste test' };
  const staff = { matricule: 'Z-0001', lastNameFr: 'Test', gender: 'f' };
  return {
    'settings.update': { language: 'ar' },
    'settings.setup': { communeFr: 'Berkane', role: 'sas', operatorName: 'Samira', language: 'fr' },
    'units.get': { id: ids.unit },
    'units.create': { kind: 'service', nameFr: 'Service test' },
    'units.update': { id: ids.unit, kind: 'service', nameFr: 'Service test' },
    'units.setArchived': { id: ids.unit, archived: true },
    'units.delete': { id: ids.unit, archiveInstead: true },
    'units.holders': { id: ids.unit },
    'framework.updateScale': {
      levels: [
        { level: 1, nameFr: 'Notions' },
        { level: 2, nameFr: 'Maîtrise' },
      ],
      proficientLevel: 2,
    },
    'categories.create': { nameFr: 'Catégorie test' },
    'categories.update': { id: ids.category, nameFr: 'Catégorie test' },
    'categories.delete': { id: ids.category, archiveInstead: true },
    'competencies.create': { categoryId: ids.category, code: 'ZZ', nameFr: 'Compétence test' },
    'competencies.update': { id: ids.competency, categoryId: ids.category, code: 'ZZ', nameFr: 'Compétence test' },
    'competencies.setArchived': { id: ids.competency, archived: true },
    'competencies.delete': { id: ids.competency, archiveInstead: true },
    'jobs.get': { id: ids.job },
    'jobs.create': job,
    'jobs.update': { id: ids.job, ...job },
    'jobs.setArchived': { id: ids.job, archived: true },
    'jobs.delete': { id: ids.job, archiveInstead: true },
    'staff.get': { id: ids.staff },
    'staff.create': staff,
    'staff.update': { id: ids.staff, ...staff },
    'staff.delete': { id: ids.staff },
    'grades.create': { nameFr: 'Grade test' },
    'grades.update': { id: ids.grade, nameFr: 'Grade test' },
    'grades.setArchived': { id: ids.grade, archived: true },
    ...directorySamples(ids),
    ...backupSamples(ids),
    ...reviewSamples(ids),
    ...planSamples(ids),
    ...traineeSamples(ids),
    ...catalogueSamples(ids),
    ...sessionSamples(ids),
    ...evaluationSamples(ids),
  };
}

/** The training plan's channels (the demo's adopted plan, one of its axes and actions). */
function planSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const plan = { year: 2031, titleFr: 'Plan test', periodStart: '2031-01-01', periodEnd: '2031-12-31' };
  const axis = { planId: ids.plan, titleFr: 'Axe test', changeNote: 'Test' };
  return {
    'plans.get': { id: ids.plan },
    'plans.create': plan,
    'plans.update': { id: ids.plan, ...plan, changeNote: 'Test' },
    'plans.delete': { id: ids.plan },
    'plans.setStatus': { id: ids.plan, status: 'in_execution' },
    'plans.adopt': { id: ids.plan, decisionReference: 'D-1', decisionDate: '2031-02-01' },
    'plans.versions': { id: ids.plan },
    'plans.compare': { id: ids.plan, from: 1, to: 1 },
    'plans.export': { year: new Date().getFullYear(), format: 'csv' },
    'sessions.participations': { year: new Date().getFullYear() },
    'axes.create': axis,
    'axes.update': { id: ids.axis, ...axis },
    'axes.delete': { id: ids.axis },
    'actions.propose': { planId: ids.plan, needIds: [ids.need] },
    'actions.create': { planId: ids.plan, titleFr: 'Action test' },
    'actions.update': { id: ids.action, planId: ids.plan, titleFr: 'Action test' },
    'actions.delete': { id: ids.action },
  };
}

/** Sessions, enrolment, attendance and attestations (the demo's open session and one of its enrolments). */
function sessionSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const session = { courseId: ids.course, titleFr: 'Session test', slots: [{ date: '2031-03-03', startTime: '09:00', endTime: '12:30' }] };
  return {
    'sessions.get': { id: ids.session },
    'sessions.propose': { actionId: ids.action },
    'sessions.conflicts': session,
    'sessions.create': session,
    'sessions.update': { id: ids.session, ...session },
    'sessions.delete': { id: ids.session },
    'sessions.setStatus': { id: ids.session, status: 'confirmed' },
    'sessions.addScan': {
      sessionId: ids.session,
      fileName: 'f.pdf',
      mimeType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
    },
    'sessions.getScan': { id: ids.scan },
    'sessions.deleteScan': { id: ids.scan },
    'enrolments.list': { sessionId: ids.session },
    'enrolments.candidates': { sessionId: ids.session },
    'enrolments.add': { sessionId: ids.session, participants: [{ traineeId: ids.trainee }] },
    'enrolments.setStatus': { ids: [ids.enrolment], status: 'cancelled' },
    'enrolments.setPassed': { id: ids.enrolment, passed: true },
    'enrolments.delete': { id: ids.enrolment },
    'attendance.grid': { sessionId: ids.session },
    'attendance.save': { sessionId: ids.session, marks: [{ enrolmentId: ids.enrolment, slotId: ids.slot, mark: 'present' }] },
    'attestations.issue': { sessionId: ids.session },
    // The demo made here has no keys at hand, so no attestation: a write is refused before looking it up.
    'attestations.revoke': { id: ids.enrolment, reason: 'Test' },
    'attestations.verify': { number: 'SAS-2026-0001', code: 'AAAA-BBBB-CCCC-DDDD' },
    'passports.get': { staffId: ids.staff },
  };
}

/** Questionnaires, rounds, answers, follow-ups and indicators (the demo's). */
function evaluationSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const questionnaire = {
    code: 'ZZ-TEST',
    kind: 'reaction',
    titleFr: 'Questionnaire test',
    questions: [{ type: 'yes_no', textFr: 'Utile ?' }],
  };
  return {
    'questionnaires.get': { id: ids.questionnaire },
    'questionnaires.create': questionnaire,
    'questionnaires.update': { id: ids.questionnaire, ...questionnaire },
    'questionnaires.publish': { id: ids.questionnaire },
    'questionnaires.newVersion': { id: ids.questionnaire },
    'questionnaires.archive': { id: ids.questionnaire },
    'rounds.list': { sessionId: ids.delivered },
    'rounds.schedule': { sessionId: ids.delivered },
    'rounds.update': { id: ids.round, questionnaireId: ids.questionnaire, dueDate: '2026-12-01', anonymous: true },
    'rounds.delete': { id: ids.round },
    'responses.sheets': { roundId: ids.round },
    'responses.save': { roundId: ids.round, sheets: [{ submittedOn: '2026-12-01', answers: [] }] },
    'responses.delete': { id: ids.response },
    'followUps.get': { enrolmentId: ids.attended, moment: 'follow_up_30' },
    'followUps.record': { enrolmentId: ids.attended, moment: 'follow_up_30', doneOn: '2026-01-01', decision: 'none' },
    'indicators.year': { year: 2026 },
    'results.list': { planId: ids.plan },
    'results.create': { planId: ids.plan, nameFr: 'Indicateur test' },
    'results.update': { id: ids.plan, planId: ids.plan, nameFr: 'Indicateur test' },
    'results.delete': { id: ids.plan },
    'results.addMeasurement': { indicatorId: ids.plan, date: '2026-01-01', value: 1, source: 'Registre' },
    'results.deleteMeasurement': { id: ids.plan },
    'roi.get': { actionId: ids.action },
    'roi.save': { actionId: ids.action, benefitsCentimes: 0, participantTimeCentimes: 0 },
    'sessions.report': { sessionId: ids.delivered },
    'annualReport.annex': { year: 2026 },
    'lessons.get': { year: 2026 },
    'lessons.save': { year: 2026, lessonsFr: 'Former les chefs d’abord.', lessonsAr: '' },
    'dashboard.year': { year: 2026 },
    'dashboard.records': { year: 2026, figure: 'staffTrained' },
  };
}

/** Association trainees: one of the demo's, and a new one with a phone (so with a consent date). */
function traineeSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const trainee = { organizationId: ids.organization, lastNameFr: 'Test', gender: 'f', phone: '06 00 00 00 00', consentDate: '2024-01-01' };
  return {
    'trainees.get': { id: ids.trainee },
    'trainees.create': trainee,
    'trainees.update': { id: ids.trainee, ...trainee },
    'trainees.setArchived': { id: ids.trainee, archived: true },
    'trainees.delete': { id: ids.trainee },
  };
}

/** The catalogue of trainings, trainers and venues (the demo's). */
function catalogueSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const course = { code: 'ZZ-FOR', titleFr: 'Formation test', competencies: [{ competencyId: ids.competency, targetLevel: 2 }] };
  const trainer = {
    kind: 'external',
    nameFr: 'Formateur test',
    shareConsent: true,
    consentDate: '2026-01-05',
    expertise: [ids.competency],
  };
  const venue = { nameFr: 'Salle test', quartierId: ids.quartier, capacity: 20 };
  return {
    'courses.get': { id: ids.course },
    'courses.create': course,
    'courses.update': { id: ids.course, ...course },
    'courses.setArchived': { id: ids.course, archived: true },
    'courses.delete': { id: ids.course, archiveInstead: true },
    'trainers.get': { id: ids.trainer },
    'trainers.create': trainer,
    'trainers.update': { id: ids.trainer, ...trainer },
    'trainers.setArchived': { id: ids.trainer, archived: true },
    'trainers.delete': { id: ids.trainer },
    'trainers.ofStaff': { staffId: ids.staff },
    'venues.get': { id: ids.venue },
    'venues.create': venue,
    'venues.update': { id: ids.venue, ...venue },
    'venues.setArchived': { id: ids.venue, archived: true },
    'venues.delete': { id: ids.venue },
    'catalogue.import': { content: '{}', dryRun: true },
  };
}

/** Competency reviews, the history, gaps and needs (the demo's open campaign, one of its reviews, an association's need). */
function reviewSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const campaign = { code: 'ZZ-2026', titleFr: 'Campagne test', periodStart: '2026-01-01', periodEnd: '2026-12-31' };
  const need = { population: 'association', organizationId: ids.organization, origin: 'survey', titleFr: 'Besoin test' };
  const staffFile = { fileName: 'a.csv', contentBase64: Buffer.from('matricule;nom;genre\nZ-1;Test;F\n').toString('base64') };
  const rows = { fileName: 'a.csv', contentBase64: Buffer.from('matricule;competence;niveau_retenu\n').toString('base64') };
  return {
    'referentiel.import': { content: '{}', dryRun: true },
    'staff.importPreview': staffFile,
    'staff.import': staffFile,
    'staff.export': { format: 'csv' },
    'campaigns.get': { id: ids.campaign },
    'campaigns.create': campaign,
    'campaigns.update': { id: ids.campaign, ...campaign },
    'campaigns.delete': { id: ids.campaign },
    'campaigns.open': { id: ids.campaign },
    'campaigns.close': { id: ids.campaign },
    'campaigns.reopen': { id: ids.campaign, reason: 'Une raison' },
    'campaigns.exportRatings': { id: ids.campaign, format: 'csv' },
    'campaigns.importRatings': { campaignCode: 'ZZ-2026', ...rows },
    'reviews.get': { id: ids.review },
    'reviews.save': { id: ids.review, state: 'rated', items: [] },
    'reviews.validate': { id: ids.review },
    'reviews.cancel': { id: ids.review, reason: 'Une raison' },
    'ratings.profile': { staffId: ids.staff },
    'ratings.record': {
      staffId: ids.staff,
      competencyId: ids.competency,
      level: 2,
      validFrom: '2026-01-01',
      source: 'evidence',
      reason: 'Constat',
    },
    'gaps.jobRanking': { jobId: ids.job },
    'needs.create': need,
    'needs.update': { id: ids.need, ...need },
    'needs.setState': { id: ids.need, state: 'qualified' },
  };
}

/** The backup channels that write (refused before any file is read, so the file names need not exist). */
function backupSamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  return {
    'backup.create': { passphrase: 'a long enough passphrase' },
    'backup.restore': { file: 'backup.sasbackup' },
    'recipients.create': { label: 'Partner', recipient: 'age1mh5sv0m5x48zqkg2spzqpyusl3ff0n8h87acyd4wztcer9g4j4ysazdyvc' },
    'recipients.delete': { id: ids.unit },
    'partners.import': { file: 'backup.sasbackup' },
    'partners.remove': { id: ids.unit },
    'backup.setReminder': { days: 7 },
  };
}

/** The directory's channels (one organisation, service, subsidy, term and criterion of the demo). */
function directorySamples(ids: ReturnType<typeof demoFile>['ids']): Partial<Record<Channel, unknown>> {
  const org = { organizationId: ids.organization };
  const file = { fileName: 'a.csv', contentBase64: Buffer.from('nom_fr\nAssociation test\n').toString('base64') };
  return {
    'organizations.get': { id: ids.organization },
    'organizations.create': { nameFr: 'Association test' },
    'organizations.update': { id: ids.organization, nameFr: 'Association test' },
    'organizations.verify': { id: ids.organization },
    'organizations.setArchived': { id: ids.organization, archived: true },
    'organizations.delete': { id: ids.organization, archiveInstead: true },
    'organizations.merge': { keepId: ids.organization, mergeId: ids.organization },
    'services.list': org,
    'services.create': { ...org, nameFr: 'Service test' },
    'services.update': { id: ids.service, ...org, nameFr: 'Service test' },
    'services.delete': { id: ids.service },
    'partnerships.list': org,
    'partnerships.create': org,
    'partnerships.update': { id: ids.service, ...org },
    'partnerships.delete': { id: ids.service },
    'subsidies.create': { ...org, year: 2025, requestedCentimes: 100 },
    'subsidies.update': { id: ids.subsidy, ...org, year: 2025, requestedCentimes: 100 },
    'subsidies.delete': { id: ids.subsidy },
    'subsidies.totals': { by: 'year' },
    'terms.create': { kind: 'domain', nameFr: 'Test' },
    'terms.update': { id: ids.term, nameFr: 'Test' },
    'terms.setArchived': { id: ids.term, archived: true },
    'criteria.create': { nameFr: 'Test' },
    'criteria.update': { id: ids.criterion, nameFr: 'Test' },
    'criteria.setArchived': { id: ids.criterion, archived: true },
    'checks.list': org,
    'checks.set': { ...org, criterionId: ids.criterion, met: true, checkedOn: '2025-01-01' },
    'directory.importPreview': file,
    'directory.import': file,
    'directory.export': { format: 'hsds' },
  };
}

const TABLES = [
  'settings',
  'audit_log',
  'org_units',
  'competency_categories',
  'competencies',
  'proficiency_levels',
  'job_profiles',
  'job_requirements',
  'staff',
  'staff_search',
];
const snapshot = (ctx: DataContext) => Object.fromEntries(TABLES.map((t) => [t, count(ctx, t)]));

describe('the dispatcher', () => {
  it('answers an unknown channel with invalid_input', () => {
    const ctx = openTemp();
    expect(dispatch('staff.drop', {}, ctx)).toEqual({ ok: false, error: { code: 'invalid_input', messageKey: 'errors.unknownChannel' } });
    expect(dispatch('toString', {}, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers bad input with field issues the interface can translate', () => {
    const ctx = openTemp();
    const error = refusal(ctx, 'staff.create', { matricule: 'a b', gender: 'x', email: 'not-an-email', hireDate: '2024-02-30', limit: 3 });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['email', 'gender', 'hireDate', 'matricule']);
    for (const issue of error.issues ?? []) expect(issue.message).toMatch(/^errors\.[A-Za-z]+$/);
    // Cross-field rules speak once the fields themselves are valid.
    expect(refusal(ctx, 'staff.create', { matricule: 'A1', gender: 'f', status: 'left' }).issues).toEqual([
      { path: 'lastNameFr', message: 'errors.nameOneLanguage' },
      { path: 'leftDate', message: 'errors.leftDateRequired' },
    ]);
    expect(count(ctx, 'staff')).toBe(0);
  });

  it('refuses control characters and half characters in texts, keeping tabs and line breaks in long ones', () => {
    const ctx = openTemp();
    const staff = (fields: object) => dispatch('staff.create', { matricule: 'A1', gender: 'f', lastNameFr: 'Benali', ...fields }, ctx);
    for (const bad of ['Ben\u0000ali', 'Ben\u0001ali', 'Ben\nali', 'Ben\tali', 'Ben\u007fali', 'Ben\uD800ali', 'Ben\uFFFEali']) {
      expect(staff({ lastNameFr: bad }), JSON.stringify(bad)).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: 'lastNameFr', message: 'errors.controlCharacter' }] },
      });
    }
    expect(staff({ notes: 'a\u0000b' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'notes', message: 'errors.controlCharacter' }] },
    });
    expect(count(ctx, 'staff')).toBe(0);
    // A whole character outside the BMP is not half of one; a long text keeps its layout.
    expect(staff({ lastNameFr: 'Benali 😀', notes: 'ligne 1\r\n\tligne 2' })).toMatchObject({ ok: true });
    expect(ctx.sqlite.prepare('SELECT notes FROM staff').get()).toEqual({ notes: 'ligne 1\r\n\tligne 2' });
  });

  it('answers an input it cannot even read (throwing getters, proxies) with invalid_input', async () => {
    const ctx = openTemp();
    const getter = Object.defineProperty({ gender: 'f' }, 'matricule', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const input of [getter, trap, revoked.proxy]) {
      expect(dispatch('staff.create', input, ctx)).toEqual({
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: '', message: 'errors.invalidValue' }] },
      });
    }
    // A list reads only the fields it knows: the proxies fail it too, the getter of another field does not.
    for (const input of [trap, revoked.proxy]) {
      expect(await dispatchAsync('staff.list', input, ctx)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(count(ctx, 'staff')).toBe(0);
  });

  it('refuses every write channel on a read-only dataset, leaving the file and its records as they were', () => {
    const { file, ids } = demoFile();
    const before = bytes(file);
    const ctx = track(openAppDatabase(file, { readOnly: true, dataset: 'partner-1' }));
    const records = snapshot(ctx);
    const sample = samples(ids);
    expect(WRITE_CHANNELS.length).toBeGreaterThan(20);
    for (const channel of WRITE_CHANNELS) {
      const input = sample[channel] ?? {};
      expect(contract[channel].input.safeParse(input).success, `sample input of ${channel}`).toBe(true);
      for (const attempt of [input, { nonsense: true }]) {
        expect(dispatch(channel, attempt, ctx), channel).toEqual({
          ok: false,
          error: { code: 'read_only', messageKey: 'errors.readOnly' },
        });
      }
    }
    expect(snapshot(ctx)).toEqual(records);
    ctx.sqlite.close();
    expect(bytes(file).equals(before)).toBe(true);
  });

  it('answers every read channel on a read-only dataset', async () => {
    const { file, ids } = demoFile();
    const ctx = track(openAppDatabase(file, { readOnly: true }));
    const sample = samples(ids);
    for (const channel of READ_CHANNELS) {
      // Some read channels read files (import preview, export): the async dispatcher serves both kinds.
      const result = await dispatchAsync(channel, sample[channel] ?? {}, ctx);
      expect(result.ok, `${channel}: ${JSON.stringify(result.ok ? '' : result.error)}`).toBe(true);
    }
    expect(call(ctx, 'app.info', {})).toMatchObject({ readOnly: true, isEmpty: false });
    expect(call(ctx, 'staff.list', { limit: 5 }).total).toBeGreaterThan(400);
  });

  it('sends only the fields of the contract: internal columns never leave the data core', () => {
    const { file, ids } = demoFile();
    const ctx = track(openAppDatabase(file));
    const member = call(ctx, 'staff.get', { id: ids.staff });
    expect(Object.keys(member).sort()).toEqual(Object.keys(contract['staff.get'].output.shape).sort());
    expect(member).not.toHaveProperty('sortNameFr');

    const leaky = { ...handlers, 'staff.get': () => ({ ...member, sortNameFr: 'x', passwordHash: 'y' }) } as typeof handlers;
    const result = dispatch('staff.get', { id: ids.staff }, ctx, leaky);
    expect(result.ok && Object.keys(result.value as object)).not.toContain('sortNameFr');
    expect(result.ok && Object.keys(result.value as object)).not.toContain('passwordHash');
  });

  it('turns an unexpected failure into `internal` without its message', () => {
    const ctx = openTemp();
    const broken = {
      ...handlers,
      'units.list': () => {
        throw new Error('SQLITE_IOERR at /home/secret/path');
      },
    } as typeof handlers;
    const wrongShape = { ...handlers, 'units.list': () => [{ id: 42 }] } as unknown as typeof handlers;
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(dispatch('units.list', {}, ctx, broken)).toEqual({ ok: false, error: { code: 'internal' } });
      expect(dispatch('units.list', {}, ctx, wrongShape)).toEqual({ ok: false, error: { code: 'internal' } });
    } finally {
      console.error = quiet;
    }
  });

  it('tells the caller which tables a write changed', () => {
    const ctx = openTemp();
    expect(dispatch('units.create', { kind: 'direction', nameFr: 'DGS' }, ctx)).toMatchObject({ ok: true, changed: ['units', 'auditLog'] });
    expect(dispatch('units.list', {}, ctx)).not.toHaveProperty('changed');
  });
});
