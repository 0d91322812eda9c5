import shared from '../fr.json';
import { type Tree, mergeDictionary } from './merge';

/** Every French word of the interface; a chunk of its own, loaded when French is shown or printed (i18n/index.ts). */
export default mergeDictionary(
  shared,
  import.meta.glob<{ default: Tree }>(['../../features/*/i18n/fr.json', '../../features/*/*/i18n/fr.json'], { eager: true }),
);
