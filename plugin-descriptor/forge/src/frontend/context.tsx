// jira:issueContext: how many lessons the order has and where its capture stands.
import React, { useEffect, useState } from 'react';
import ForgeReconciler, { Badge, Inline, Lozenge, Text } from '@forge/react';
import { context, PanelView } from './api';

const STATUS: Record<PanelView['status'], string> = {
  NOT_AN_ORDER: 'Not an order',
  OPEN: 'Open',
  AWAITING_LESSON: 'Lesson awaited',
  CAPTURED: 'Captured',
};

const App = () => {
  const [state, setState] = useState<{ lessons: number; status: PanelView['status'] } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    context().then(setState, () => setFailed(true));
  }, []);
  if (failed) {
    return <Text>Learning Office cannot be reached.</Text>;
  }
  if (!state) {
    return <Text>Loading…</Text>;
  }
  return (
    <Inline space="space.100" alignBlock="center">
      <Badge>{state.lessons}</Badge>
      <Text>lessons</Text>
      <Lozenge appearance={state.status === 'AWAITING_LESSON' ? 'moved' : 'default'}>
        {STATUS[state.status]}
      </Lozenge>
    </Inline>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
