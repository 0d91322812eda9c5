CREATE TABLE `action_roi` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action_id` text NOT NULL,
	`benefits_centimes` integer DEFAULT 0 NOT NULL,
	`participant_time_centimes` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `action_roi_action_id_unique` ON `action_roi` (`action_id`);--> statement-breakpoint
CREATE TABLE `answers` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`row` integer DEFAULT 0 NOT NULL,
	`value` real,
	`text` text DEFAULT '' NOT NULL,
	`choices` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `answers_pk` ON `answers` (`response_id`,`question_id`,`row`);--> statement-breakpoint
CREATE INDEX `answers_question` ON `answers` (`question_id`);--> statement-breakpoint
CREATE TABLE `evaluation_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`session_id` text NOT NULL,
	`questionnaire_id` text NOT NULL,
	`moment` text NOT NULL,
	`due_date` text NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_rounds_session_moment` ON `evaluation_rounds` (`session_id`,`moment`);--> statement-breakpoint
CREATE TABLE `follow_up_objectives` (
	`follow_up_id` text NOT NULL,
	`position` integer NOT NULL,
	`objective_fr` text DEFAULT '' NOT NULL,
	`objective_ar` text DEFAULT '' NOT NULL,
	`frequency` text NOT NULL,
	`autonomy` text NOT NULL,
	FOREIGN KEY (`follow_up_id`) REFERENCES `follow_ups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_up_objectives_pk` ON `follow_up_objectives` (`follow_up_id`,`position`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`enrolment_id` text NOT NULL,
	`moment` text DEFAULT 'follow_up_90' NOT NULL,
	`due_date` text NOT NULL,
	`done_on` text,
	`manager_name` text DEFAULT '' NOT NULL,
	`decision` text,
	`obstacles` text DEFAULT '[]' NOT NULL,
	`obstacles_text` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`competency_id` text,
	`new_level` integer,
	`rating_id` text,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`competency_id`) REFERENCES `competencies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`rating_id`) REFERENCES `competency_ratings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follow_ups_enrolment_moment` ON `follow_ups` (`enrolment_id`,`moment`);--> statement-breakpoint
CREATE INDEX `follow_ups_due` ON `follow_ups` (`done_on`,`due_date`);--> statement-breakpoint
CREATE TABLE `indicator_measurements` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`indicator_id` text NOT NULL,
	`date` text NOT NULL,
	`value` real NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `result_indicators`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicator_measurements_indicator` ON `indicator_measurements` (`indicator_id`,`date`);--> statement-breakpoint
CREATE TABLE `questionnaires` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`code` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`title_fr` text DEFAULT '' NOT NULL,
	`title_ar` text DEFAULT '' NOT NULL,
	`intro_fr` text DEFAULT '' NOT NULL,
	`intro_ar` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` text,
	`pass_threshold` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questionnaires_code_version` ON `questionnaires` (`code`,`version`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`questionnaire_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`type` text NOT NULL,
	`text_fr` text DEFAULT '' NOT NULL,
	`text_ar` text DEFAULT '' NOT NULL,
	`measures` text DEFAULT 'other' NOT NULL,
	`scale_points` integer,
	`low_fr` text DEFAULT '' NOT NULL,
	`low_ar` text DEFAULT '' NOT NULL,
	`high_fr` text DEFAULT '' NOT NULL,
	`high_ar` text DEFAULT '' NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`grid_rows` text DEFAULT '[]' NOT NULL,
	`points` real DEFAULT 0 NOT NULL,
	`correct_value` real,
	FOREIGN KEY (`questionnaire_id`) REFERENCES `questionnaires`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `questions_questionnaire` ON `questions` (`questionnaire_id`,`position`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`round_id` text NOT NULL,
	`enrolment_id` text,
	`respondent` text DEFAULT 'trainee' NOT NULL,
	`submitted_on` text NOT NULL,
	`score` real,
	`max_score` real,
	FOREIGN KEY (`round_id`) REFERENCES `evaluation_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `responses_round` ON `responses` (`round_id`);--> statement-breakpoint
CREATE INDEX `responses_enrolment` ON `responses` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `result_indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`plan_id` text NOT NULL,
	`axis_id` text,
	`action_id` text,
	`name_fr` text DEFAULT '' NOT NULL,
	`name_ar` text DEFAULT '' NOT NULL,
	`unit_fr` text DEFAULT '' NOT NULL,
	`unit_ar` text DEFAULT '' NOT NULL,
	`baseline` real,
	`baseline_date` text,
	`target` real,
	`attributed_share` real DEFAULT 1 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `training_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`axis_id`) REFERENCES `plan_axes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `result_indicators_plan` ON `result_indicators` (`plan_id`);--> statement-breakpoint
CREATE TABLE `shared_indicators` (
	`year` integer PRIMARY KEY NOT NULL,
	`indicators` text NOT NULL,
	`computed_at` text NOT NULL
);
--> statement-breakpoint
-- The default questionnaires, published, in French and Arabic (fixed ids: the same templates in every installation).
INSERT INTO questionnaires (id, code, version, kind, title_fr, title_ar, intro_fr, intro_ar, status, published_at, pass_threshold) VALUES ('00000000-0000-7000-8000-000000000001', 'REACTION', 1, 'reaction', 'Fiche d''évaluation à chaud', 'استمارة التقييم الفوري', 'À remplir à la fin de la session. Vos réponses restent anonymes.', 'تملأ في نهاية الدورة. تبقى أجوبتكم مجهولة الهوية.', 'published', '2026-01-01T00:00:00.000Z', NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001001', '00000000-0000-7000-8000-000000000001', 0, 'scale', 'Le contenu répondait à mes besoins', 'استجاب المحتوى لحاجياتي', 'content', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001002', '00000000-0000-7000-8000-000000000001', 1, 'scale', 'Le formateur expliquait clairement et répondait aux questions', 'كان المكوّن يشرح بوضوح ويجيب عن الأسئلة', 'trainer', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001003', '00000000-0000-7000-8000-000000000001', 2, 'scale', 'L''organisation (lieu, horaires, supports) était adaptée', 'كان التنظيم (المكان، التوقيت، الوسائل) ملائما', 'organisation', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001004', '00000000-0000-7000-8000-000000000001', 3, 'scale', 'Ce que j''ai appris est utile pour mon travail', 'ما تعلمته مفيد في عملي', 'relevance', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001005', '00000000-0000-7000-8000-000000000001', 4, 'scale', 'Je compte appliquer ce que j''ai appris dans les trois mois', 'أنوي تطبيق ما تعلمته خلال الأشهر الثلاثة المقبلة', 'intention', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001006', '00000000-0000-7000-8000-000000000001', 5, 'text', 'Ce qui vous a le plus servi, ce qui manquait, vos suggestions', 'ما أفادكم أكثر، ما كان ينقص، واقتراحاتكم', 'other', NULL, '', '', '', '', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questionnaires (id, code, version, kind, title_fr, title_ar, intro_fr, intro_ar, status, published_at, pass_threshold) VALUES ('00000000-0000-7000-8000-000000000002', 'TEST', 1, 'test', 'Test de connaissances (modèle)', 'اختبار المعارف (نموذج)', 'Le même test avant et après la session : le gain se calcule sur les points.', 'نفس الاختبار قبل الدورة وبعدها: يحتسب التقدم على النقط.', 'published', '2026-01-01T00:00:00.000Z', 0.6);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001007', '00000000-0000-7000-8000-000000000002', 0, 'yes_no', 'Un besoin de formation naît d''un écart entre le niveau requis et le niveau constaté', 'تنشأ الحاجة إلى التكوين من فجوة بين المستوى المطلوب والمستوى الملاحظ', 'knowledge', NULL, '', '', '', '', '[]', 1, 1);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001008', '00000000-0000-7000-8000-000000000002', 1, 'single', 'Quand évalue-t-on l''application au travail ?', 'متى يقيم التطبيق في العمل؟', 'knowledge', NULL, '', '', '', '', '[{"fr": "À la fin de la session", "ar": "في نهاية الدورة", "correct": false}, {"fr": "Un à six mois après, avec le responsable", "ar": "بعد شهر إلى ستة أشهر، مع المسؤول", "correct": true}, {"fr": "Jamais", "ar": "أبدا", "correct": false}]', 1, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001009', '00000000-0000-7000-8000-000000000002', 2, 'multiple', 'Quelles informations figurent sur une feuille d''émargement ?', 'ما هي المعلومات التي تتضمنها ورقة الحضور؟', 'knowledge', NULL, '', '', '', '', '[{"fr": "Le code de la session", "ar": "رمز الدورة", "correct": true}, {"fr": "La signature par demi-journée", "ar": "التوقيع عن كل نصف يوم", "correct": true}, {"fr": "Le salaire du participant", "ar": "أجر المشارك", "correct": false}]', 2, NULL);
--> statement-breakpoint
INSERT INTO questionnaires (id, code, version, kind, title_fr, title_ar, intro_fr, intro_ar, status, published_at, pass_threshold) VALUES ('00000000-0000-7000-8000-000000000003', 'FOLLOWUP-TRAINEE', 1, 'follow_up_trainee', 'Suivi à froid (participant)', 'التتبع المؤجل (المشارك)', 'Quelques mois après la formation : ce que vous en faites au travail.', 'بعد بضعة أشهر من التكوين: ما تطبقونه منه في العمل.', 'published', '2026-01-01T00:00:00.000Z', NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001010', '00000000-0000-7000-8000-000000000003', 0, 'scale', 'J''applique régulièrement ce que j''ai appris', 'أطبق بانتظام ما تعلمته', 'relevance', 5, 'Jamais', 'أبدا', 'Toujours', 'دائما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001011', '00000000-0000-7000-8000-000000000003', 1, 'yes_no', 'J''ai eu l''occasion de m''en servir dans mon travail', 'أتيحت لي فرصة استعماله في عملي', 'relevance', NULL, '', '', '', '', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001012', '00000000-0000-7000-8000-000000000003', 2, 'text', 'Ce qui vous en a empêché, le cas échéant', 'ما منعكم من ذلك، إن وجد', 'other', NULL, '', '', '', '', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questionnaires (id, code, version, kind, title_fr, title_ar, intro_fr, intro_ar, status, published_at, pass_threshold) VALUES ('00000000-0000-7000-8000-000000000004', 'FOLLOWUP-MANAGER', 1, 'follow_up_manager', 'Appréciation différée (responsable)', 'التقييم المؤجل (المسؤول)', 'Le responsable apprécie, objectif par objectif, l''application au travail.', 'يقيم المسؤول، هدفا بهدف، التطبيق في العمل.', 'published', '2026-01-01T00:00:00.000Z', NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001013', '00000000-0000-7000-8000-000000000004', 0, 'scale', 'L''agent applique ce qu''il a appris', 'يطبق الموظف ما تعلمه', 'relevance', 5, 'Jamais', 'أبدا', 'Toujours', 'دائما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001014', '00000000-0000-7000-8000-000000000004', 1, 'scale', 'Son autonomie sur ces tâches a progressé', 'تحسنت استقلاليته في هذه المهام', 'relevance', 5, 'Pas du tout d''accord', 'غير موافق إطلاقا', 'Tout à fait d''accord', 'موافق تماما', '[]', 0, NULL);
--> statement-breakpoint
INSERT INTO questions (id, questionnaire_id, position, type, text_fr, text_ar, measures, scale_points, low_fr, low_ar, high_fr, high_ar, options, points, correct_value) VALUES ('00000000-0000-7000-8000-000000001015', '00000000-0000-7000-8000-000000000004', 2, 'text', 'Obstacles observés et suite proposée', 'العوائق الملاحظة والمتابعة المقترحة', 'other', NULL, '', '', '', '', '[]', 0, NULL);
