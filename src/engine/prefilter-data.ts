/**
 * The prefilter of the catalogue's term lists, without extra user terms, packed by `Prefilter.pack`.
 *
 * The build (`esbuild.mjs`) replaces this module with the packed string, computed by running
 * `packCatalogue` of `prefilter-pack.ts` on the same sources. Analysing the lists is most of the work the
 * engine does before its first result; restoring them takes a few milliseconds. Left undefined (the
 * sources run unbundled), the prefilter is built when first needed, as it is for extra user terms.
 */
export const PREFILTER: string | undefined = undefined;
