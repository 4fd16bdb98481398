// React 19 sets a custom element's properties when the element has them (so `report` is
// passed as an object, not an attribute) and adds listeners for `on` + the event name.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'disclosure-charts';
import type { DcSelectEvent, DisclosureOutcomes, Report } from 'disclosure-charts';

// Typed JSX for the element: its properties, plus the events under their DOM names.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'disclosure-outcomes': Partial<Pick<DisclosureOutcomes, 'report' | 'src' | 'headingLevel'>> & {
        lang?: string;
        'ondc-select'?: (event: DcSelectEvent) => void;
        children?: React.ReactNode;
      };
    }
  }
}

function App() {
  const [report, setReport] = useState<Report>();
  const [selected, setSelected] = useState('');
  useEffect(() => {
    void fetch('/data/dongguan-hrss-2023.json')
      .then((response) => response.json())
      .then(setReport);
  }, []);
  return (
    <>
      <h1>年度报告</h1>
      {report && (
        <disclosure-outcomes report={report} ondc-select={(event) => setSelected(`${event.detail.label}: ${event.detail.value}`)} />
      )}
      <p id="selected">{selected}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
