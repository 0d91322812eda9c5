import { recordAudit } from '../../audit/record';
import type { DataContext } from '../../core/context';
import { newId, nowIso } from '../../core/ids';
import { stmt } from '../../core/statements';
import { closeCampaign, createCampaign, openCampaign } from '../reviews/campaigns';
import { appendRating } from '../reviews/history';
import { syncGapNeeds } from '../reviews/needs';
import { today } from '../reviews/people';

const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A level around the requirement: most people meet it, a third are one level short, a few two. */
function plausibleLevel(rand: () => number, required: number, size: number): number {
  const r = rand();
  const delta = r < 0.06 ? -2 : r < 0.36 ? -1 : r < 0.82 ? 0 : 1;
  return Math.min(size, Math.max(1, required + delta));
}

interface Item {
  reviewId: string;
  staffId: string;
  competencyId: string;
  requiredLevel: number;
}

const JUSTIFICATIONS = [
  'Constaté lors du suivi des dossiers',
  "Confirmé à l'entretien",
  'Appuyé par les rapports du trimestre',
  'Pratique régulière sur le terrain',
];

/**
 * Demo reviews: last year's campaign, validated and closed (the history it wrote gives varied,
 * plausible gaps), and this year's, open, its reviews spread over every state with some overdue;
 * a few needs of associations from the yearly survey.
 */
export function generateReviews(ctx: DataContext, rand: () => number): { reviews: number; ratings: number; needs: number } {
  const size = (stmt(ctx, 'SELECT count(*) AS n FROM proficiency_levels').get() as { n: number }).n;
  const now = today();
  const year = Number(now.slice(0, 4));
  const last = createCampaign(ctx, {
    code: `BC-${year - 1}`,
    titleFr: `Bilan des compétences ${year - 1}`,
    titleAr: `تقييم الكفاءات ${year - 1}`,
    periodStart: `${year - 1}-02-01`,
    periodEnd: `${year - 1}-06-30`,
    scope: 'service',
    unitIds: [],
    selfDue: `${year - 1}-03-15`,
    managerDue: `${year - 1}-04-30`,
    interviewDue: `${year - 1}-06-15`,
    instructionsFr: "Chaque agent remplit la colonne d'auto-évaluation avant l'entretien avec son responsable.",
    instructionsAr: 'يملأ كل موظف عمود التقييم الذاتي قبل المقابلة مع مسؤوله.',
  });
  openCampaign(ctx, last.id);
  const items = (id: string) =>
    stmt(
      ctx,
      `SELECT i.review_id AS reviewId, r.staff_id AS staffId, i.competency_id AS competencyId, i.required_level AS requiredLevel
       FROM review_items i JOIN reviews r ON r.id = i.review_id WHERE r.campaign_id = ? AND i.required_level IS NOT NULL ORDER BY r.id, i.competency_id`,
    ).all(id) as Item[];
  const setItem = stmt(
    ctx,
    'UPDATE review_items SET self_level = ?, manager_level = ?, agreed_level = ?, justification = ? WHERE review_id = ? AND competency_id = ?',
  );
  const setReview = stmt(
    ctx,
    'UPDATE reviews SET state = ?, interview_date = ?, person_signed_on = ?, assessor_signed_on = ?, validated_at = ?, cancel_reason = ? WHERE id = ?',
  );
  const levels = new Map<string, number>();
  let ratings = 0;
  const byReview = new Map<string, Item[]>();
  for (const it of items(last.id)) byReview.set(it.reviewId, [...(byReview.get(it.reviewId) ?? []), it]);
  for (const [reviewId, list] of byReview) {
    if (rand() < 0.03) {
      setReview.run('cancelled', null, null, null, null, 'Congé de longue durée', reviewId);
      continue;
    }
    const interview = shift(`${year - 1}-05-02`, Math.floor(rand() * 40));
    for (const it of list) {
      const agreed = plausibleLevel(rand, it.requiredLevel, size);
      const manager = rand() < 0.85 ? agreed : Math.max(1, agreed - 1);
      const self = Math.min(size, agreed + (rand() < 0.35 ? 1 : 0));
      setItem.run(
        self,
        manager,
        agreed,
        manager === agreed ? '' : JUSTIFICATIONS[Math.floor(rand() * JUSTIFICATIONS.length)],
        reviewId,
        it.competencyId,
      );
      appendRating(ctx, {
        staffId: it.staffId,
        competencyId: it.competencyId,
        level: agreed,
        validFrom: interview,
        source: 'review',
        reviewId,
      });
      levels.set(`${it.staffId} ${it.competencyId}`, agreed);
      ratings++;
    }
    setReview.run('validated', interview, interview, interview, `${interview}T10:00:00.000Z`, '', reviewId);
  }
  closeCampaign(ctx, last.id);
  // Last year's gaps became needs; this year's validated reviews fulfil some of them.
  syncGapNeeds(ctx);

  // This year's campaign opened a month ago: self-assessments were due last week.
  const opened = shift(now, -30);
  const current = createCampaign(ctx, {
    code: `BC-${year}`,
    titleFr: `Bilan des compétences ${year}`,
    titleAr: `تقييم الكفاءات ${year}`,
    periodStart: opened,
    periodEnd: shift(now, 75),
    scope: 'service',
    unitIds: [],
    selfDue: shift(now, -7),
    managerDue: shift(now, 21),
    interviewDue: shift(now, 50),
    instructionsFr: "Préparez l'entretien avec la fiche de poste et le bilan de l'an dernier.",
    instructionsAr: 'حضّروا المقابلة بالاستعانة ببطاقة الوظيفة وتقييم السنة الماضية.',
  });
  openCampaign(ctx, current.id);
  const thisYear = new Map<string, Item[]>();
  for (const it of items(current.id)) thisYear.set(it.reviewId, [...(thisYear.get(it.reviewId) ?? []), it]);
  for (const [reviewId, list] of thisYear) {
    const r = rand();
    const state = r < 0.25 ? 'validated' : r < 0.4 ? 'discussed' : r < 0.55 ? 'rated' : r < 0.75 ? 'self_assessed' : 'not_started';
    if (state === 'not_started') continue;
    const interview = state === 'validated' || state === 'discussed' ? shift(now, -Math.floor(rand() * 20)) : null;
    for (const it of list) {
      const before = levels.get(`${it.staffId} ${it.competencyId}`) ?? plausibleLevel(rand, it.requiredLevel, size);
      // A year of practice and training: some gaps close.
      const level = Math.min(size, before + (before < it.requiredLevel && rand() < 0.45 ? 1 : 0));
      const self = Math.min(size, level + (rand() < 0.3 ? 1 : 0));
      const manager = state === 'self_assessed' ? null : level;
      const agreed = state === 'validated' || state === 'discussed' ? level : null;
      setItem.run(self, manager, agreed, '', reviewId, it.competencyId);
      if (state === 'validated' && interview) {
        appendRating(ctx, { staffId: it.staffId, competencyId: it.competencyId, level, validFrom: interview, source: 'review', reviewId });
        ratings++;
      }
    }
    setReview.run(
      state,
      interview,
      state === 'validated' ? interview : null,
      state === 'validated' ? interview : null,
      state === 'validated' ? nowIso() : null,
      '',
      reviewId,
    );
  }
  syncGapNeeds(ctx);

  // The associations' needs from the yearly survey (R4.2): their social workers as trainees.
  const orgs = stmt(ctx, 'SELECT id FROM organizations WHERE archived_at IS NULL ORDER BY id LIMIT 400').all() as { id: string }[];
  const competencies = stmt(ctx, "SELECT id FROM competencies WHERE code LIKE 'SOC-%' OR code LIKE 'PRJ-%' ORDER BY code").all() as {
    id: string;
  }[];
  let needs = 0;
  const insertNeed = stmt(
    ctx,
    `INSERT INTO training_needs (id, population, organization_id, competency_id, origin, importance, people_count, estimated_gap, description)
     VALUES (?, 'association', ?, ?, 'survey', ?, ?, ?, ?)`,
  );
  for (let i = 0; i < Math.min(12, orgs.length) && competencies.length; i++) {
    const id = newId();
    const org = orgs[Math.floor(rand() * orgs.length)]!;
    const competency = competencies[Math.floor(rand() * competencies.length)]!;
    insertNeed.run(
      id,
      org.id,
      competency.id,
      rand() < 0.5 ? 'important' : 'essential',
      1 + Math.floor(rand() * 5),
      1 + Math.floor(rand() * 2),
      `Enquête ${year} auprès des associations`,
    );
    recordAudit(ctx, 'needs', id, 'create');
    needs++;
  }
  const reviewCount = (stmt(ctx, 'SELECT count(*) AS n FROM reviews').get() as { n: number }).n;
  return { reviews: reviewCount, ratings, needs };
}
