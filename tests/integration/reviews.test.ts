import { describe, expect, it } from 'vitest';
import { call, count, openTemp, refusal } from './helpers';
import { reviewCase } from './review-fixture';

const openCampaign = (ctx: ReturnType<typeof openTemp>, extra: Record<string, unknown> = {}) => {
  const c = call(ctx, 'campaigns.create', {
    code: 'BC-2026',
    titleFr: 'Bilan 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    ...extra,
  });
  return call(ctx, 'campaigns.open', { id: c.id });
};

describe('review campaigns', () => {
  it('freeze who is reviewed and what their job required when they open', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const campaign = openCampaign(ctx);
    expect(campaign.status).toBe('open');
    expect(campaign.reviews.map((r) => r.matricule).sort()).toEqual(['A-1', 'B-2', 'C-3']);
    expect(campaign.counts.not_started).toBe(3);
    const amal = campaign.reviews.find((r) => r.matricule === 'A-1')!;

    // The job sheet changes after opening: the review in progress keeps what was required.
    call(ctx, 'jobs.update', {
      id: k.job.id,
      code: 'AS-01',
      titleFr: 'Assistant social',
      requirements: [{ competencyId: k.c1.id, requiredLevel: 4, importance: 'essential' }],
    });
    const review = call(ctx, 'reviews.get', { id: amal.id });
    expect(review.items.map((i) => [i.code, i.requiredLevel, i.importance])).toEqual([
      [k.c1.code, 3, 'essential'],
      [k.c2.code, 2, 'important'],
      [k.c3.code, 2, 'useful'],
    ]);
    // Once open, the scope is frozen; a closed campaign is locked; reopening asks for a reason.
    expect(
      refusal(ctx, 'campaigns.update', {
        id: campaign.id,
        code: 'BC-2026',
        titleFr: 'Bilan 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        scope: 'units',
        unitIds: [k.srv.id],
      }).messageKey,
    ).toBe('errors.campaignScopeFrozen');
    call(ctx, 'campaigns.close', { id: campaign.id });
    expect(call(ctx, 'reviews.get', { id: amal.id }).locked).toBe(true);
    expect(refusal(ctx, 'reviews.save', { id: amal.id, state: 'rated', items: [] }).messageKey).toBe('errors.campaignClosed');
    expect(refusal(ctx, 'campaigns.reopen', { id: campaign.id, reason: '' }).code).toBe('invalid_input');
    expect(call(ctx, 'campaigns.reopen', { id: campaign.id, reason: 'Oubli de deux agents' }).status).toBe('open');
  });

  it('of chosen units review their members and those of the units below them', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const campaign = openCampaign(ctx, { scope: 'units', unitIds: [k.dir.id] });
    expect(campaign.total).toBe(3);
    const c2 = call(ctx, 'campaigns.create', {
      code: 'BC-SRV',
      titleFr: 'Bilan du service',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      scope: 'units',
      unitIds: [k.srv.id],
    });
    expect(call(ctx, 'campaigns.open', { id: c2.id }).reviews.map((r) => r.matricule)).toEqual(['B-2', 'C-3']);
  });

  it('show a review as overdue once its step is due and not reached', () => {
    const ctx = openTemp();
    reviewCase(ctx);
    const campaign = openCampaign(ctx, { selfDue: '2000-01-10', managerDue: '2999-01-01' });
    expect(campaign.overdue).toBe(3);
    expect(new Set(campaign.reviews.map((r) => r.overdue))).toEqual(new Set(['self']));
    expect(call(ctx, 'campaigns.list', {})[0]!.overdue).toBe(3);
  });
});

describe('validating a review', () => {
  it('needs an agreed level per competency, a reason where it differs from the manager, and writes the history', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const campaign = openCampaign(ctx);
    const id = campaign.reviews.find((r) => r.matricule === 'A-1')!.id;
    expect(refusal(ctx, 'reviews.validate', { id }).messageKey).toBe('errors.agreedLevelMissing');
    const items = [
      { competencyId: k.c1.id, selfLevel: 3, managerLevel: 2, agreedLevel: 2 },
      { competencyId: k.c2.id, selfLevel: 2, managerLevel: 2, agreedLevel: 2 },
      { competencyId: k.c3.id, selfLevel: 4, managerLevel: 2, agreedLevel: 3 },
    ];
    call(ctx, 'reviews.save', { id, state: 'discussed', interviewDate: '2026-03-10', items });
    const refused = refusal(ctx, 'reviews.validate', { id });
    expect(refused.messageKey).toBe('errors.justificationRequired');
    expect(refused.issues).toEqual([{ path: 'items.2.justification', message: 'errors.justificationRequired' }]);
    expect(count(ctx, 'competency_ratings')).toBe(0);

    items[2] = { ...items[2]!, justification: 'Anime les réunions de quartier' } as (typeof items)[number];
    call(ctx, 'reviews.save', { id, state: 'discussed', interviewDate: '2026-03-10', items });
    const validated = call(ctx, 'reviews.validate', { id });
    expect(validated.state).toBe('validated');
    expect(validated.locked).toBe(true);
    const profile = call(ctx, 'ratings.profile', { staffId: k.amal.id });
    expect(profile.competencies.map((c) => [c.code, c.required, c.level, c.gap])).toEqual([
      [k.c1.code, 3, 2, 1],
      [k.c2.code, 2, 2, 0],
      [k.c3.code, 2, 3, 0],
    ]);
    expect(profile.competencies[0]!.timeline).toMatchObject([
      { level: 2, validFrom: '2026-03-10', validTo: null, source: 'review', campaignCode: 'BC-2026' },
    ]);
    expect(profile.reviews).toMatchObject([{ campaignCode: 'BC-2026', state: 'validated' }]);
    // A validated review is locked.
    expect(refusal(ctx, 'reviews.save', { id, state: 'rated', items }).messageKey).toBe('errors.reviewLocked');
  });

  it('adds a competency outside the job sheet and cancels with a reason', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const campaign = openCampaign(ctx);
    const chama = campaign.reviews.find((r) => r.matricule === 'C-3')!.id;
    const r = call(ctx, 'reviews.save', { id: chama, state: 'rated', items: [{ competencyId: k.c1.id, managerLevel: 3, agreedLevel: 3 }] });
    expect(r.items).toMatchObject([{ code: k.c1.code, requiredLevel: null, agreedLevel: 3 }]);
    call(ctx, 'reviews.validate', { id: chama, validFrom: '2026-04-01' });
    expect(call(ctx, 'ratings.profile', { staffId: k.chama.id }).competencies).toMatchObject([
      { code: k.c1.code, required: null, level: 3, gap: null },
    ]);
    const badr = campaign.reviews.find((r) => r.matricule === 'B-2')!.id;
    expect(call(ctx, 'reviews.cancel', { id: badr, reason: 'Congé de longue durée' }).state).toBe('cancelled');
  });
});

describe('the competency history', () => {
  it('is append-only: a correction is a new row that closes the previous one, a back-dated row slots in', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const rec = (level: number, validFrom: string, source: 'evidence' | 'correction', reason: string) =>
      call(ctx, 'ratings.record', { staffId: k.amal.id, competencyId: k.c1.id, level, validFrom, source, reason });
    rec(2, '2026-03-10', 'evidence', 'Observation en situation');
    rec(4, '2026-06-01', 'correction', 'Erreur de saisie corrigée');
    const profile = rec(1, '2025-01-01', 'evidence', 'Ancienne attestation');
    const timeline = profile.competencies.find((c) => c.code === k.c1.code)!.timeline;
    expect(timeline.map((t) => [t.level, t.validFrom, t.validTo, t.source])).toEqual([
      [4, '2026-06-01', null, 'correction'],
      [2, '2026-03-10', '2026-06-01', 'evidence'],
      [1, '2025-01-01', '2026-03-10', 'evidence'],
    ]);
    expect(timeline.every((t) => t.recordedBy === 'Samira Alaoui')).toBe(true);
    expect(
      refusal(ctx, 'ratings.record', {
        staffId: k.amal.id,
        competencyId: k.c1.id,
        level: 3,
        validFrom: '2026-07-01',
        source: 'correction',
        reason: '',
      }).code,
    ).toBe('invalid_input');
    expect(
      refusal(ctx, 'ratings.record', {
        staffId: k.amal.id,
        competencyId: k.c1.id,
        level: 5,
        validFrom: '2026-07-01',
        source: 'evidence',
        reason: 'Trop haut',
      }).messageKey,
    ).toBe('errors.levelOutOfScale');
    expect(count(ctx, 'competency_ratings')).toBe(3);
  });
});

describe('gaps', () => {
  const rate = (ctx: ReturnType<typeof openTemp>, staffId: string, competencyId: string, level: number, validFrom = '2026-03-10') =>
    call(ctx, 'ratings.record', { staffId, competencyId, level, validFrom, source: 'evidence', reason: 'Constat' });

  it('read for a person: gap per requirement, "not assessed" as null, importance-weighted job fit', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    rate(ctx, k.amal.id, k.c1.id, 2);
    rate(ctx, k.amal.id, k.c3.id, 1);
    const p = call(ctx, 'ratings.profile', { staffId: k.amal.id });
    expect(p.competencies.map((c) => [c.level, c.gap])).toEqual([
      [2, 1],
      [null, null],
      [1, 1],
    ]);
    // (3·2 + 2·0 + 1·1) / (3·3 + 2·2 + 1·2) = 7 / 15
    expect(p.fit).toBeCloseTo(7 / 15, 10);
    expect(p.notAssessed).toBe(1);
    expect(call(ctx, 'ratings.profile', { staffId: k.badr.id }).fit).toBeNull();
  });

  it('read across and down the matrix: versatility, holders, vulnerabilities, unit filter with sub-units', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    rate(ctx, k.amal.id, k.c1.id, 3);
    rate(ctx, k.amal.id, k.c2.id, 4);
    rate(ctx, k.badr.id, k.c1.id, 4);
    rate(ctx, k.badr.id, k.c2.id, 1);
    rate(ctx, k.chama.id, k.c2.id, 3);
    const m = call(ctx, 'gaps.matrix', {});
    expect(m.competencies.map((c) => [c.code, c.holders, c.requiredBy, c.vulnerable])).toEqual([
      [k.c1.code, 2, 2, false],
      [k.c2.code, 2, 2, false],
      [k.c3.code, 0, 2, true],
    ]);
    expect(m.people.map((p) => [p.matricule, p.versatility, p.levels])).toEqual([
      ['A-1', 2, [3, 4, null]],
      ['B-2', 1, [4, 1, null]],
      ['C-3', 1, [null, 3, null]],
    ]);
    // SRV alone: Badr and Chama; Badr is the only one whose job requires C1, and he holds it: one holder, vulnerable.
    const srv = call(ctx, 'gaps.matrix', { unitId: k.srv.id });
    expect(srv.people.map((p) => p.matricule)).toEqual(['B-2', 'C-3']);
    expect(srv.competencies.map((c) => [c.code, c.holders, c.vulnerable])).toEqual([
      [k.c1.code, 1, true],
      [k.c2.code, 1, true],
      [k.c3.code, 0, true],
    ]);
    expect(call(ctx, 'gaps.matrix', { unitId: k.dir.id }).people).toHaveLength(3);
    expect(m.vulnerabilities.filter((v) => v.unitId === k.dir.id).map((v) => [v.code, v.holders])).toEqual([
      [k.c3.code, 0],
      [k.c1.code, 1],
      [k.c2.code, 1],
    ]);
    // A job's candidates, best fit first.
    expect(call(ctx, 'gaps.jobRanking', { jobId: k.job.id }).map((r) => [r.matricule, r.holdsJob])).toEqual([
      ['A-1', true],
      ['B-2', true],
      ['C-3', false],
    ]);
  });
});

describe('the training needs register', () => {
  it('follows the history: a gap on an essential or important requirement is a need, fulfilled once a level closes it', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c1.id,
      level: 1,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c3.id,
      level: 1,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    // C3 is only useful: no need; C1 is essential: one need with today's gap.
    const needs = call(ctx, 'needs.list', {});
    expect(needs.map((n) => [n.competencyCode, n.origin, n.state, n.gap])).toEqual([[k.c1.code, 'gap', 'identified', 2]]);
    expect(call(ctx, 'needs.scores', {})).toEqual([
      { competency: k.c1.code, people: 1, score: 6 },
      { competency: k.c3.code, people: 1, score: 1 },
    ]);
    const staffRow = call(ctx, 'needs.priorities', { population: 'staff' })[0]!;
    expect(staffRow).toMatchObject({ code: k.c1.code, people: 1, meanGap: 2, highestImportance: 'essential', score: 6, needs: 1 });

    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c1.id,
      level: 3,
      validFrom: '2026-09-01',
      source: 'evidence',
      reason: 'Formation suivie',
    });
    const after = call(ctx, 'needs.list', {});
    expect(after.map((n) => [n.state, n.gap])).toEqual([['fulfilled', 0]]);
    expect(call(ctx, 'needs.scores', {})).toEqual([{ competency: k.c3.code, people: 1, score: 1 }]);
  });

  it('takes needs entered by hand for an association, with a transparent score, and states with reasons', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    const org = call(ctx, 'organizations.create', { nameFr: 'Association Espoir', kind: 'association' } as never);
    const need = call(ctx, 'needs.create', {
      population: 'association',
      organizationId: org.id,
      competencyId: k.c2.id,
      origin: 'survey',
      importance: 'important',
      peopleCount: 4,
      estimatedGap: 2,
    });
    expect(need.subjectFr).toBe('Association Espoir');
    expect(call(ctx, 'needs.priorities', { population: 'association' })).toMatchObject([
      { code: k.c2.code, population: 'association', people: 4, meanGap: 2, score: 16, needs: 1 },
    ]);
    expect(refusal(ctx, 'needs.setState', { id: need.id, state: 'rejected', reason: '' }).code).toBe('invalid_input');
    expect(call(ctx, 'needs.setState', { id: need.id, state: 'deferred', deferredTo: 2027 }).deferredTo).toBe(2027);
    call(ctx, 'needs.setState', { id: need.id, state: 'rejected', reason: 'Couvert par un autre programme' });
    expect(call(ctx, 'needs.priorities', { population: 'association' })).toEqual([]);
    expect(
      refusal(ctx, 'needs.create', { population: 'association', origin: 'survey', titleFr: 'Sans association' }).issues?.[0]?.path,
    ).toBe('organizationId');
  });
});

describe('what the history depends on', () => {
  it('a new job for a person, or new requirements for a job, move the gap needs; the scale keeps the levels people hold', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    call(ctx, 'ratings.record', {
      staffId: k.chama.id,
      competencyId: k.c1.id,
      level: 1,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    expect(call(ctx, 'needs.list', {})).toEqual([]);
    // Chama takes the job that requires C1 at 3: a gap of 2 on an essential requirement.
    const chama = call(ctx, 'staff.get', { id: k.chama.id });
    call(ctx, 'staff.update', { ...chama, jobId: k.job.id });
    expect(call(ctx, 'needs.list', {}).map((n) => [n.subjectFr, n.gap, n.state])).toEqual([['Chama X (C-3)', 2, 'identified']]);
    // The job now asks C1 at 1 only: the gap closes, the need is fulfilled.
    call(ctx, 'jobs.update', {
      id: k.job.id,
      code: 'AS-01',
      titleFr: 'Assistant social',
      requirements: [{ competencyId: k.c1.id, requiredLevel: 1, importance: 'essential' }],
    });
    expect(call(ctx, 'needs.list', {}).map((n) => n.state)).toEqual(['fulfilled']);
    const scale = call(ctx, 'framework.get', {});
    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c2.id,
      level: 4,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    expect(refusal(ctx, 'framework.updateScale', { levels: scale.levels.slice(0, 3), proficientLevel: 3 }).messageKey).toBe(
      'errors.scaleBelowRatings',
    );
  });
});

describe("an association's needs and the directory", () => {
  it('keep the organisation from being deleted (archive instead), and follow it in a merge', () => {
    const ctx = openTemp();
    reviewCase(ctx);
    const a = call(ctx, 'organizations.create', { nameFr: 'Association Espoir' });
    const b = call(ctx, 'organizations.create', { nameFr: 'Association Espoir Triffa' });
    const need = call(ctx, 'needs.create', { population: 'association', organizationId: b.id, origin: 'survey', titleFr: 'Écoute active' });
    const refused = refusal(ctx, 'organizations.delete', { id: b.id });
    expect(refused.holders).toEqual([{ kind: 'needs', count: 1, examples: ['Écoute active'], examplesAr: ['Écoute active'] }]);
    call(ctx, 'organizations.merge', { keepId: a.id, mergeId: b.id });
    expect(call(ctx, 'needs.list', {}).find((n) => n.id === need.id)?.organizationId).toBe(a.id);
  });
});

describe("a person's need in Arabic", () => {
  it('keeps the matricule and its parentheses together as a left-to-right run', () => {
    const ctx = openTemp();
    const k = reviewCase(ctx);
    call(ctx, 'staff.update', { ...call(ctx, 'staff.get', { id: k.amal.id }), lastNameAr: 'أمل' });
    call(ctx, 'ratings.record', {
      staffId: k.amal.id,
      competencyId: k.c1.id,
      level: 1,
      validFrom: '2026-03-10',
      source: 'evidence',
      reason: 'Constat',
    });
    expect(call(ctx, 'needs.list', {})[0]!.subjectAr).toBe('أمل \u2066(A-1)\u2069');
  });
});
