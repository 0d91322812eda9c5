import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { createAction, proposeAction } from '../plans/actions';
import { adoptPlan, createAxis, createPlan, setPlanStatus } from '../plans/plan-service';
import { today } from '../reviews/people';

/** Three days of a trainer at 2,500 MAD, per session; the hall and coffee breaks on top. */
const FEE_PER_DAY = 2_500_00;

/**
 * The demo's adopted plan for the current year, built from the demo's needs as a user would:
 * for the competencies with the highest priority score, the open needs go into one action each
 * (the first suggested course, the sessions it proposes); the associations' needs into actions of
 * their own axis. Submitted, adopted by the council, then changed once (version 2).
 */
export function generatePlan(ctx: DataContext): { plans: number; planActions: number } {
  const year = Number(today().slice(0, 4));
  const plan = createPlan(ctx, {
    year,
    audience: 'both',
    titleFr: `Plan de formation ${year} du Service d'action sociale`,
    titleAr: `مخطط التكوين ${year} لمصلحة العمل الاجتماعي`,
    contextFr:
      "Plan construit à partir du bilan des compétences de l'an dernier et de l'enquête auprès des associations, dans le cadre du programme de coopération avec la commune partenaire.",
    contextAr: 'مخطط مبني على تقييم الكفاءات للسنة الماضية وعلى استطلاع الجمعيات، في إطار برنامج التعاون مع الجماعة الشريكة.',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    budgetCentimes: 240_000_00,
    eurRate: 10.8,
    evaluationFr: "Fiche d'évaluation à chaud à la fin de chaque session ; suivi à 90 jours avec le responsable.",
    evaluationAr: 'استمارة تقييم فوري في نهاية كل دورة؛ تتبع بعد 90 يوما مع المسؤول.',
    funders: [
      { id: null, nameFr: 'Commune de Berkane', nameAr: 'جماعة بركان', amountCentimes: 140_000_00 },
      { id: null, nameFr: 'Programme de coopération', nameAr: 'برنامج التعاون', amountCentimes: 100_000_00 },
    ],
    changeNote: '',
  });
  const axis = (code: string, titleFr: string, titleAr: string, programmeResult: string) =>
    createAxis(ctx, {
      planId: plan.id,
      code,
      titleFr,
      titleAr,
      programmeResult,
      actionPlanRef: '',
      position: Number(code.slice(1)),
      changeNote: '',
    });
  axis('A1', 'Renforcer les compétences des agents du Service', 'تعزيز كفاءات موظفي المصلحة', 'R3.7');
  axis('A2', 'Former les acteurs sociaux locaux', 'تكوين الفاعلين الاجتماعيين المحليين', 'R4.4');
  const axes = stmt(ctx, 'SELECT id, code FROM plan_axes WHERE plan_id = ? ORDER BY code').all(plan.id) as { id: string; code: string }[];
  const [commune, programme] = plan.funders;
  const open = (population: string) =>
    stmt(
      ctx,
      `SELECT n.competency_id AS competencyId, json_group_array(n.id) AS ids, count(*) AS n
       FROM training_needs n WHERE n.population = ? AND n.state IN ('identified', 'qualified') AND n.competency_id IS NOT NULL
       GROUP BY n.competency_id ORDER BY n DESC, n.competency_id LIMIT 6`,
    ).all(population) as { competencyId: string; ids: string; n: number }[];
  let actions = 0;
  const build = (needIds: string[], axisId: string, index: number) => {
    const proposal = proposeAction(ctx, needIds);
    const course = proposal.suggestedCourses[0];
    const sessions = course?.sessions ?? Math.max(1, Math.ceil(proposal.people / 20));
    const days = Math.max(1, Math.round((course?.hours ?? 14) / 7));
    createAction(ctx, {
      planId: plan.id,
      axisId,
      code: `F${String(actions + 1).padStart(2, '0')}`,
      titleFr: course ? '' : 'Action de formation',
      titleAr: course ? '' : 'عملية تكوينية',
      objectivesFr: '',
      objectivesAr: '',
      courseId: course?.courseId ?? null,
      audience: proposal.audience,
      women: proposal.women,
      men: proposal.men,
      staffCount: proposal.staffCount,
      associationCount: proposal.associationCount,
      sessions,
      modality: course?.modality ?? 'in_person',
      providerFr: '',
      providerAr: '',
      hours: course?.hours ?? 14,
      periodKind: 'quarter',
      periodValue: 1 + (index % 4),
      evaluationLevel: course?.evaluationLevel ?? 1,
      status: 'planned',
      costs: [
        { item: 'trainer_fees', amountCentimes: FEE_PER_DAY * days * sessions, funderId: index % 2 ? programme!.id : commune!.id },
        { item: 'catering', amountCentimes: 600_00 * days * sessions, funderId: commune!.id },
      ],
      needIds,
      changeNote: '',
    });
    actions++;
  };
  open('staff').forEach((g, i) => build(JSON.parse(g.ids) as string[], axes[0]!.id, i));
  open('association').forEach((g, i) => build(JSON.parse(g.ids) as string[], axes[1]!.id, i + 1));
  setPlanStatus(ctx, plan.id, 'submitted');
  adoptPlan(ctx, plan.id, `Délibération n° 45/${year}`, `${year}-02-15`);
  return { plans: 1, planActions: actions };
}
