/**
 * Runs `task` once the main thread is idle, looking only after `pauseMs`, so work that can wait
 * (a chart below the fold, a tooltip nobody has pointed at yet) does not delay what is being
 * drawn now. Without requestIdleCallback the task runs after the pause. Returns a cancel.
 */
export function whenIdle(task: () => void, pauseMs: number): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(task, { timeout: 1000 });
    else task();
  }, pauseMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
