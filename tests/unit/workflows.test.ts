/**
 * The CI workflows run what editors run locally, and the deploy builds for the address Pages
 * gives it. Read from .github/workflows/ so an edit that drops a step fails here, not on GitHub.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step { uses?: string; run?: string; id?: string; with?: Record<string, string>; env?: Record<string, string> }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; container?: string }> }

const read = (name: string) => yaml.load(readFileSync(join(import.meta.dirname, '../../.github/workflows', name), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).map((step) => step.run ?? '').join('\n');

describe('the pull-request workflow', () => {
  const workflow = read('pull-request.yml');
  it('runs on pull requests with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
  it('installs exactly the lock file, Chromium with apt, then runs npm run check and npm test in that order', () => {
    const script = runs(workflow);
    expect(script).toContain('npm ci');
    expect(script).toMatch(/apt-get install -y .*chromium/);
    expect(script.indexOf('npm run check')).toBeGreaterThan(script.indexOf('npm ci'));
    expect(script.indexOf('npm test')).toBeGreaterThan(script.indexOf('npm run check'));
  });
});

describe('the deploy workflow', () => {
  const workflow = read('deploy-pages.yml');
  const all = steps(workflow);
  it('uses configure-pages, upload-pages-artifact and deploy-pages with Pages permissions', () => {
    const actions = all.map((step) => step.uses?.split('@')[0]).filter(Boolean);
    expect(actions).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
  it('builds for the origin and base path that configure-pages reports, and uploads that build', () => {
    const pagesId = all.find((step) => step.uses?.startsWith('actions/configure-pages'))?.id;
    const build = all.find((step) => step.env?.['SITE_URL']);
    expect(build?.env?.['SITE_URL']).toBe(`\${{ steps.${pagesId}.outputs.origin }}`);
    expect(build?.env?.['BASE_PATH']).toContain(`steps.${pagesId}.outputs.base_path`);
    expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
  });
});
