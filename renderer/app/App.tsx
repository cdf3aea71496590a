import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { Client } from '../api/client';
import { PersonPage } from '../team/PersonPage';
import { TeamScreen } from '../team/TeamScreen';
import { ClientProvider, useClient } from './client-context';
import { SECTIONS } from './sections';

function EventBridge() {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.onEvent((event) => {
        // Another window (or the other transport) changed something: refetch what depends on it.
        if (event.name === 'people.changed') void queryClient.invalidateQueries({ queryKey: ['people'] });
      }),
    [client, queryClient],
  );
  return null;
}

function Navigation() {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand" aria-hidden="true">
        Coachbench
      </div>
      <ul>
        {SECTIONS.map((section) => {
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
    </nav>
  );
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
          <div className="shell">
            <Navigation />
            <main className="content">
              <Switch>
                <Route path="/team" component={TeamScreen} />
                <Route path="/team/:id">{(params) => <PersonPage id={params.id} />}</Route>
                {SECTIONS.filter((s) => s.notYet).map((s) => (
                  <Route key={s.path} path={s.path}>
                    <NotYetBuilt label={s.label} line={s.notYet!} />
                  </Route>
                ))}
                <Route>
                  <Redirect to="/team" />
                </Route>
              </Switch>
            </main>
          </div>
        </Router>
      </QueryClientProvider>
    </ClientProvider>
  );
}
