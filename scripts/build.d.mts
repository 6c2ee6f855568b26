export const root: string;
export function bundlePath(which?: 'triviumd' | 'full'): string;
export const NODE_COMMAND_NAMES: string[];
export function newestSource(): number;
export function isFresh(): boolean;
export function buildBundle(): Promise<void>;
