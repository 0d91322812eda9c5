import type { DataContext } from '../../core/context';
import { TRAINEE_FUNCTIONS } from '../../../api/channels/training-enums';
import { insertTrainee } from '../trainees/trainee-service';
import { FIRST_NAMES, LAST_NAMES, pick, seededRandom } from './names';

type TraineeFunction = (typeof TRAINEE_FUNCTIONS)[number];
/** Who the associations send to trainings: mostly social workers and animators, a few coordinators. */
const FUNCTIONS: TraineeFunction[] = [
  'social_worker',
  'social_worker',
  'social_worker',
  'animator',
  'animator',
  'educator',
  'educator',
  'volunteer',
  'volunteer',
  'coordinator',
  'other',
];
const SCOPES = ['Participation aux formations et attestations', 'Contact pour les formations', 'Photos des sessions'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * About 150 association trainees across about 60 associations and cooperatives of the demo
 * directory, 70 % women (the women's training centres train many of them): names in both
 * scripts, functions, consent dates, and a phone or an e-mail for some, always with consent.
 * Its own seeded generator, so the other demo files' figures do not move. Deterministic.
 */
export function generateTrainees(ctx: DataContext): { associationTrainees: number } {
  const rand = seededRandom(20120301);
  const orgs = ctx.sqlite
    .prepare(
      "SELECT id FROM organizations WHERE type IN ('association', 'cooperative') AND status = 'active' ORDER BY registration_number, id",
    )
    .all() as { id: string }[];
  // Every 9th of them: the kinds of actors alternate, so each kind is represented.
  const chosen = orgs.filter((_, i) => i % 9 === 0).slice(0, 60);
  const women = FIRST_NAMES.filter((n) => n.gender === 'f');
  const men = FIRST_NAMES.filter((n) => n.gender === 'm');
  let n = 0;
  chosen.forEach((org, k) => {
    const size = 1 + ((k * 7) % 4); // 1 to 4 people: 150 over 60 organisations
    for (let j = 0; j < size; j++) {
      const woman = rand() < 0.7;
      const first = pick(rand, woman ? women : men);
      const [lastFr, lastAr] = pick(rand, LAST_NAMES);
      const consented = rand() < 0.85;
      const withPhone = consented && rand() < 0.45;
      const withEmail = consented && rand() < 0.2;
      const slug = `${first.fr}.${lastFr}`
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z.]/g, '')
        .toLowerCase();
      insertTrainee(ctx, {
        organizationId: org.id,
        firstNameFr: first.fr,
        lastNameFr: lastFr,
        firstNameAr: first.ar,
        lastNameAr: lastAr,
        gender: first.gender,
        function: pick(rand, FUNCTIONS),
        phone: withPhone
          ? `06 ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))} ${pad(Math.floor(rand() * 100))}`
          : '',
        email: withEmail ? `${slug}@assoc.example.ma` : '',
        consentDate: consented
          ? `${2019 + Math.floor(rand() * 6)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`
          : null,
        consentScope: consented ? pick(rand, SCOPES) : '',
      });
      n++;
    }
  });
  return { associationTrainees: n };
}
