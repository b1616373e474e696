/**
 * The "Edit this page" link: the repository's web editor for the file a page is built from.
 * GitHub's form is <repo>/edit/<branch>/<path>; GitLab and Gitea accept the same shape
 * (GitLab redirects /edit/ to its -/edit/ route).
 */
export function editUrl(repoUrl: string, branch: string, filePath: string): string {
  const repo = repoUrl.replace(/\/+$/, '');
  const path = filePath.replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/');
  return `${repo}/edit/${encodeURIComponent(branch)}/${path}`;
}
