"use client";
import { useEffect, useState } from "react";
import { searchNonce } from "@/lib/cases/proof-of-work-bits";

/**
 * Solves the submission form's proof of work in the browser (lib/cases/proof-of-work.ts) as soon as
 * the page opens, in slices with a pause between them so the page stays responsive: the nonce, or
 * null while it is being found.
 */
export function useProofOfWork(challenge: string | null): string | null {
  const [nonce, setNonce] = useState<string | null>(null);
  useEffect(() => {
    if (!challenge) return;
    let cancelled = false;
    let start = 0;
    const SLICE = 4096;
    const step = () => {
      if (cancelled) return;
      const found = searchNonce(challenge, start, SLICE);
      if (found !== null) setNonce(found);
      else {
        start += SLICE;
        setTimeout(step, 0);
      }
    };
    setTimeout(step, 0);
    return () => {
      cancelled = true;
    };
  }, [challenge]);
  return nonce;
}
