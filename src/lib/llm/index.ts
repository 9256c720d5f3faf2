/** On-device descriptions of rows (template or web-llm) that become a text feature: what others may use. */
export * from './describer';
export { createTemplateDescriber, columnLabel, formatNumber } from './template-describer';
export { bandCuts, bandOf, histogramQuantile, type Band, type BandCuts } from './numeric-bands';
export * from './prompts';
export { parseReply, replySchema, type ParsedReply, type ReplyRow, type ParseReplyOptions } from './parse-reply';
export { createWebLlmDescriber, type ChatEngine, type ChatReply, type ChatRequest, type WebLlmDescriberOptions } from './web-llm-describer';
export { classifyEngineError, engineErrorText } from './engine-errors';
export * from './models';
export * from './webgpu';
export * from './cache';
export * from './describe-dataset';
export { createFakeEngine, loadFakeEngine, schemaLabelChoices, splitBatch, ENGINE_ERROR_TEXTS, type FakeEngine, type FakeEngineOptions, type LoadReport } from './fake-engine';
export * from './custom-model';
export * from './describe-with-llm';
export * from './load-engine';
