import fc from 'fast-check';
import { createDataSource } from '../../app/database/data-source';
import { startTestApp, type TestApp } from '../../../test/harness';
import { AuthService } from './auth.service';
import { argon2PasswordChecker, type PasswordChecker } from '../users';
import { THROTTLE } from './login-throttle';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`;
const PASSWORD = 'thidua-demo';
const SECRET = 'test-secret-'.padEnd(48, 'x');
const HOUR = 3600_000;

/** The real argon2 check, counted: how many attempts reached the password hash. */
function countingChecker(): PasswordChecker & { checks: number } {
  const checker = {
    checks: 0,
    verify: (hash: string, password: string) => {
      checker.checks++;
      return argon2PasswordChecker.verify(hash, password);
    },
    spend: (password: string) => {
      checker.checks++;
      return argon2PasswordChecker.spend(password);
    },
  };
  return checker;
}

const codeOf = (outcome: Awaited<ReturnType<AuthService['login']>>) =>
  outcome.ok ? 'TOKEN' : outcome.userErrors[0].code;

describe('the sign-in throttle, kept in the database', () => {
  let app: TestApp;
  // Each scenario runs an hour after the previous one, so that their attempts never share a window.
  let clock = Date.UTC(2031, 0, 1);
  const nextHour = () => new Date((clock += HOUR));

  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    // Signed in before any scenario: they write failures dated in the future for the demo accounts, which a
    // sign-in at the real time would count.
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('through the API: 50 parallel wrong passwords, of which only the throttle allows reach the check', async () => {
    // Its own account: the scenarios below write failures dated in the future for the demo accounts, which the
    // throttle would count at the real time too.
    const email = 'dich.vu.cong@camau.gov.vn';
    const created = await app.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }`,
      { input: { email, name: 'Dịch vụ công', password: 'mat-khau-2024', role: 'VIEWER' } },
      admin,
    );
    expect(created.data?.createUser.userErrors).toEqual([]);
    const storedBefore = (await app.dataSource.query(`SELECT count(*)::int AS n FROM login_attempts`))[0].n;
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => app.gql(LOGIN, { input: { email, password: `wrong-password-${i}` } })),
    );
    const elapsedSeconds = (Date.now() - started) / 1000;
    const codes = answers.map((answer) => answer.data?.login.userErrors[0]?.code ?? 'TOKEN');
    const checked = codes.filter((code) => code === 'INVALID_CREDENTIALS').length;
    // 5 at once, then one more after 1 s, 3 s, 7 s… of back-off: only a very slow machine sees more than 5.
    const slots = [1, 3, 7, 15, 31].filter((seconds) => seconds <= elapsedSeconds).length;
    expect(checked).toBeGreaterThanOrEqual(THROTTLE.pairLimit);
    expect(checked).toBeLessThanOrEqual(THROTTLE.pairLimit + slots);
    expect(codes.filter((code) => code === 'LOGIN_THROTTLED')).toHaveLength(50 - checked);
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM login_attempts`);
    expect(stored[0].n - storedBefore).toBe(checked);
  });

  it('lets at most 5 of any number of parallel wrong attempts reach the password check, then no token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom('admin@camau.demo', 'xem@camau.demo', 'nobody@camau.demo'),
        async (wrongAttempts, afterwards, email) => {
          const checker = countingChecker();
          const auth = new AuthService(app.dataSource, SECRET, undefined, checker);
          const now = nextHour();
          const burst = await Promise.all(
            Array.from({ length: wrongAttempts }, (_, i) => auth.login(email, `wrong-${i}`, now, '10.0.0.1')),
          );
          const reached = Math.min(wrongAttempts, THROTTLE.pairLimit);
          expect(checker.checks).toBe(reached);
          expect(burst.map(codeOf).filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(reached);
          expect(burst.map(codeOf).filter((code) => code === 'LOGIN_THROTTLED')).toHaveLength(wrongAttempts - reached);
          if (wrongAttempts < THROTTLE.pairLimit) return;
          // The right password among parallel wrong ones, from the same address: refused unchecked.
          const second = await Promise.all([
            ...Array.from({ length: afterwards }, (_, i) => auth.login(email, `again-${i}`, now, '10.0.0.1')),
            auth.login(email, PASSWORD, now, '10.0.0.1'),
          ]);
          expect(second.map(codeOf)).toEqual(Array(afterwards + 1).fill('LOGIN_THROTTLED'));
          expect(checker.checks).toBe(reached);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);

  it('lets the owner sign in from another address while the account is hammered from many', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 5, max: 30 }), async (addresses, each) => {
        const auth = new AuthService(app.dataSource, SECRET);
        const now = nextHour();
        const attacks = await Promise.all(
          Array.from({ length: addresses * each }, (_, i) =>
            auth.login('hoidong@camau.demo', `guess-${i}`, now, `203.0.113.${i % addresses}`),
          ),
        );
        expect(attacks.map(codeOf)).not.toContain('TOKEN');
        expect(attacks.map(codeOf)).toContain('LOGIN_THROTTLED');
        const owner = await auth.login('HoiDong@camau.demo', PASSWORD, new Date(now.getTime() + 1000), '198.51.100.7');
        expect(codeOf(owner)).toBe('TOKEN');
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('blocks an address after 20 failures over any accounts, until the window has passed', async () => {
    const auth = new AuthService(app.dataSource, SECRET);
    const now = nextHour();
    for (let i = 0; i < THROTTLE.addressLimit; i++)
      expect(codeOf(await auth.login(`sprayed-${i}@camau.demo`, 'Password1', now, '10.9.9.9'))).toBe(
        'INVALID_CREDENTIALS',
      );
    const blocked = await auth.login('admin@camau.demo', PASSWORD, now, '10.9.9.9');
    expect(blocked.ok ? null : blocked.userErrors[0].message.en).toBe(
      'Too many failed attempts; try again in 900 seconds.',
    );
    expect(codeOf(await auth.login('admin@camau.demo', PASSWORD, now, '10.9.9.10'))).toBe('TOKEN');
    const later = new Date(now.getTime() + THROTTLE.windowMs + 1);
    expect(codeOf(await auth.login('admin@camau.demo', PASSWORD, later, '10.9.9.9'))).toBe('TOKEN');
  });

  it('shares the counts between two API processes, each with its own connection', async () => {
    const other = createDataSource(process.env.THIDUA_TEST_DB_URL as string, 1);
    await other.initialize();
    try {
      const first = new AuthService(app.dataSource, SECRET);
      const second = new AuthService(other, SECRET);
      const now = nextHour();
      const codes = [];
      for (const auth of [first, second, first, second, first, second, first])
        codes.push(codeOf(await auth.login('baocao@camau.demo', 'wrong-password-1', now, '10.1.1.1')));
      expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'LOGIN_THROTTLED', 'LOGIN_THROTTLED']);
      expect(codeOf(await second.login('baocao@camau.demo', PASSWORD, now, '10.1.1.1'))).toBe('LOGIN_THROTTLED');
      const afterBackOff = new Date(now.getTime() + 1000);
      expect(codeOf(await first.login('baocao@camau.demo', PASSWORD, afterBackOff, '10.1.1.1'))).toBe('TOKEN');
    } finally {
      await other.destroy();
    }
  });

  it('forgets attempts older than the window', async () => {
    const now = nextHour();
    await app.dataSource.query(
      `INSERT INTO login_attempts (account_key, address, at, outcome) VALUES ($1, '10.2.2.2', $2, 'failed')`,
      ['0'.repeat(64), new Date(now.getTime() - THROTTLE.windowMs - 1)],
    );
    await new AuthService(app.dataSource, SECRET).login('admin@camau.demo', 'wrong-password-1', now, '10.2.2.3');
    const left = await app.dataSource.query(`SELECT count(*)::int AS n FROM login_attempts WHERE at < $1`, [
      new Date(now.getTime() - THROTTLE.windowMs),
    ]);
    expect(left[0].n).toBe(0);
  });
});
