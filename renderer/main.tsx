import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { pickTransport } from './api/transport';
import { App } from './app/App';
import './styles.css';
import './styles/coaching.css';
import './styles/call-reviews.css';
import './styles/proposals.css';
import './styles/one-on-ones.css';
import './styles/progress.css';
import './styles/lost-deals.css';
import './styles/role-plays.css';

const root = createRoot(document.getElementById('root')!);
const transport = pickTransport();

if (transport) {
  root.render(
    <StrictMode>
      <App client={createClient(transport)} />
    </StrictMode>,
  );
} else {
  root.render(
    <main className="locked">
      <h1>Coachbench needs its access link</h1>
      <p>
        For your privacy, the browser mode only answers the link it printed when it started. In the terminal
        where you ran <code>npm run serve</code>, open the link on the line that starts with{' '}
        <strong>Open:</strong> (it looks like <code>http://127.0.0.1:…/#token=…</code>).
      </p>
    </main>,
  );
}
