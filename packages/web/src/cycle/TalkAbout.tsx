import { useId } from 'react';

/** Where views differ, offered warmly as something to talk about together. */
export function TalkAbout({
  title,
  intro,
  topics,
}: {
  readonly title: string;
  readonly intro: string;
  readonly topics: readonly string[];
}) {
  const id = useId();
  if (topics.length === 0) return null;
  return (
    <section className="card talk" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <ul className="talk-list">
        {topics.map((topic) => (
          <li key={topic}>{topic}</li>
        ))}
      </ul>
    </section>
  );
}
