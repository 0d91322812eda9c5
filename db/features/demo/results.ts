import type { DataContext } from '../../core/context';
import { stmt } from '../../core/statements';
import { addMeasurement, createResultIndicator, getRoi, saveRoi } from '../evaluation/results';
import { today } from '../reviews/people';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** What an hour of an agent's time costs the commune, roughly (salary and charges), in centimes. */
const HOUR_OF_AGENT = 45_00;

/**
 * Level 4 of the demo's adopted plan: three of the Service's own indicators the training should
 * move — one per axis and one on the first action — each with a baseline some months ago and
 * measurements since (dated from today, like the sessions, so the screens always show a past),
 * and the first action's ROI estimate. Fixed figures: the demo stays the same from one load to
 * the next.
 */
export function generateResults(ctx: DataContext): { resultIndicators: number } {
  const plan = stmt(ctx, 'SELECT id FROM training_plans ORDER BY year DESC, id LIMIT 1').get() as { id: string } | undefined;
  if (!plan) return { resultIndicators: 0 };
  const axes = stmt(ctx, 'SELECT id FROM plan_axes WHERE plan_id = ? ORDER BY code').all(plan.id) as { id: string }[];
  const action = stmt(ctx, 'SELECT id, hours, staff_count AS staff FROM plan_actions WHERE plan_id = ? ORDER BY code LIMIT 1').get(
    plan.id,
  ) as { id: string; hours: number; staff: number } | undefined;
  const now = today();
  const indicators = [
    {
      axisId: axes[0]?.id ?? null,
      actionId: null,
      nameFr: "Délai moyen de traitement d'une demande d'aide sociale",
      nameAr: 'متوسط مدة معالجة طلب مساعدة اجتماعية',
      unitFr: 'jours',
      unitAr: 'أيام',
      baseline: 21,
      target: 12,
      attributedShare: 0.6,
      measurements: [
        [-110, 18, 'Registre des demandes, trimestre écoulé'],
        [-20, 15, 'Registre des demandes, trimestre écoulé'],
      ] as const,
    },
    {
      axisId: axes[1]?.id ?? null,
      actionId: null,
      nameFr: 'Associations partenaires déposant un projet complet du premier coup',
      nameAr: 'الجمعيات الشريكة التي تودع مشروعًا كاملًا من المرة الأولى',
      unitFr: '%',
      unitAr: '%',
      baseline: 35,
      target: 70,
      attributedShare: 0.5,
      measurements: [
        [-100, 42, 'Appel à projets, dossiers reçus au guichet des subventions'],
        [-15, 51, 'Appel à projets, dossiers reçus au guichet des subventions'],
      ] as const,
    },
    {
      axisId: null,
      actionId: action?.id ?? null,
      nameFr: "Usagers satisfaits de l'accueil au Service",
      nameAr: 'المرتفقون الراضون عن الاستقبال بالمصلحة',
      unitFr: '%',
      unitAr: '%',
      baseline: 68,
      target: 85,
      attributedShare: 0.4,
      measurements: [[-45, 74, "Enquête de satisfaction à l'accueil (120 usagers)"]] as const,
    },
  ];
  for (const { measurements, ...fields } of indicators) {
    const created = createResultIndicator(ctx, { planId: plan.id, ...fields, baselineDate: addDays(now, -200) });
    for (const [days, value, source] of measurements)
      addMeasurement(ctx, { indicatorId: created.id, date: addDays(now, days), value, source });
  }
  if (action) {
    // The participants' time: the action's hours for each agent it trains; the benefits, the hours
    // the faster handling of requests saves in a year, valued the same way.
    const participantTimeCentimes = action.hours * action.staff * HOUR_OF_AGENT;
    const cost = getRoi(ctx, action.id).fullCostCentimes + participantTimeCentimes;
    saveRoi(ctx, {
      actionId: action.id,
      participantTimeCentimes,
      benefitsCentimes: Math.round((cost * 1.35) / 100) * 100,
      notes: "Heures de traitement des demandes gagnées sur un an (registre des demandes), valorisées à 45 MAD l'heure d'agent.",
    });
  }
  return { resultIndicators: indicators.length };
}
