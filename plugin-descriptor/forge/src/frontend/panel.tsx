// jira:issuePanel "Lessons learned": the order's lessons and the capture form, with the
// classifier's suggestions preselected and editable. Every text is rendered as text by UI Kit.
import React, { useEffect, useRef, useState } from 'react';
import ForgeReconciler, {
  Button,
  Checkbox,
  Heading,
  Inline,
  Label,
  Lozenge,
  SectionMessage,
  Select,
  Stack,
  Text,
  TextArea,
  Textfield,
} from '@forge/react';
import {
  Lesson,
  LessonForm,
  newNonce,
  panel,
  PanelView,
  Related,
  submit,
  Submitted,
  suggest,
  Suggestions,
} from './api';

type Option = { label: string; value: string };

const options = (values: string[]): Option[] => values.map((v) => ({ label: v.replace(/_/g, ' '), value: v }));

const blank = (): LessonForm => ({
  title: '',
  text: '',
  stage: '',
  unit: '',
  type: '',
  direction: '',
  action: '',
  author: '',
  nonce: newNonce(),
  again: [],
});

const LessonItem = ({ lesson }: { lesson: Lesson }) => (
  <Stack space="space.050">
    <Heading size="small">{lesson.title}</Heading>
    <Text>{lesson.text}</Text>
    <Text>
      {lesson.unit} · {lesson.type} · {lesson.direction} — {lesson.author}
    </Text>
  </Stack>
);

// An earlier order's lesson fed forward to this one; ticking it makes the new lesson recurrent.
const RelatedItem = (props: { lesson: Related; checked: boolean; onToggle: (id: string) => void }) => (
  <Checkbox
    id={`again-${props.lesson.id}`}
    value={props.lesson.id}
    label={`This happened again: ${props.lesson.title} (${props.lesson.issueKey})`}
    isChecked={props.checked}
    onChange={() => props.onToggle(props.lesson.id)}
  />
);

const Choice = (props: {
  name: keyof LessonForm;
  label: string;
  values: string[];
  form: LessonForm;
  suggested?: string;
  onChange: (name: keyof LessonForm, value: string) => void;
}) => {
  const all = options(props.values);
  const chosen = props.form[props.name] || props.suggested || '';
  return (
    <Stack>
      <Label labelFor={props.name}>{props.label}</Label>
      <Select
        id={props.name}
        inputId={props.name}
        options={all}
        value={all.find((o) => o.value === chosen) ?? null}
        onChange={(option: Option | null) => props.onChange(props.name, option ? option.value : '')}
      />
    </Stack>
  );
};

// What the panel says once a lesson is saved, as the web form's confirmation does.
const savedMessage = (answer: Extract<Submitted, { ok: true }>): string => {
  const similar =
    answer.similar.length > 0
      ? ` Much like earlier: ${answer.similar.map((s) => `${s.title} (${s.issueKey})`).join('; ')}.`
      : '';
  return answer.before
    ? 'You had saved this lesson already: it is kept once, as it was first saved, so a unit, type,' +
        ' direction, stage or proposed action changed since was not stored.'
    : `Lesson saved: ${answer.lesson.title}.${similar}`;
};

const App = () => {
  const [view, setView] = useState<PanelView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [form, setForm] = useState<LessonForm>(blank());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [sending, setSending] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const load = () => panel().then(setView, () => setFailed('Learning Office cannot be reached.'));
  useEffect(() => {
    load();
  }, []);

  const change = (name: keyof LessonForm, value: string) => setForm({ ...form, [name]: value });
  const toggleAgain = (id: string) =>
    setForm({ ...form, again: form.again.includes(id) ? form.again.filter((a) => a !== id) : [...form.again, id] });

  // only the latest question's answer counts: an answer still on its way when the text changed
  // (or was cleared) must not bring back suggestions for text that is gone
  const asked = useRef(0);
  // nothing written, nothing suggested: a pre-selection of earlier text must not stay behind
  const askSuggestions = () => {
    const question = ++asked.current;
    const answer = (s: Suggestions | null) => {
      if (question === asked.current) {
        setSuggestions(s);
      }
    };
    if (form.title.trim() || form.text.trim()) {
      suggest(form.title, form.text, form.stage).then(answer, () => answer(null));
    } else {
      setSuggestions(null);
    }
  };

  const preselected = (facet: 'unit' | 'type' | 'direction') => {
    const suggested = suggestions?.[facet];
    return suggested && suggested.preselect ? suggested.label : undefined;
  };

  const send = async () => {
    setSending(true);
    const answer = await submit(form);
    setSending(false);
    if (answer.ok) {
      setForm(blank());
      setErrors({});
      setSuggestions(null);
      setSaved(savedMessage(answer));
      await load();
    } else {
      setSaved(null);
      setErrors({ ...answer.fields, form: answer.error });
    }
  };

  if (failed) {
    return <SectionMessage appearance="error"><Text>{failed}</Text></SectionMessage>;
  }
  if (!view) {
    return <Text>Loading…</Text>;
  }
  if (view.status === 'NOT_AN_ORDER') {
    return <Text>This issue is not an order the learning office follows.</Text>;
  }
  const error = (field: string) => (errors[field] ? <Text>{errors[field]}</Text> : null);
  return (
    <Stack space="space.200">
      <Inline space="space.100">
        <Lozenge>{view.status.replace(/_/g, ' ')}</Lozenge>
        <Text>{view.lessons.length} lessons</Text>
      </Inline>
      {view.lessons.map((lesson) => (
        <LessonItem key={lesson.id} lesson={lesson} />
      ))}
      {view.related.length > 0 ? (
        <Stack space="space.050">
          <Heading size="small">Lessons from earlier orders</Heading>
          {view.related.map((lesson) => (
            <RelatedItem key={lesson.id} lesson={lesson} checked={form.again.includes(lesson.id)} onToggle={toggleAgain} />
          ))}
        </Stack>
      ) : null}
      {saved ? <SectionMessage appearance="success"><Text>{saved}</Text></SectionMessage> : null}
      <Heading size="small">Write a lesson</Heading>
      {errors.form ? <SectionMessage appearance="warning"><Text>{errors.form}</Text></SectionMessage> : null}
      <Label labelFor="title">Title</Label>
      <Textfield id="title" value={form.title} onChange={(e) => change('title', e.target.value)} onBlur={askSuggestions} />
      {error('title')}
      <Label labelFor="text">What happened and what was learned</Label>
      <TextArea id="text" value={form.text} onChange={(e) => change('text', e.target.value)} onBlur={askSuggestions} />
      {error('text')}
      <Choice name="stage" label="Stage" values={view.choices.stage} form={form} onChange={change} />
      {error('stage')}
      <Choice name="unit" label="Unit" values={view.choices.unit} form={form} suggested={preselected('unit')} onChange={change} />
      <Choice name="type" label="Type" values={view.choices.type} form={form} suggested={preselected('type')} onChange={change} />
      <Choice
        name="direction"
        label="Direction"
        values={view.choices.direction}
        form={form}
        suggested={preselected('direction')}
        onChange={change}
      />
      {suggestions?.unit ? (
        <Text>
          Suggested{suggestions.rulesOnly ? ' (rules only)' : ''}: {suggestions.unit.label} · {suggestions.type?.label} ·{' '}
          {suggestions.direction?.label}
          {suggestions.similar.length > 0 ? ` — similar earlier: ${suggestions.similar.join('; ')}` : ''}
        </Text>
      ) : null}
      <Label labelFor="action">Proposed action</Label>
      <Textfield id="action" value={form.action} onChange={(e) => change('action', e.target.value)} />
      {error('action')}
      <Label labelFor="author">Your name</Label>
      <Textfield id="author" value={form.author} onChange={(e) => change('author', e.target.value)} />
      {error('author')}
      <Button appearance="primary" isDisabled={sending} onClick={send}>
        Save lesson
      </Button>
    </Stack>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
