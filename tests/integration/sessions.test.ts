import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, count, openTemp, refusal, sas, tempDir } from './helpers';
import { sessionCase } from './session-fixture';

describe('a session', () => {
  it('gets a code from its course, computes its hours and half-days, and lists in the period of its slots', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04'], {
      slots: [
        { date: '2026-05-04', startTime: '09:00', endTime: '12:30' },
        { date: '2026-05-04', startTime: '14:00', endTime: '17:00' },
        { date: '2026-05-05', startTime: '09:00', endTime: '16:00' },
      ],
    });
    expect(s.code).toBe('K1-S1');
    expect(s.slots.map((x) => [x.hours, x.part])).toEqual([
      [3.5, 'morning'],
      [3, 'afternoon'],
      [7, 'day'],
    ]);
    expect(s.hours).toBe(13.5);
    expect(k.session(['2026-06-01']).code).toBe('K1-S2');
    // Left without a title, a session takes its course's (its action's, in a plan).
    expect(k.session(['2026-07-01'], { titleFr: '', titleAr: '' })).toMatchObject({ titleFr: 'Écoute active', titleAr: 'الإنصات الفعال' });
    expect(call(ctx, 'sessions.list', { from: '2026-05-01', to: '2026-05-31' }).map((r) => r.code)).toEqual(['K1-S1']);
    expect(call(ctx, 'sessions.list', { outsidePlan: true })).toHaveLength(3);
  });

  it('refuses overlapping slots, an end before the start and a code already used, with the field named', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const base = { courseId: k.courseId, titleFr: 'X' };
    expect(
      refusal(ctx, 'sessions.create', {
        ...base,
        slots: [
          { date: '2026-05-04', startTime: '09:00', endTime: '12:00' },
          { date: '2026-05-04', startTime: '11:00', endTime: '13:00' },
        ],
      }).issues,
    ).toEqual([{ path: 'slots.1.startTime', message: 'errors.session.slotsOverlap' }]);
    expect(
      refusal(ctx, 'sessions.create', { ...base, slots: [{ date: '2026-05-04', startTime: '12:00', endTime: '09:00' }] }).issues?.[0],
    ).toMatchObject({
      path: 'slots.0.endTime',
    });
    k.session(['2026-05-04'], { code: 'ECO-1' });
    expect(
      refusal(ctx, 'sessions.create', { ...base, code: 'ECO-1', slots: [{ date: '2026-05-06', startTime: '09:00', endTime: '10:00' }] })
        .issues,
    ).toEqual([{ path: 'code', message: 'errors.session.codeTaken' }]);
    expect(count(ctx, 'training_sessions')).toBe(1);
  });

  it('moves through its states by the rules: delivered needs the attendance, closed needs every outcome', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04', '2026-05-05']);
    expect(refusal(ctx, 'sessions.setStatus', { id: s.id, status: 'closed' }).messageKey).toBe('errors.session.transition');
    expect(refusal(ctx, 'sessions.setStatus', { id: s.id, status: 'cancelled' }).issues?.[0]?.message).toBe('errors.reasonRequired');
    for (const status of ['open', 'confirmed', 'in_progress'] as const) call(ctx, 'sessions.setStatus', { id: s.id, status });
    const { enrolments } = call(ctx, 'enrolments.add', {
      sessionId: s.id,
      participants: [{ staffId: k.amal.id }, { traineeId: k.nadia.id }],
    });
    const ids = enrolments.map((e) => e.id);
    call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef' });
    call(ctx, 'enrolments.setStatus', { ids: [ids[0]!], status: 'booked' });
    expect(refusal(ctx, 'sessions.setStatus', { id: s.id, status: 'delivered' }).messageKey).toBe('errors.session.attendanceIncomplete');
    const slots = s.slots.map((x) => x.id);
    call(ctx, 'attendance.save', {
      sessionId: s.id,
      marks: slots.map((slotId) => ({ enrolmentId: ids[0]!, slotId, mark: 'present' as const })),
    });
    expect(call(ctx, 'sessions.setStatus', { id: s.id, status: 'delivered' }).status).toBe('delivered');
    // Nadia was approved but never booked: no outcome yet, so the session cannot close.
    expect(refusal(ctx, 'sessions.setStatus', { id: s.id, status: 'closed' }).messageKey).toBe('errors.session.pendingOutcomes');
    call(ctx, 'enrolments.setStatus', { ids: [ids[1]!], status: 'cancelled', reason: 'Indisponible' });
    expect(call(ctx, 'sessions.setStatus', { id: s.id, status: 'closed' }).status).toBe('closed');
    expect(
      refusal(ctx, 'sessions.update', {
        id: s.id,
        courseId: k.courseId,
        titleFr: 'Y',
        slots: [{ date: '2026-05-04', startTime: '09:00', endTime: '10:00' }],
      }).messageKey,
    ).toBe('errors.session.locked');
  });

  it('keeps the marks of the slots the form sends back and cannot be deleted once attended', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04', '2026-05-05'], { maxCapacity: 5 });
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
    const [e] = call(ctx, 'enrolments.add', { sessionId: s.id, participants: [{ staffId: k.amal.id }] }).enrolments;
    call(ctx, 'enrolments.setStatus', { ids: [e!.id], status: 'approved', decidedBy: '' });
    call(ctx, 'enrolments.setStatus', { ids: [e!.id], status: 'booked' });
    call(ctx, 'attendance.save', { sessionId: s.id, marks: [{ enrolmentId: e!.id, slotId: s.slots[0]!.id, mark: 'late' }] });
    const updated = call(ctx, 'sessions.update', {
      id: s.id,
      courseId: k.courseId,
      titleFr: 'Écoute active',
      maxCapacity: 5,
      slots: [{ id: s.slots[0]!.id, date: '2026-05-04', startTime: '09:00', endTime: '12:30' }],
    });
    expect(updated.slots).toHaveLength(1);
    expect(call(ctx, 'attendance.grid', { sessionId: s.id }).rows[0]).toMatchObject({
      marks: ['late'],
      hoursAttended: 3.5,
      attendanceRate: 1,
    });
    expect(refusal(ctx, 'sessions.delete', { id: s.id }).messageKey).toBe('errors.session.hasAttendance');
  });
});

describe('enrolment', () => {
  it('books while places are free, then waitlists, and a freed place moves the first waiting person up', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04'], { maxCapacity: 2 });
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
    const people = [{ staffId: k.amal.id }, { staffId: k.badr.id }, { traineeId: k.nadia.id }, { traineeId: k.omar.id }];
    const ids = call(ctx, 'enrolments.add', { sessionId: s.id, participants: people }).enrolments.map((e) => [e.nameFr, e.id] as const);
    const id = (name: string) => ids.find(([n]) => n.startsWith(name))![1];
    call(ctx, 'enrolments.setStatus', { ids: ids.map(([, i]) => i), status: 'approved', decidedBy: 'Chef' });
    const order = [id('Amal'), id('Badr'), id('Nadia'), id('Omar')];
    const booked = call(ctx, 'enrolments.setStatus', { ids: order, status: 'booked' });
    expect(booked.waitlisted.map((p) => p.nameFr)).toEqual(['Nadia Y', 'Omar Y']);
    const byName = (list: typeof booked.enrolments) => Object.fromEntries(list.map((e) => [e.nameFr, [e.status, e.waitlistPosition]]));
    expect(byName(booked.enrolments)).toEqual({
      'Amal X': ['booked', null],
      'Badr X': ['booked', null],
      'Nadia Y': ['waitlisted', 1],
      'Omar Y': ['waitlisted', 2],
    });
    expect(call(ctx, 'sessions.get', { id: s.id }).conflicts).toContain('full');
    const freed = call(ctx, 'enrolments.setStatus', { ids: [id('Badr')], status: 'cancelled', reason: 'Congé' });
    expect(freed.promoted.map((p) => p.nameFr)).toEqual(['Nadia Y']);
    expect(byName(freed.enrolments)['Omar Y']).toEqual(['waitlisted', 1]);
    // One more place: Omar moves up too.
    call(ctx, 'sessions.update', { id: s.id, courseId: k.courseId, titleFr: 'Écoute active', maxCapacity: 3, slots: s.slots });
    expect(byName(call(ctx, 'enrolments.list', { sessionId: s.id }))['Omar Y']).toEqual(['booked', null]);
  });

  it('refuses to book someone not approved, a decline without a reason, and booking when full without a waiting list', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04'], { maxCapacity: 1, waitlist: false });
    const [a, b] = call(ctx, 'enrolments.add', {
      sessionId: s.id,
      participants: [{ staffId: k.amal.id }, { staffId: k.badr.id }],
    }).enrolments;
    expect(refusal(ctx, 'enrolments.setStatus', { ids: [a!.id], status: 'booked' }).messageKey).toBe('errors.enrolment.cannot.booked');
    expect(refusal(ctx, 'enrolments.setStatus', { ids: [a!.id], status: 'declined' }).issues?.[0]?.message).toBe('errors.reasonRequired');
    call(ctx, 'enrolments.setStatus', { ids: [a!.id, b!.id], status: 'approved', decidedBy: 'Chef' });
    call(ctx, 'enrolments.setStatus', { ids: [a!.id], status: 'booked' });
    expect(refusal(ctx, 'enrolments.setStatus', { ids: [b!.id], status: 'booked' }).messageKey).toBe('errors.enrolment.full');
    // The approver offered is the head of the person's unit, or of the nearest unit above.
    expect(call(ctx, 'enrolments.list', { sessionId: s.id }).every((e) => e.approverFr === '')).toBe(true);
  });

  it('offers the people whose needs the action covers, once each, not those already enrolled', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c1.id,
      level: 1,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    call(ctx, 'ratings.record', {
      staffId: k.badr.id,
      competencyId: k.c1.id,
      level: 2,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    ctx.sqlite
      .prepare('INSERT INTO course_competencies (course_id, competency_id, target_level) VALUES (?, ?, 3)')
      .run(k.courseId, k.c1.id);
    const s = k.session(['2026-05-04']);
    const candidates = call(ctx, 'enrolments.candidates', { sessionId: s.id });
    expect(candidates.map((c) => [c.nameFr, c.gap])).toEqual([
      ['Amal X', 2],
      ['Badr X', 1],
    ]);
    call(ctx, 'enrolments.add', { sessionId: s.id, participants: [{ staffId: k.amal.id, needId: candidates[0]!.needId }] });
    expect(call(ctx, 'enrolments.candidates', { sessionId: s.id }).map((c) => c.nameFr)).toEqual(['Badr X']);
  });
});

describe('enrolment from an action', () => {
  it('does not offer someone placed in another session of the same action, until they cancel', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    for (const [person, level] of [
      [k.amal, 1],
      [k.badr, 2],
    ] as const)
      call(ctx, 'ratings.record', {
        staffId: person.id,
        competencyId: k.c1.id,
        level,
        validFrom: '2026-03-10',
        source: 'evidence',
        reason: 'Constat',
      });
    const plan = call(ctx, 'plans.create', { year: 2026, titleFr: 'Plan 2026', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const needIds = call(ctx, 'needs.list', {}).map((n) => n.id);
    const action = call(ctx, 'actions.create', { planId: plan.id, titleFr: 'Écoute', courseId: k.courseId, needIds }).actionList[0]!;
    const s1 = k.session(['2026-05-04'], { actionId: action.id });
    const s2 = k.session(['2026-06-04'], { actionId: action.id });
    expect([s1.code, s2.code]).toEqual([`${action.code || 'K1'}-S1`, `${action.code || 'K1'}-S2`]);
    const offered = (id: string) => call(ctx, 'enrolments.candidates', { sessionId: id }).map((c) => c.nameFr);
    expect(offered(s2.id)).toEqual(['Amal X', 'Badr X']);
    const [amal] = call(ctx, 'enrolments.add', { sessionId: s1.id, participants: [{ staffId: k.amal.id }] }).enrolments;
    expect(offered(s2.id)).toEqual(['Badr X']);
    call(ctx, 'enrolments.setStatus', { ids: [amal!.id], status: 'cancelled', reason: 'Mission' });
    expect(offered(s2.id)).toEqual(['Amal X', 'Badr X']);
  });
});

describe('conflicts', () => {
  it('says when a trainer, the venue or a participant is in two sessions at once, and when the venue is too small', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const first = k.session(['2026-05-04']);
    call(ctx, 'enrolments.add', { sessionId: first.id, participants: [{ staffId: k.amal.id }] });
    const draft = {
      courseId: k.courseId,
      titleFr: 'Autre',
      venueId: k.venue.id,
      trainerIds: [k.tarik.id, k.reseau.id],
      maxCapacity: 12,
      slots: [{ date: '2026-05-04', startTime: '11:00', endTime: '13:00' }],
    };
    const kinds = (list: { kind: string; nameFr: string; otherCode: string }[]) =>
      list.map((c) => `${c.kind}:${c.nameFr}:${c.otherCode}`).sort();
    // The Réseau may double-book: only Tarik is flagged.
    expect(kinds(call(ctx, 'sessions.conflicts', draft))).toEqual([
      'trainer:Tarik Benali:K1-S1',
      'venue:Salle polyvalente:K1-S1',
      'venueTooSmall:Salle polyvalente:',
    ]);
    const second = call(ctx, 'sessions.create', draft);
    call(ctx, 'enrolments.add', { sessionId: second.id, participants: [{ staffId: k.amal.id }] });
    const detail = call(ctx, 'sessions.get', { id: second.id });
    expect(kinds(detail.conflictDetails)).toContain('participant:Amal X:K1-S1');
    expect(call(ctx, 'enrolments.list', { sessionId: second.id })[0]!.conflicts.map((c) => c.otherCode)).toEqual(['K1-S1']);
    expect(call(ctx, 'sessions.list', {}).map((r) => [r.code, [...r.conflicts].sort()])).toEqual([
      ['K1-S1', ['participant', 'trainer', 'venue']],
      ['K1-S2', ['participant', 'trainer', 'venue', 'venueTooSmall']],
    ]);
    // Touching slots (12:30 then 12:30) are no conflict; a cancelled session holds no time.
    expect(
      call(ctx, 'sessions.conflicts', {
        ...draft,
        id: second.id,
        maxCapacity: 5,
        slots: [{ date: '2026-05-04', startTime: '12:30', endTime: '14:00' }],
      }),
    ).toEqual([]);
    call(ctx, 'sessions.setStatus', { id: first.id, status: 'cancelled', reason: 'Formateur malade' });
    expect(call(ctx, 'sessions.conflicts', { ...draft, id: second.id, maxCapacity: 5 })).toEqual([]);
  });
});

describe('attendance', () => {
  it('computes hours from present and late marks and gives each person an outcome once every slot is marked', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07']);
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
    const people = [{ staffId: k.amal.id }, { staffId: k.badr.id }, { traineeId: k.nadia.id }];
    const ids = call(ctx, 'enrolments.add', { sessionId: s.id, participants: people }).enrolments.map((e) => e.id);
    call(ctx, 'enrolments.setStatus', { ids, status: 'approved', decidedBy: 'Chef' });
    call(ctx, 'enrolments.setStatus', { ids, status: 'booked' });
    const grid = call(ctx, 'attendance.grid', { sessionId: s.id });
    const row = (name: string) => grid.rows.find((r) => r.nameFr.startsWith(name))!.enrolmentId;
    const marks = (name: string, list: ('present' | 'late' | 'excused' | 'absent')[]) =>
      list.map((mark, i) => ({ enrolmentId: row(name), slotId: grid.slots[i]!.id, mark }));
    const after = call(ctx, 'attendance.save', {
      sessionId: s.id,
      marks: [
        ...marks('Amal', ['present', 'late', 'present', 'present']),
        ...marks('Badr', ['present', 'absent', 'excused', 'present']),
        ...marks('Nadia', ['excused', 'excused', 'excused']),
      ],
    });
    const by = Object.fromEntries(after.rows.map((r) => [r.nameFr, [r.status, r.hoursAttended, r.attendanceRate]]));
    expect(by).toEqual({ 'Amal X': ['attended_full', 14, 1], 'Badr X': ['attended_partial', 7, 0.5], 'Nadia Y': ['booked', 0, 0] });
    // Clearing a mark takes the outcome back until the row is complete again.
    call(ctx, 'attendance.save', { sessionId: s.id, marks: [{ enrolmentId: row('Amal'), slotId: grid.slots[3]!.id, mark: null }] });
    expect(call(ctx, 'enrolments.list', { sessionId: s.id }).find((e) => e.nameFr === 'Amal X')!.status).toBe('booked');
    expect(call(ctx, 'sessions.get', { id: s.id }).missingMarks).toBe(2);
  });

  it('refuses marks for someone without a place and on a closed session', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04']);
    call(ctx, 'sessions.setStatus', { id: s.id, status: 'open' });
    const [e] = call(ctx, 'enrolments.add', { sessionId: s.id, participants: [{ staffId: k.amal.id }] }).enrolments;
    expect(
      refusal(ctx, 'attendance.save', { sessionId: s.id, marks: [{ enrolmentId: e!.id, slotId: s.slots[0]!.id, mark: 'present' }] })
        .messageKey,
    ).toBe('errors.attendance.notSeated');
    expect(count(ctx, 'attendance')).toBe(0);
  });
});

describe('scans of the signed sheet', () => {
  it('keeps a PDF in the database and refuses a file that is not what it says', () => {
    const ctx = openTemp();
    const k = sessionCase(ctx);
    const s = k.session(['2026-05-04']);
    const pdf = Buffer.from('%PDF-1.4\n% scan\n').toString('base64');
    const withScan = call(ctx, 'sessions.addScan', {
      sessionId: s.id,
      fileName: 'feuille.pdf',
      mimeType: 'application/pdf',
      contentBase64: pdf,
    });
    expect(withScan.scans.map((x) => x.fileName)).toEqual(['feuille.pdf']);
    expect(call(ctx, 'sessions.getScan', { id: withScan.scans[0]!.id }).contentBase64).toBe(pdf);
    const png = Buffer.from('not a png').toString('base64');
    expect(
      refusal(ctx, 'sessions.addScan', { sessionId: s.id, fileName: 'x.png', mimeType: 'image/png', contentBase64: png }).messageKey,
    ).toBe('errors.scan.type');
    expect(count(ctx, 'session_scans')).toBe(1);
  });
});

describe('the demo', () => {
  it('delivers the plan in part: attended sessions with attestations, open ones with a waiting list, one cancelled, one conflict', () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    expect(sas('demo', '--db', file).code).toBe(0);
    const ctx = openTemp(file, { readOnly: true });
    const sessions = call(ctx, 'sessions.list', {});
    const byStatus = (status: string) => sessions.filter((s) => s.status === status);
    const attended = [...byStatus('delivered'), ...byStatus('closed')];
    expect(attended.length).toBeGreaterThan(0);
    // A session already delivered has nothing left to avoid: full or not, it carries no marker.
    expect(attended.flatMap((s) => s.conflicts)).toEqual([]);
    const first = call(ctx, 'enrolments.list', { sessionId: attended[0]!.id });
    expect(first.some((e) => e.status === 'attended_full' && e.attestation?.number.startsWith('SAS-'))).toBe(true);
    expect(sessions.some((s) => s.status === 'open' && s.waitlisted > 0)).toBe(true);
    const cancelled = byStatus('cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    for (const c of cancelled) expect(call(ctx, 'sessions.get', { id: c.id }).statusReason).not.toBe('');
    // The dashboards have association workers trained and money spent to show: held sessions carry their costs.
    const attendedBy = attended
      .flatMap((s) => call(ctx, 'enrolments.list', { sessionId: s.id }))
      .filter((e) => e.status.startsWith('attended'));
    expect(attendedBy.some((e) => e.traineeId)).toBe(true);
    expect(attended.every((s) => call(ctx, 'sessions.get', { id: s.id }).costs.length > 0)).toBe(true);
    const outside = sessions.find((s) => s.actionId === null)!;
    expect(outside.conflicts).toContain('trainer');
  });
});
