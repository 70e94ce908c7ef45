import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

// One processor for the life of the process: building it is not free, parsing with it is pure.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown (CommonMark + GFM + YAML/TOML front matter) into an mdast tree with offsets. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
