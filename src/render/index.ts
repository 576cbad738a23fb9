/** Renderers: each a pure function of the same Plan (docs/design.md#renderers-as-pure-functions). */
export { renderText, type TextOptions } from './text.js';
export { renderJson } from './json.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { countByKind, renderSummaryLine, renderUnmanagedLine } from './summary.js';
export { isSensitive, redact, SENSITIVE_NAME } from './sensitive.js';
