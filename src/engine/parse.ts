import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { checkNesting, MemoTooComplexError } from './limits';

// One processor for the life of the process: building it is not free, parsing with it is pure.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter) into an mdast tree with offsets. Throws
 * {@link MemoTooComplexError} for a memo nested too deeply to parse, checked before parsing, and should the
 * parser still run out of stack.
 */
export function parseMarkdown(text: string): Root {
  checkNesting(text);
  try {
    return processor.parse(text) as Root;
  } catch (e) {
    if (e instanceof RangeError) throw new MemoTooComplexError(`memo too complex to parse: ${e.message}`);
    throw e;
  }
}
