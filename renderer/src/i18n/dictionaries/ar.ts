import shared from '../ar.json';
import { type Tree, mergeDictionary } from './merge';

/** Every Arabic word of the interface; a chunk of its own, loaded when Arabic is shown or printed (i18n/index.ts). */
export default mergeDictionary(
  shared,
  import.meta.glob<{ default: Tree }>(['../../features/*/i18n/ar.json', '../../features/*/*/i18n/ar.json'], { eager: true }),
);
