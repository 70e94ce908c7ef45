import type { PackedCatalogue } from './prefilter-pack';

/**
 * The catalogue's term lists and their prefilter, without extra user terms, packed by `packCatalogue`.
 *
 * The build (`esbuild.mjs`) replaces this module with the packed catalogue, computed by running `packCatalogue`
 * of `prefilter-pack.ts` on the same sources. Compiling the lists and analysing them is most of the work the
 * engine would do before its first result (over 600 ms); restoring them takes about 55 ms. Left undefined (the
 * sources run unbundled), the lists are compiled and the prefilter built when first needed, as they are for
 * extra user terms.
 */
export const CATALOGUE: PackedCatalogue | undefined = undefined;
