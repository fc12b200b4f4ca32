/**
 * After a crash (kill -9, power loss) a process leaves feed leases and "sending" outbox rows behind. Other
 * replicas wait for those leases to lapse; on the same host we can do better: a lease whose owner's pid is
 * gone is released at once, so `tracewire poll` right after a crash resumes the interrupted deliveries.
 */
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import type { Store } from "../store/store.js";

/** "host:pid:random" — the name this process uses for leases and claims. */
export function ownerName(pid = process.pid, host = hostname()): string {
  return `${host}:${pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** True when `owner` names a process on this host that no longer runs. */
export function isDeadLocalOwner(owner: string, host = hostname()): boolean {
  const parts = owner.split(":");
  if (parts.length < 3) return false;
  const pid = Number(parts[parts.length - 2]);
  if (parts.slice(0, -2).join(":") !== host || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
  // A zombie (killed, not yet reaped by its parent) still answers signal 0 but will never run again.
  return isZombie(pid);
}

/** True when Linux's /proc says the process has exited and waits to be reaped (state Z); false elsewhere. */
export function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return false;
  }
  // "pid (comm) state ...": comm may hold spaces and parentheses, so read after the last ")".
  return stat
    .slice(stat.lastIndexOf(")") + 1)
    .trim()
    .startsWith("Z");
}

/** Releases the leases and claims of dead processes on this host; returns the outbox rows handed back. */
export async function recoverCrashedWork(store: Store): Promise<number> {
  const dead = (await store.listClaimOwners()).filter((owner) => isDeadLocalOwner(owner));
  return dead.length > 0 ? store.releaseClaims(dead) : 0;
}
