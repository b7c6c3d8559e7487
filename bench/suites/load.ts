import { DEMO_PASSWORD, demoData, demoUsernames } from '../lib/demo.ts';
import { type Session, signIn, startEiso } from '../lib/eiso.ts';
import { sleep } from '../lib/net.ts';
import { cpuSnapshot, postgresPids } from '../lib/proc.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';

const USERS = Number(process.env.BENCH_LOAD_USERS ?? 200);
const SIGN_IN_SECONDS = Number(process.env.BENCH_LOAD_SIGN_IN_SECONDS ?? 30);
const WORK_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
/** Mean pause between two actions of one user (uniform from half to one and a half of it). */
const THINK_MS = Number(process.env.BENCH_LOAD_THINK_MS ?? 2000);
const TIMEOUT_MS = 30_000;
const searches = ['quy trình', 'kiem soat tai lieu', 'đánh giá nội bộ', 'hồ sơ', 'khieu nai', 'đào tạo'];

type Sample = { action: string; startedAt: number; ms: number; status: number };

/** One virtual user: its own session (several share a demo account), its own think times. */
class User {
  session?: Session;
  documentIds: string[] = [];
  readonly base: string;
  readonly username: string;
  /** Completes case steps now and then: one user per account, so they do not race each other. */
  readonly completesSteps: boolean;
  readonly record: (s: Sample) => void;
  readonly t0: number;
  constructor(options: {
    base: string;
    username: string;
    completesSteps: boolean;
    record: (s: Sample) => void;
    t0: number;
  }) {
    this.base = options.base;
    this.username = options.username;
    this.completesSteps = options.completesSteps;
    this.record = options.record;
    this.t0 = options.t0;
  }

  async request(
    action: string,
    path: string,
    init: RequestInit = {},
  ): Promise<{ status: number; body: string }> {
    const startedAt = performance.now();
    let status = 0;
    let body = '';
    try {
      const response = await fetch(`${this.base}${path}`, {
        ...init,
        headers: {
          ...(this.session ? { cookie: this.session.cookie, 'x-csrf-token': this.session.csrfToken } : {}),
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = response.status;
      body = await response.text();
    } catch {
      status = 0; // network error or timeout
    }
    this.record({
      action,
      startedAt: (startedAt - this.t0) / 1000,
      ms: performance.now() - startedAt,
      status,
    });
    return { status, body };
  }

  async signIn() {
    const startedAt = performance.now();
    try {
      this.session = await signIn(this.base, this.username, DEMO_PASSWORD);
      this.record({
        action: 'sign-in',
        startedAt: (startedAt - this.t0) / 1000,
        ms: performance.now() - startedAt,
        status: 200,
      });
    } catch (error) {
      const status = Number(/sign-in failed: (\d+)/.exec(String(error))?.[1] ?? 0);
      this.record({
        action: 'sign-in',
        startedAt: (startedAt - this.t0) / 1000,
        ms: performance.now() - startedAt,
        status,
      });
    }
  }

  async listDocuments() {
    const page = 1 + Math.floor(Math.random() * 3);
    const { status, body } = await this.request(
      'documents list',
      `/api/v1/documents?pageSize=20&page=${page}`,
    );
    if (status === 200) {
      const ids = (JSON.parse(body) as { items: Array<{ id: string }> }).items.map((i) => i.id);
      if (ids.length) this.documentIds = ids;
    }
  }

  /** A document's page: the document, then its current version. */
  async readDocument() {
    if (this.documentIds.length === 0) return this.listDocuments();
    const id = this.documentIds[Math.floor(Math.random() * this.documentIds.length)];
    const { status, body } = await this.request('document read', `/api/v1/documents/${id}`);
    const versionId =
      status === 200 ? (JSON.parse(body) as { currentVersionId: string | null }).currentVersionId : null;
    if (versionId) await this.request('version read', `/api/v1/document-versions/${versionId}`);
  }

  async myWork() {
    await Promise.all([
      this.request('my work: cases', '/api/v1/my-work/case-steps'),
      this.request('my work: documents', '/api/v1/documents/my-work'),
    ]);
  }

  /** The first step of "my work": claimed if nobody has it, then completed. */
  async completeStep(): Promise<boolean> {
    const inbox = await this.request('my work: cases', '/api/v1/my-work/case-steps');
    if (inbox.status !== 200) return false;
    const [item] = (JSON.parse(inbox.body) as { items: Array<{ caseId: string }> }).items;
    if (!item) return false;
    type Detail = {
      version: number;
      abilities: { claim: boolean; complete: boolean };
      steps: Array<{ state: string; condition: string | null }>;
    };
    let answer = await this.request('case read', `/api/v1/cases/${item.caseId}`);
    if (answer.status !== 200) return false;
    let detail = JSON.parse(answer.body) as Detail;
    if (detail.abilities.claim) {
      answer = await this.request('step claim', `/api/v1/cases/${item.caseId}/claim`, {
        method: 'POST',
        body: JSON.stringify({ version: detail.version }),
      });
      if (answer.status !== 200) return false;
      detail = JSON.parse(answer.body) as Detail;
    }
    if (!detail.abilities.complete) return false;
    const active = detail.steps.find((s) => s.state === 'active');
    answer = await this.request('step complete', `/api/v1/cases/${item.caseId}/complete`, {
      method: 'POST',
      body: JSON.stringify({
        version: detail.version,
        output: 'Đã xử lý (bench)',
        ...(active?.condition ? { decision: 'yes' } : {}),
      }),
    });
    return answer.status === 200;
  }

  /** Mixed work until `until` (seconds since the start), a think time between actions. */
  async work(until: number, completed: () => void) {
    const now = () => (performance.now() - this.t0) / 1000;
    while (now() < until) {
      const roll = Math.random() * 100;
      if (roll < 25) await this.listDocuments();
      else if (roll < 45) await this.readDocument();
      else if (roll < 60) {
        const q = searches[Math.floor(Math.random() * searches.length)];
        await this.request('search', `/api/v1/documents/search?q=${encodeURIComponent(q)}`);
      } else if (roll < 70) await this.request('people list', '/api/v1/people?pageSize=20');
      else if (roll < 90) await this.myWork();
      else if (roll < 95) await this.request('home', '/api/v1/home');
      else if (this.completesSteps) {
        if (await this.completeStep()) completed();
      } else await this.myWork();
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : Number.NaN;

/**
 * 200 people at work: sign-ins spread over the first 30 s (each virtual user its own
 * session; the 41 demo accounts are shared), then lists, document reads, search, people,
 * my work and home, and now and then a case step completed, with think times, for a
 * bounded time. Latency counted for the requests started after the sign-in phase.
 */
export const loadSuite: Suite = {
  name: 'load',
  title: `Load: ${USERS} users, sign-ins over ${SIGN_IN_SECONDS} s, then ${WORK_SECONDS} s of mixed work`,
  async run({ runTmp, log }) {
    const data = await demoData(runTmp, log);
    const server = await startEiso(data);
    const samples: Sample[] = [];
    let completed = 0;
    const t0 = performance.now();
    const end = SIGN_IN_SECONDS + WORK_SECONDS;
    const eisoCpu = cpuSnapshot(() => [server.pid]);
    const pgCpu = cpuSnapshot(() => (data.databaseUrl ? [] : postgresPids(data.dataDir)));
    log(`${USERS} users signing in over ${SIGN_IN_SECONDS} s, working until ${end} s (think ${THINK_MS} ms)`);
    const progress = setInterval(() => {
      const bad = samples.filter((s) => s.status === 0 || s.status >= 500).length;
      log(
        `${Math.round((performance.now() - t0) / 1000)} s: ${fmt.int(samples.length)} requests, ${bad} errors`,
      );
    }, 15_000);
    const users = Array.from({ length: USERS }, (_, i) => {
      const username = demoUsernames[i % demoUsernames.length];
      return new User({
        base: server.base,
        username,
        completesSteps: i < demoUsernames.length,
        record: (s) => samples.push(s),
        t0,
      });
    });
    await Promise.all(
      users.map(async (user, i) => {
        await sleep((i * SIGN_IN_SECONDS * 1000) / USERS);
        await user.signIn();
        if (user.session) await user.work(end, () => completed++);
      }),
    );
    clearInterval(progress);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = { eisoMs: eisoCpu.delta(), postgresMs: data.databaseUrl ? null : pgCpu.delta() };
    await server.stop();

    const isError = (s: Sample) => s.status === 0 || s.status >= 500 || (s.status >= 400 && s.status !== 409);
    const signIns = samples.filter((s) => s.action === 'sign-in');
    const afterSignIn = samples.filter((s) => s.action !== 'sign-in' && s.startedAt >= SIGN_IN_SECONDS);
    const latencies = afterSignIn.map((s) => s.ms).sort((a, b) => a - b);
    const signInMs = signIns.map((s) => s.ms).sort((a, b) => a - b);
    const errors = samples.filter(isError);
    const conflicts = samples.filter((s) => s.status === 409).length;
    const byAction = [...new Set(afterSignIn.map((s) => s.action))].map((action) => {
      const ms = afterSignIn
        .filter((s) => s.action === action)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      return { action, requests: ms.length, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) };
    });
    const errorsByStatus = Object.entries(
      errors.reduce<Record<string, number>>((acc, s) => {
        const key = `${s.action} ${s.status || 'network/timeout'}`;
        acc[key] = (acc[key] ?? 0) + 1;
        return acc;
      }, {}),
    );
    const ms1 = (n: number) => `${fmt.int(n)} ms`;
    const rows: Row[] = [
      {
        measure: 'after the sign-in phase: p50 / p99',
        value: `${ms1(quantile(latencies, 0.5))} / ${ms1(quantile(latencies, 0.99))}`,
        note: `${fmt.int(latencies.length)} requests in ${WORK_SECONDS} s (${fmt.one(latencies.length / WORK_SECONDS)} req/s), max ${ms1(latencies.at(-1) ?? 0)}; target p99 ≤ 1 s`,
      },
      {
        measure: 'errors (network, timeout, 5xx, unexpected 4xx)',
        value: fmt.int(errors.length),
        note: `${errorsByStatus.map(([k, n]) => `${k}: ${n}`).join('; ') || 'none'}; target 0`,
      },
      {
        measure: '409 conflicts (two people claiming one step)',
        value: fmt.int(conflicts),
        note: `${completed} steps completed`,
      },
      {
        measure: 'sign-ins: p50 / p99',
        value: `${ms1(quantile(signInMs, 0.5))} / ${ms1(quantile(signInMs, 0.99))}`,
        note: `${signIns.filter((s) => s.status === 200).length} of ${USERS} signed in, ${demoUsernames.length} accounts shared`,
      },
      ...byAction.map((a) => ({
        measure: `  ${a.action}`,
        value: `${ms1(a.p50)} / ${ms1(a.p99)}`,
        note: `${fmt.int(a.requests)} requests`,
      })),
      {
        measure: 'CPU over the run',
        value: `${fmt.one(cpu.eisoMs / 1000)} s eiso`,
        note: `${cpu.postgresMs === null ? 'PostgreSQL external' : `${fmt.one(cpu.postgresMs / 1000)} s PostgreSQL`} in ${fmt.one(seconds)} s; ${fmt.one(cpu.eisoMs / Math.max(1, samples.length))} ms eiso CPU per request`,
      },
    ];
    return {
      rows,
      data: {
        users: USERS,
        signInSeconds: SIGN_IN_SECONDS,
        workSeconds: WORK_SECONDS,
        thinkMs: THINK_MS,
        requests: samples.length,
        afterSignIn: {
          requests: latencies.length,
          p50Ms: quantile(latencies, 0.5),
          p99Ms: quantile(latencies, 0.99),
          maxMs: latencies.at(-1),
        },
        signIns: {
          ok: signIns.filter((s) => s.status === 200).length,
          p50Ms: quantile(signInMs, 0.5),
          p99Ms: quantile(signInMs, 0.99),
        },
        errors: errors.length,
        errorsByStatus: Object.fromEntries(errorsByStatus),
        conflicts,
        stepsCompleted: completed,
        byAction,
        cpu,
        seconds,
      },
    };
  },
};
