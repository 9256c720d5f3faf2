/** Languages: the compiled messages (`m`), the language in use, Texts for errors, and locale-aware formats. */
export { m } from './generated/messages.js';
export * from './locale';
export * from './text';
export * from './format';
