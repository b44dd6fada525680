import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { KioskProvider } from './transport/context.js';
import { selectTransport } from './transport/select.js';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const transport = selectTransport(window);

// No <StrictMode>: its development double-run of effects would start two card reads at once.
if (transport.host === 'none') {
  console.error(`tongban: cannot reach the kiosk service: ${transport.reason}`);
  root.render(<Unreachable />);
} else {
  root.render(
    <KioskProvider kiosk={transport.kiosk}>
      <App />
    </KioskProvider>,
  );
}

/** Started wrongly (no bridge, no token): the citizen gets a plain notice, technicians the console line. */
function Unreachable() {
  return (
    <main className="content unreachable">
      <h1>终端服务暂时不可用</h1>
      <p className="lead">请稍后再试或联系工作人员</p>
    </main>
  );
}
