/** A header as compared: accents, case, spaces and punctuation ignored ("Nom (FR)" = "nom_fr", "Unité" = "unite"). */
export const headerKey = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
