// The heading of a screen that reads a file the user chooses (customer import, bank payments):
// its title (focusable, so the screen can move the focus there after a step) and what happens.
export function FileStepHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <h2 className="card-view__title" tabIndex={-1}>
        {title}
      </h2>
      <p className="muted">{intro}</p>
    </>
  );
}
