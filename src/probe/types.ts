/**
 * `ringform probe`: what it checks and what it reports. An assumption is a row of a vendor's evidence
 * ledger (src/providers/<vendor>/evidence.ts) that no named source backs (weak or UNSOURCED); a finding is
 * what one read-only look at a real tenant says about it. Findings hold counts, JSON types and status
 * codes only: never a value, so no email, name, number or token can reach a report.
 */
import type { Evidence } from '../providers/evidence.js';

export type Verdict = 'holds' | 'differs' | 'unchecked';

export interface Assumption {
  endpoint: string;
  where: Evidence['where'];
  field: string;
  /** `weak`: credited to public client code without naming it; `unsourced`: an assumption. */
  strength: 'weak' | 'unsourced';
  /** Why it is believed (the ledger's words). */
  why: string;
  optional: boolean;
}

export interface Finding {
  assumption: Assumption;
  verdict: Verdict;
  /** What was seen: counts, types and statuses only. */
  seen: string;
}

/** One answer to one GET, under the ledger's endpoint template. */
export interface Observation {
  endpoint: string;
  /** Query parameter names sent (not values). */
  query: string[];
  status: number | null;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Why there was no answer (an error class name, never a message that could hold a host or a token). */
  error?: string;
}

export interface Judgement {
  verdict: Verdict;
  seen: string;
}

/** What a vendor brings: its ledger, the GETs that look at its endpoints, and checks beyond presence. */
export interface VendorProbe {
  vendor: string;
  ledger: readonly Evidence[];
  /** GET endpoint templates `observe` requests (test/probe checks the ledger's GET assumptions are all here). */
  endpoints: readonly string[];
  observe(): Promise<Observation[]>;
  /** Checks by assumption key (`keyOf`), for what presence cannot tell (pagination). */
  checks?: Record<string, (seen: Observation[]) => Promise<Judgement>>;
  /** GET requests sent so far. */
  requests(): number;
  close(): Promise<void>;
}

export interface ProbeReport {
  vendor: string;
  ringformVersion: string;
  /** GET requests sent (the probe sends nothing else). */
  requests: number;
  counts: Record<Verdict, number>;
  findings: Finding[];
  /** Rate-limit headers seen on any answer (`name: value`; values only when short tokens). */
  rateHeaders: string[];
}

export const keyOf = (a: { endpoint: string; where: string; field: string }): string => `${a.endpoint} ${a.where} ${a.field}`;
