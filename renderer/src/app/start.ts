import { startEarly } from './start-early';

/**
 * main.tsx imports this module before any other code, so that the first calls, the screen's
 * code and its words are asked for as soon as the bundle starts running: only what start-early
 * needs (React, the query cache, i18next) runs before, not React DOM and Mantine, whose
 * evaluation (about 80 ms) then overlaps with the host's answers instead of preceding them.
 */
export const firstScreenCode = startEarly();
