/** Display names and deeds of the licences content may carry (see src/schemas/shared.ts). */
export const licences = {
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

export type LicenceId = keyof typeof licences;
