/**
 * The one vocabulary of the data (docs/ARCHITECTURE.md, "The registry"): a name per table of the
 * database (and the backups folder), the same in the contract's `reads`/`writes`, the renderer's
 * cache, the audit log and the History. db/registry says, once per name, which SQL table it is,
 * whether `doctor` counts it, which fields hold personal contact data and what refers to it; the
 * renderer's dictionaries label it (`entities.<name>`) in French and Arabic.
 *
 * Adding a table: add its name here, its entry in its feature's `entities.ts` (a missing entry
 * is a compile error), and its labels (a missing label fails tests/integration/registry.test.ts).
 */
export const ENTITIES = [
  // The installation
  'settings',
  'auditLog',
  'schemaMigrations',
  // Staff and competencies
  'units',
  'staff',
  'staffSearch',
  'grades',
  'categories',
  'competencies',
  'proficiencyLevels',
  'jobProfiles',
  'jobRequirements',
  // Competency reviews, history and needs
  'reviewCampaigns',
  'reviewCampaignUnits',
  'reviews',
  'reviewItems',
  'ratings',
  'needs',
  // Trainings, trainers, association trainees and the training plan
  'courses',
  'courseCompetencies',
  'trainers',
  'trainerExpertise',
  'venues',
  'associationTrainees',
  'plans',
  'planFunders',
  'planAxes',
  'planActions',
  'planActionCosts',
  'planActionNeeds',
  'planVersions',
  // Training sessions: slots, trainers, costs, enrolment, attendance, attestations
  'sessions',
  'sessionSlots',
  'sessionTrainers',
  'sessionCosts',
  'sessionScans',
  'enrolments',
  'attendance',
  'attestations',
  // Evaluation: questionnaires, rounds, answers, follow-ups
  'questionnaires',
  'questions',
  'evaluationRounds',
  'responses',
  'answers',
  'followUps',
  'followUpObjectives',
  'resultIndicators',
  'indicatorMeasurements',
  'actionRoi',
  'sharedIndicators',
  // Reports: the lessons of a year, for the annual report
  'annualLessons',
  // Social directory
  'organizations',
  'organizationPhones',
  'organizationLocations',
  'organizationContacts',
  'organizationTerms',
  'organizationSearch',
  'organizationFacets',
  'services',
  'partnerships',
  'subsidies',
  'terms',
  'criteria',
  'checks',
  // Backups and exchange
  'recipientKeys',
  'partnerDatasets',
  'backups',
] as const;

export type Entity = (typeof ENTITIES)[number];

export const isEntity = (name: unknown): name is Entity => typeof name === 'string' && (ENTITIES as readonly string[]).includes(name);
