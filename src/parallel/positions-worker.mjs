// Worker thread entry: TypeScript sources run through tsx's loader, registered per thread.
import { register } from 'tsx/esm/api';
register();
await import('./positions-worker.ts');
