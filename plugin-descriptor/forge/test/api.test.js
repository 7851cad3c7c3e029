// The panel's calls to the service (src/frontend/api.ts, compiled to build-test/ by `npm test`),
// with Forge's bridge replaced by a fake: outside Jira the real one cannot load, and its
// invokeRemote is the edge these tests stand in for.
'use strict';
const test = require('node:test');
const assert = require('node:assert');

const bridge = { answer: async () => ({ status: 500, body: {} }), calls: [] };
const bridgePath = require.resolve('@forge/bridge');
require.cache[bridgePath] = {
  id: bridgePath,
  filename: bridgePath,
  loaded: true,
  exports: {
    invokeRemote: (request) => {
      bridge.calls.push(request);
      return bridge.answer(request);
    },
  },
};
const api = require('../build-test/api.js');

const lesson = {
  title: 'Late flange drawings',
  text: 'The flange drawings came two weeks late.',
  stage: '',
  unit: '',
  type: '',
  direction: '',
  action: '',
  author: 'Ann',
  nonce: 'n-1',
  again: [],
};

test('a lesson that cannot reach the service comes back unsaved with a message, not a rejection', async () => {
  bridge.answer = async () => {
    throw new Error('network down');
  };

  const sent = await api.submit(lesson);

  assert.deepStrictEqual(sent, { ok: false, error: api.UNSENT, fields: {} });
});

test('a stored lesson comes back saved with what the service said of it', async () => {
  const stored = { id: 'L1', title: lesson.title };
  bridge.answer = async () => ({ status: 201, body: { lesson: stored, before: false, similar: [] } });

  const sent = await api.submit(lesson);

  assert.deepStrictEqual(sent, { ok: true, lesson: stored, before: false, similar: [] });
  assert.strictEqual(bridge.calls.at(-1).path, '/forge/panel/lessons');
  assert.strictEqual(bridge.calls.at(-1).body.nonce, 'n-1');
});

test('a lesson the service refuses comes back with its message per field', async () => {
  bridge.answer = async () => ({ status: 422, body: { error: 'Check the fields.', fields: { text: 'Too long' } } });

  const sent = await api.submit(lesson);

  assert.deepStrictEqual(sent, { ok: false, error: 'Check the fields.', fields: { text: 'Too long' } });
});
