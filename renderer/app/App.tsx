import { DealPage } from '../deals/DealPage';
import { DealsScreen } from '../deals/DealsScreen';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../api/client';
import { BehaviourPage } from '../behaviours/BehaviourPage';
import { BehavioursScreen } from '../behaviours/BehavioursScreen';
import { CallReviewPage } from '../call-reviews/CallReviewPage';
import { CallReviewsScreen } from '../call-reviews/CallReviewsScreen';
import { ImportCallPage } from '../call-reviews/ImportCallPage';
import { HomeScreen } from '../home/HomeScreen';
import { QuickCaptureProvider } from '../observations/QuickCapture';
import { OneOnOnePage } from '../one-on-ones/OneOnOnePage';
import { OneOnOnePrint } from '../one-on-ones/OneOnOnePrint';
import { OneOnOnesScreen } from '../one-on-ones/OneOnOnesScreen';
import { PrepBriefPage } from '../one-on-ones/PrepBriefPage';
import { PersonPage } from '../team/PersonPage';
import { ProgressReport } from '../progress/ProgressReport';
import { RulesPage } from '../progress/RulesPage';
import { TeamProgressScreen } from '../progress/TeamProgressScreen';
import { TeamScreen } from '../team/TeamScreen';
import { invalidateFor } from '../api/invalidation';
import { ToastProvider } from '../ui/Toast';
import { focusPageHeading } from '../ui/focus';
import { ClientProvider, useClient } from './client-context';
import { CommandPalette } from './CommandPalette';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { FirstRun } from '../workspace/FirstRun';
import { SettingsScreen } from '../workspace/SettingsScreen';
import { WhoYouAre } from '../workspace/WhoYouAre';
import { MyCoaching } from '../workspace/MyCoaching';
import { useWorkspace } from '../workspace/use-workspace';
import { SECTIONS } from './sections';
import { LostDealPage } from '../lost-deals/LostDealPage';
import { LostDealsScreen } from '../lost-deals/LostDealsScreen';
import { ImportProposalPage } from '../proposals/ImportProposalPage';
import { ProposalReviewPage } from '../proposals/ProposalReviewPage';
import { ProposalsScreen } from '../proposals/ProposalsScreen';
import { ImprovementIndex, ImprovementPage } from '../role-plays/ImprovementPage';
import { RolePlaysScreen } from '../role-plays/RolePlaysScreen';
import { RunView } from '../role-plays/RunView';
import { ScriptEditor } from '../role-plays/ScriptEditor';
import { ScriptHandout, ScriptPage } from '../role-plays/ScriptPage';
import { SearchScreen } from '../search/SearchScreen';

/** The core's events, from this window's writes and every other window's, keep the cached reads fresh. */
function EventBridge() {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(() => client.onEvent((event) => invalidateFor(queryClient, event)), [client, queryClient]);
  return null;
}

/** A rep's own coaching history comes first in their sidebar. */
const MY_COACHING = { path: '/me', label: 'My coaching' };

function Navigation() {
  const [location] = useLocation();
  const isRep = useWorkspace().data?.owner?.kind === 'rep';
  const sections = isRep ? [MY_COACHING, ...SECTIONS] : SECTIONS;
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand" aria-hidden="true">
        Coachbench
      </div>
      <ul>
        {sections.map((section) => {
          const current = location === section.path || location.startsWith(`${section.path}/`);
          return (
            <li key={section.path}>
              <Link href={section.path} className="nav-link" aria-current={current ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
      <WhoYouAre />
    </nav>
  );
}

/** Where the app opens: a rep at their own coaching, a manager at their week. */
function Home() {
  const workspace = useWorkspace();
  if (workspace.isLoading) return null;
  return <Redirect to={workspace.data?.owner?.kind === 'rep' ? '/me' : '/week'} />;
}

/** "Skip to content": the first Tab stop, so the sidebar is not in the way of every page. */
function SkipLink() {
  return (
    // A button, not a link to "#main-content": the hash belongs to the router.
    <button type="button" className="skip-link" onClick={() => focusPageHeading()}>
      Skip to content
    </button>
  );
}

/**
 * After a page change, focus goes to the new page's heading (once it has loaded), so the keyboard
 * carries on from the top of the content instead of the start of the document. A page that already
 * moved focus somewhere on purpose keeps it.
 */
function RouteFocus() {
  const [location] = useLocation();
  // Not before the user has done anything: opening the app (and its redirect to the first screen) leaves
  // focus at the start of the document, where the skip link is the first Tab stop.
  const interacted = useRef(false);
  useEffect(() => {
    const mark = () => {
      interacted.current = true;
    };
    window.addEventListener('keydown', mark, { capture: true, once: true });
    window.addEventListener('pointerdown', mark, { capture: true, once: true });
    return () => {
      window.removeEventListener('keydown', mark, { capture: true });
      window.removeEventListener('pointerdown', mark, { capture: true });
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change, which is what location says.
  useEffect(() => {
    if (!interacted.current) return;
    // Focus is "away" on the body, in the sidebar or palette, on an element the page change removed, or
    // on the content area itself (where it waits while the page loads).
    const stillAway = () => {
      const active = document.activeElement;
      return (
        !active ||
        active === document.body ||
        active.id === 'main-content' ||
        active.closest('.sidebar, .palette') !== null ||
        !active.isConnected
      );
    };
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      if (!stillAway()) return;
      if (focusPageHeading() || ++tries > 120) return;
      frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [location]);
  return null;
}

export function App({ client }: { client: Client }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
      }),
  );
  return (
    <ClientProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <EventBridge />
        <Router hook={useHashLocation}>
          <ToastProvider>
            <QuickCaptureProvider>
              <SkipLink />
              <RouteFocus />
              <CommandPalette />
              <div className="shell">
                <Navigation />
                <main className="content" id="main-content" tabIndex={-1}>
                  <ReadOnlyBanner />
                  <FirstRun />
                  <Switch>
                    <Route path="/week" component={HomeScreen} />
                    <Route path="/team" component={TeamScreen} />
                    <Route path="/team/:id">{(params) => <PersonPage id={params.id} />}</Route>
                    <Route path="/team/:id/calls">
                      {(params) => <PersonPage id={params.id} tab="calls" />}
                    </Route>
                    <Route path="/team/:id/observations">
                      {(params) => <PersonPage id={params.id} tab="observations" />}
                    </Route>
                    <Route path="/team/:id/notes">
                      {(params) => <PersonPage id={params.id} tab="notes" />}
                    </Route>
                    <Route path="/team/:id/notes/:noteId">
                      {(params) => <PersonPage id={params.id} tab="notes" noteId={params.noteId} />}
                    </Route>
                    <Route path="/team/:id/one-to-ones">
                      {(params) => <PersonPage id={params.id} tab="one-to-ones" />}
                    </Route>
                    <Route path="/team/:id/progress">
                      {(params) => <PersonPage id={params.id} tab="progress" />}
                    </Route>
                    <Route path="/team/:id/progress/print">
                      {(params) => <ProgressReport repId={params.id} />}
                    </Route>
                    <Route path="/progress" component={TeamProgressScreen} />
                    <Route path="/progress/rules" component={RulesPage} />
                    <Route path="/one-to-ones" component={OneOnOnesScreen} />
                    <Route path="/one-to-ones/prep/:repId">
                      {(params) => <PrepBriefPage repId={params.repId} />}
                    </Route>
                    <Route path="/one-to-ones/prep/:repId/print">
                      {(params) => <PrepBriefPage repId={params.repId} printing />}
                    </Route>
                    <Route path="/one-to-ones/:id">{(params) => <OneOnOnePage id={params.id} />}</Route>
                    <Route path="/one-to-ones/:id/print">
                      {(params) => <OneOnOnePrint id={params.id} />}
                    </Route>
                    <Route path="/calls" component={CallReviewsScreen} />
                    <Route path="/calls/new" component={ImportCallPage} />
                    <Route path="/calls/:id">{(params) => <CallReviewPage id={params.id} />}</Route>
                    <Route path="/proposals" component={ProposalsScreen} />
                    <Route path="/proposals/new" component={ImportProposalPage} />
                    <Route path="/proposals/:id">{(params) => <ProposalReviewPage id={params.id} />}</Route>
                    <Route path="/behaviours" component={BehavioursScreen} />
                    <Route path="/behaviours/:id">{(params) => <BehaviourPage id={params.id} />}</Route>
                    <Route path="/settings" component={SettingsScreen} />
                    <Route path="/me" component={MyCoaching} />
                    <Route path="/lost-deals" component={LostDealsScreen} />
                    <Route path="/lost-deals/:id">{(params) => <LostDealPage dealId={params.id} />}</Route>
                    <Route path="/role-plays" component={RolePlaysScreen} />
                    <Route path="/role-plays/new">{() => <ScriptEditor />}</Route>
                    <Route path="/role-plays/progress" component={ImprovementIndex} />
                    <Route path="/role-plays/progress/:repId">
                      {(params) => <ImprovementPage repId={params.repId} />}
                    </Route>
                    <Route path="/role-plays/:id">{(params) => <ScriptPage id={params.id} />}</Route>
                    <Route path="/role-plays/:id/v/:version">
                      {(params) => <ScriptPage id={params.id} version={Number(params.version)} />}
                    </Route>
                    <Route path="/role-plays/:id/edit">{(params) => <ScriptEditor id={params.id} />}</Route>
                    <Route path="/role-plays/:id/print">{(params) => <ScriptHandout id={params.id} />}</Route>
                    <Route path="/role-plays/:id/run/:repId/:mode">
                      {(params) => (
                        <RunView
                          id={params.id}
                          repId={params.repId}
                          mode={params.mode === 'self-practice' ? 'self-practice' : 'manager-run'}
                        />
                      )}
                    </Route>
                    <Route path="/search" component={SearchScreen} />
                    <Route path="/deals" component={DealsScreen} />
                    <Route path="/deals/:id">{(params) => <DealPage id={params.id} />}</Route>
                    <Route>
                      <Home />
                    </Route>
                  </Switch>
                </main>
              </div>
            </QuickCaptureProvider>
          </ToastProvider>
        </Router>
      </QueryClientProvider>
    </ClientProvider>
  );
}
