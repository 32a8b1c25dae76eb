// Keystatic renders everything from the layout; this catch-all only makes its URLs routable.
export default function KeystaticPage() {
  return null;
}
