import { useEffect } from 'react';
import { Loading } from './components/Loading.tsx';
import { GuideScreen } from './guides/GuideScreen.tsx';
import { GuidesScreen } from './guides/GuidesScreen.tsx';
import { RitualGuideScreen } from './ritual-guide/RitualGuideScreen.tsx';
import { navigate, parseRoute, paths, useLocation } from './router.ts';
import { ChatImportScreen } from './screens/ChatImportScreen.tsx';
import { CircleScreen } from './screens/CircleScreen.tsx';
import { ConfirmEmailScreen } from './screens/ConfirmEmailScreen.tsx';
import { CycleScreen } from './screens/CycleScreen.tsx';
import { DashboardScreen } from './screens/DashboardScreen.tsx';
import { FirstRunScreen } from './screens/FirstRunScreen.tsx';
import { ForgotPasswordScreen } from './screens/ForgotPasswordScreen.tsx';
import { HomeScreen } from './screens/HomeScreen.tsx';
import { InviteScreen } from './screens/InviteScreen.tsx';
import { NotFoundScreen } from './screens/NotFoundScreen.tsx';
import { QuestionScreen } from './screens/QuestionScreen.tsx';
import { RemindersScreen } from './screens/RemindersScreen.tsx';
import { ResetPasswordScreen } from './screens/ResetPasswordScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { SignInScreen } from './screens/SignInScreen.tsx';
import { SignUpScreen } from './screens/SignUpScreen.tsx';
import { SupportScreen } from './screens/SupportScreen.tsx';
import { TogetherScreen } from './screens/TogetherScreen.tsx';
import { UpdatesScreen } from './screens/UpdatesScreen.tsx';
import { WelcomeScreen } from './screens/WelcomeScreen.tsx';
import { useSession } from './session.ts';

/** Picks the screen for the current address; screens that need a user send others to sign in. */
export function Routes() {
  const location = useLocation();
  const { user } = useSession();
  const [pathname = '/', search = ''] = location.split(/(?=\?)/);
  const route = parseRoute(pathname, search);
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

  if (redirect) return <Loading />;
  switch (route.name) {
    case 'home':
      return user ? <HomeScreen /> : <WelcomeScreen />;
    case 'circle':
      return <CircleScreen key={route.circleId} circleId={route.circleId} />;
    case 'cycle':
      return <CycleScreen key={route.circleId} route={route} />;
    case 'dashboard':
      return <DashboardScreen key={route.circleId} circleId={route.circleId} />;
    case 'chatImport':
      return <ChatImportScreen key={route.circleId} circleId={route.circleId} />;
    case 'load':
    case 'rituals':
      return <TogetherScreen key={route.circleId} circleId={route.circleId} page={route.name} />;
    case 'question':
      return <QuestionScreen key={route.circleId} circleId={route.circleId} />;
    case 'reminders':
      return <RemindersScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'forgotPassword':
      return <ForgotPasswordScreen />;
    case 'resetPassword':
      return <ResetPasswordScreen key={route.token} token={route.token} />;
    case 'confirmEmail':
      return <ConfirmEmailScreen key={route.token} token={route.token} />;
    case 'invite':
      return <InviteScreen key={route.token} token={route.token} />;
    case 'signIn':
      return <SignInScreen next={route.next} notice={route.notice} />;
    case 'signUp':
      return <SignUpScreen next={route.next} />;
    case 'support':
      return <SupportScreen />;
    case 'updates':
      return <UpdatesScreen />;
    case 'firstRun':
      return <FirstRunScreen />;
    case 'guides':
      return <GuidesScreen />;
    case 'guide':
      return <GuideScreen key={route.guideId} guideId={route.guideId} />;
    case 'ritualGuide':
      return (
        <RitualGuideScreen
          key={`${route.circleId}/${route.ritualId}`}
          circleId={route.circleId}
          ritualId={route.ritualId}
        />
      );
    case 'notFound':
      return <NotFoundScreen />;
  }
}
