/** A dictionary: nested keys down to the words. */
export type Tree = { [key: string]: string | Tree };

/**
 * One language's dictionary: the shared strings (app, menus, errors, common words) and each
 * feature's own strings (`features/<feature>/i18n/<lang>.json`, or for a feature made of parts
 * written apart `features/<feature>/<part>/i18n/`), each under its own top-level keys.
 */
export function mergeDictionary(shared: Tree, features: Record<string, { default: Tree }>): Tree {
  const merged: Tree = { ...shared };
  for (const mod of Object.values(features)) Object.assign(merged, mod.default);
  return merged;
}
