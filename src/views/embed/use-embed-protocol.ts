import { useEffect } from 'react';
import { coalesceSetMessages, isAllowedParent, parentOrigin, postHeight, readSetMessage } from './embed-protocol';
import { navigate, withParams } from '../../routing/route';

/**
 * Speaks the embed protocol from inside an iframe: reports the content height to an allowed
 * parent whenever it changes, and applies `set` messages (language, appearance) from it.
 */
export function useEmbedProtocol(allowedParents: readonly string[], content: HTMLElement | null): void {
  useEffect(() => {
    const origin = parentOrigin();
    if (!content || !isAllowedParent(origin, allowedParents)) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(content.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        postHeight(height, window.parent, origin);
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(content);
    report();
    return () => observer.disconnect();
  }, [allowedParents, content]);

  useEffect(() => {
    if (window.parent === window) return;
    const messages = coalesceSetMessages((message) => {
      // Only what the messages name changes; withParams would drop a key given as undefined.
      const changes: Record<string, string> = {};
      if (message.lang) changes.lang = message.lang;
      if (message.appearance) changes.appearance = message.appearance;
      navigate(withParams(window.location.hash, changes), { replace: true });
    });
    const onMessage = (event: MessageEvent) => {
      const message = readSetMessage(event, window.parent, allowedParents);
      if (message) messages.push(message);
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      messages.cancel();
    };
  }, [allowedParents]);
}
