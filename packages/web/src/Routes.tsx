import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { ScreenSkeleton, type SkeletonLayout } from './components/Skeleton.tsx';
import { loadArea, type Area } from './i18n/areas.ts';
import { navigate, parseRoute, paths, useLocation, type Route } from './router.ts';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { useSession } from './session.ts';
import { MoreScreen } from './shell/MoreScreen.tsx';

/**
 * Each group of screens is its own chunk, loaded when first opened, so the first screen's
 * JavaScript stays small (`npm run check:bundle`). `preloadScreen` starts a route's chunk at
 * once, at start-up alongside its data, and ahead of a likely visit.
 */
interface LazyScreen<P> {
  readonly Screen: ComponentType<P>;
  readonly preload: () => Promise<unknown>;
}

function screen<M, P>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyScreen<P> {
  return {
    Screen: lazy(() => load().then((module) => ({ default: pick(module) }))),
    preload: load,
  };
}

/** A screen's code, with the messages of the catalogue's areas it shows (i18n/areas.ts). */
const withArea =
  <M,>(area: Area | readonly Area[], load: () => Promise<M>) =>
  () =>
    Promise.all([load(), ...[area].flat().map(loadArea)]).then(([module]) => module);

const Home = screen(
  () => import('./screens/HomeScreen.tsx'),
  (m) => m.HomeScreen,
);
const Circle = screen(
  withArea('dailyQuestions', () => import('./screens/CircleScreen.tsx')),
  (m) => m.CircleScreen,
);
const Question = screen(
  withArea('dailyQuestions', () => import('./screens/QuestionScreen.tsx')),
  (m) => m.QuestionScreen,
);
const Cycle = screen(
  withArea(['repairGuide', 'prompts', 'checkinItems'], () => import('./screens/CycleScreen.tsx')),
  (m) => m.CycleScreen,
);
const Dashboard = screen(
  withArea('insights', () => import('./screens/DashboardScreen.tsx')),
  (m) => m.DashboardScreen,
);
const ChatImport = screen(
  withArea('chat', () => import('./screens/ChatImportScreen.tsx')),
  (m) => m.ChatImportScreen,
);
const Together = screen(
  () => import('./screens/TogetherScreen.tsx'),
  (m) => m.TogetherScreen,
);
const Reminders = screen(
  () => import('./screens/RemindersScreen.tsx'),
  (m) => m.RemindersScreen,
);
const RitualGuide = screen(
  withArea('checkinItems', () => import('./ritual-guide/RitualGuideScreen.tsx')),
  (m) => m.RitualGuideScreen,
);
const Settings = screen(
  () => import('./screens/SettingsScreen.tsx'),
  (m) => m.SettingsScreen,
);
const ForgotPassword = screen(
  () => import('./screens/ForgotPasswordScreen.tsx'),
  (m) => m.ForgotPasswordScreen,
);
const ResetPassword = screen(
  () => import('./screens/ResetPasswordScreen.tsx'),
  (m) => m.ResetPasswordScreen,
);
const ConfirmEmail = screen(
  () => import('./screens/ConfirmEmailScreen.tsx'),
  (m) => m.ConfirmEmailScreen,
);
const Invite = screen(
  () => import('./screens/InviteScreen.tsx'),
  (m) => m.InviteScreen,
);
const SignIn = screen(
  () => import('./screens/SignInScreen.tsx'),
  (m) => m.SignInScreen,
);
const SignUp = screen(
  () => import('./screens/SignUpScreen.tsx'),
  (m) => m.SignUpScreen,
);
const Support = screen(
  () => import('./screens/SupportScreen.tsx'),
  (m) => m.SupportScreen,
);
const Updates = screen(
  () => import('./screens/UpdatesScreen.tsx'),
  (m) => m.UpdatesScreen,
);
const Guides = screen(
  withArea('guideBodies', () => import('./guides/GuidesScreen.tsx')),
  (m) => m.GuidesScreen,
);
const Welcome = screen(
  () => import('./screens/WelcomeScreen.tsx'),
  (m) => m.WelcomeScreen,
);
const FirstRun = screen(
  () => import('./screens/FirstRunScreen.tsx'),
  (m) => m.FirstRunScreen,
);
const Guide = screen(
  withArea('guideBodies', () => import('./guides/GuideScreen.tsx')),
  (m) => m.GuideScreen,
);

const Report = screen(
  withArea('reports', () => import('./screens/ReportScreen.tsx')),
  (m) => m.ReportScreen,
);
const Counselling = screen(
  withArea('reports', () => import('./screens/CounsellingScreen.tsx')),
  (m) => m.CounsellingScreen,
);

const SCREENS: Partial<Record<Route['name'], Pick<LazyScreen<never>, 'preload'>>> = {
  home: Home,
  circle: Circle,
  question: Question,
  cycle: Cycle,
  dashboard: Dashboard,
  chatImport: ChatImport,
  load: Together,
  rituals: Together,
  reminders: Reminders,
  ritualGuide: RitualGuide,
  settings: Settings,
  forgotPassword: ForgotPassword,
  resetPassword: ResetPassword,
  confirmEmail: ConfirmEmail,
  invite: Invite,
  signIn: SignIn,
  signUp: SignUp,
  support: Support,
  updates: Updates,
  guides: Guides,
  guide: Guide,
  firstRun: FirstRun,
  report: Report,
  counselling: Counselling,
};

/** The shape each screen has, shown before its code and data arrive. */
const LAYOUTS: Partial<Record<Route['name'], SkeletonLayout>> = {
  home: 'list',
  circle: 'circle',
  dashboard: 'dashboard',
  load: 'cards',
  rituals: 'cards',
  reminders: 'cards',
  settings: 'cards',
  updates: 'list',
  guides: 'list',
};

const routeAt = (location: string): Route => {
  const [pathname = '/', search = ''] = location.split(/(?=\?)/);
  return parseRoute(pathname, search);
};

/** The skeleton of the screen at the current address. */
export function RouteSkeleton() {
  const location = useLocation();
  return <ScreenSkeleton layout={LAYOUTS[routeAt(location).name]} />;
}

/** Starts loading the code of the screen at `location` (a path with its query). */
export function preloadScreen(location: string): void {
  void SCREENS[routeAt(location).name]?.preload().catch(() => {
    // Offline or a new build: opening the screen tries again and says what went wrong.
  });
}

/** Picks the screen for the current address; screens that need a user send others to sign in. */
export function Routes() {
  const location = useLocation();
  const { user } = useSession();
  const route = routeAt(location);
  const needsUser =
    route.name === 'circle' ||
    route.name === 'cycle' ||
    route.name === 'dashboard' ||
    route.name === 'chatImport' ||
    route.name === 'load' ||
    route.name === 'rituals' ||
    route.name === 'ritualGuide' ||
    route.name === 'question' ||
    route.name === 'reminders' ||
    route.name === 'settings' ||
    route.name === 'updates' ||
    route.name === 'more' ||
    route.name === 'report' ||
    route.name === 'firstRun';
  const redirect =
    needsUser && !user
      ? paths.signIn(location)
      : (route.name === 'signIn' || route.name === 'signUp') && user
        ? (route.next ?? paths.home())
        : undefined;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (redirect) return <ScreenSkeleton />;
  return (
    <Suspense fallback={<ScreenSkeleton layout={LAYOUTS[route.name]} />}>
      {screenFor(route, user !== null)}
    </Suspense>
  );
}

function screenFor(route: Route, signedIn: boolean) {
  switch (route.name) {
    case 'home':
      // Signed out, the first address shows what recipro is (the welcome), not a sign-in form.
      return signedIn ? <Home.Screen /> : <Welcome.Screen />;
    case 'circle':
      return <Circle.Screen key={route.circleId} circleId={route.circleId} />;
    case 'cycle':
      return <Cycle.Screen key={route.circleId} route={route} />;
    case 'dashboard':
      return <Dashboard.Screen key={route.circleId} circleId={route.circleId} />;
    case 'chatImport':
      return <ChatImport.Screen key={route.circleId} circleId={route.circleId} />;
    case 'load':
    case 'rituals':
      return <Together.Screen key={route.circleId} circleId={route.circleId} page={route.name} />;
    case 'question':
      return <Question.Screen key={route.circleId} circleId={route.circleId} />;
    case 'reminders':
      return <Reminders.Screen />;
    case 'settings':
      return <Settings.Screen />;
    case 'forgotPassword':
      return <ForgotPassword.Screen />;
    case 'resetPassword':
      return <ResetPassword.Screen key={route.token} token={route.token} />;
    case 'confirmEmail':
      return <ConfirmEmail.Screen key={route.token} token={route.token} />;
    case 'invite':
      return <Invite.Screen key={route.token} token={route.token} />;
    case 'signIn':
      return <SignIn.Screen next={route.next} notice={route.notice} />;
    case 'signUp':
      return <SignUp.Screen next={route.next} />;
    case 'support':
      return <Support.Screen />;
    case 'updates':
      return <Updates.Screen />;
    case 'firstRun':
      return <FirstRun.Screen />;
    case 'guides':
      return <Guides.Screen />;
    case 'guide':
      return <Guide.Screen key={route.guideId} guideId={route.guideId} />;
    case 'ritualGuide':
      return (
        <RitualGuide.Screen
          key={`${route.circleId}/${route.ritualId}`}
          circleId={route.circleId}
          ritualId={route.ritualId}
        />
      );
    case 'more':
      return <MoreScreen />;
    case 'report':
      return <Report.Screen key={route.circleId} circleId={route.circleId} />;
    case 'counselling':
      return <Counselling.Screen />;
    case 'notFound':
      return <NotFoundScreen />;
  }
}
