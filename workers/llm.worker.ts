/// <reference lib="webworker" />
/**
 * The LLM engine's thread: web-llm's own worker handler (not comlink). The page reaches it with
 * `CreateWebWorkerMLCEngine` (src/ui/llm/load-engine.ts), which speaks web-llm's message protocol.
 */
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (message: MessageEvent) => handler.onmessage(message);
