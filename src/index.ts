export { extract, extractFromTree } from './extract.js';
export { type RehypeOnrecordOptions, rehypeOnrecord } from './rehype.js';
export { type CompiledRules, compileRules } from './rules/compile.js';
export type { SiteRule } from './rules/types.js';
export type {
  Article,
  Author,
  DateSource,
  Embed,
  EmbedAuthor,
  EmbedMedia,
  ExtractOptions,
  LeadImage,
  Quote,
  RelatedLink,
  Speaker,
  SpeakerVia,
  Tag,
  Warning,
} from './types.js';
