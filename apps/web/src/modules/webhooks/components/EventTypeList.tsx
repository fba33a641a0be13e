import { useTranslation } from 'react-i18next';
import { eventKey, isEventType } from '../utils/event-types';

/** An endpoint's event types: each by its name in words, with the raw type in a code font. */
export function EventTypeList({ types }: { types: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="webhook-events">
      {types.map((type) => (
        <li key={type}>
          {isEventType(type) && <span>{t(`webhooks.eventTypes.${eventKey(type)}`)} </span>}
          <code className="webhook-code">{type}</code>
        </li>
      ))}
    </ul>
  );
}
