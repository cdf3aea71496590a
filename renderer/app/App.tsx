import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../api/client';
import { BehaviourPage } from '../behaviours/BehaviourPage';
import { BehavioursScreen } from '../behaviours/BehavioursScreen';
import { CallReviewPage } from '../call-reviews/CallReviewPage';
import { CallReviewsScreen } from '../call-reviews/CallReviewsScreen';
import { ImportCallPage } from '../call-reviews/ImportCallPage';
import { QuickCaptureProvider } from '../observations/QuickCapture';
import { OneOnOnePage } from '../one-on-ones/OneOnOnePage';
import { OneOnOnePrint } from '../one-on-ones/OneOnOnePrint';
import { OneOnOnesScreen } from '../one-on-ones/OneOnOnesScreen';
import { PrepBriefPage } from '../one-on-ones/PrepBriefPage';
import { PersonPage } from '../team/PersonPage';
import { TeamScreen } from '../team/TeamScreen';
import { ClientProvider, useClient } from './client-context';
import { CommandPalette } from './CommandPalette';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { FirstRun } from '../workspace/FirstRun';
import { SettingsScreen } from '../workspace/SettingsScreen';
import { WhoYouAre } from '../workspace/WhoYouAre';
import { MyCoaching } from '../workspace/MyCoaching';
import { useWorkspace } from '../workspace/use-workspace';
import { SECTIONS } from './sections';

function EventBridge() {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.onEvent((event) => {
        // Another window (or the other transport) changed something: refetch what depends on it.
        const keys: Record<typeof event.name, string[][]> = {
          'people.changed': [['people'], ['observations']],
          'library.changed': [['library'], ['behaviours'], ['observations']],
          'observations.changed': [['observations'], ['library'], ['behaviours'], ['notes', 'list']],
          'notes.changed': [['notes', 'list']],
          // Who is using the app changed: every answer may differ.
          'workspace.changed': [[]],
          'callReviews.changed': [['callReviews'], ['observations'], ['prepBrief']],
          'oneOnOnes.changed': [['oneOnOnes'], ['commitments'], ['prepBrief'], ['observations']],
        };
        for (const queryKey of keys[event.name]) void queryClient.invalidateQueries({ queryKey });
      }),
    [client, queryClient],
  );
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

/** Where the app opens: a rep at their own coaching, a manager at their team. */
function Home() {
  const workspace = useWorkspace();
  if (workspace.isLoading) return null;
  return <Redirect to={workspace.data?.owner?.kind === 'rep' ? '/me' : '/team'} />;
}

function NotYetBuilt({ label, line }: { label: string; line: string }) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{label}</h1>
      </header>
      <p className="muted">{line}</p>
    </section>
  );
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
          <QuickCaptureProvider>
            <CommandPalette />
            <div className="shell">
              <Navigation />
              <main className="content">
                <ReadOnlyBanner />
                <FirstRun />
                <Switch>
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
                  <Route path="/one-to-ones" component={OneOnOnesScreen} />
                  <Route path="/one-to-ones/prep/:repId">
                    {(params) => <PrepBriefPage repId={params.repId} />}
                  </Route>
                  <Route path="/one-to-ones/prep/:repId/print">
                    {(params) => <PrepBriefPage repId={params.repId} printing />}
                  </Route>
                  <Route path="/one-to-ones/:id">{(params) => <OneOnOnePage id={params.id} />}</Route>
                  <Route path="/one-to-ones/:id/print">{(params) => <OneOnOnePrint id={params.id} />}</Route>
                  <Route path="/calls" component={CallReviewsScreen} />
                  <Route path="/calls/new" component={ImportCallPage} />
                  <Route path="/calls/:id">{(params) => <CallReviewPage id={params.id} />}</Route>
                  <Route path="/behaviours" component={BehavioursScreen} />
                  <Route path="/behaviours/:id">{(params) => <BehaviourPage id={params.id} />}</Route>
                  <Route path="/settings" component={SettingsScreen} />
                  <Route path="/me" component={MyCoaching} />
                  {SECTIONS.filter((s) => s.notYet).map((s) => (
                    <Route key={s.path} path={s.path}>
                      <NotYetBuilt label={s.label} line={s.notYet!} />
                    </Route>
                  ))}
                  <Route>
                    <Home />
                  </Route>
                </Switch>
              </main>
            </div>
          </QuickCaptureProvider>
        </Router>
      </QueryClientProvider>
    </ClientProvider>
  );
}
