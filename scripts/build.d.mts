export const root: string;
export function bundlePath(): string;
export function newestSource(): number;
export function isFresh(): boolean;
export function buildBundle(): Promise<void>;
