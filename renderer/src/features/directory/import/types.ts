import type { DUPLICATE_POLICIES, ImportField } from '../../../../../api/channels/directory-files';

/** What the import's steps share (kept apart from ImportModal so the steps need not import it). */
export type Policy = (typeof DUPLICATE_POLICIES)[number];
/** A file column → the field it fills ('' to ignore the column). */
export type Mapping = Record<string, ImportField | ''>;
