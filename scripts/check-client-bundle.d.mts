// Types for check-client-bundle.mjs, for tests/lint/client-bundle.test.ts (tsc does not read JavaScript here).
export interface Signature {
  library: string;
  signature: string;
  pattern: RegExp;
}

export interface Finding {
  library: string;
  signature: string;
  evidence: string;
}

export const SIGNATURES: Signature[];

export function findServerLibraries(code: string): Finding[];

export function checkClientAssets(assetsDir: string): {
  chunks: number;
  problems: (Finding & { chunk: string })[];
  importers: Map<string, string[]>;
};
