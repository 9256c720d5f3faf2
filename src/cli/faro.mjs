#!/usr/bin/env node
// `npx faro …`: runs the TypeScript CLI through tsx (which also resolves the `$lib` paths of tsconfig.json).
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname });
await import('./faro.ts');
