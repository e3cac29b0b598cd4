/**
 * The GitHub workflows keep the project safe for pull requests from forks and
 * deploy as documented. These are the properties a careless edit would break.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  container?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const ciText = readFileSync('.github/workflows/ci.yml', 'utf8');
const ci = parse(ciText) as Workflow;
const deploy = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const needs = (job: Job) => (Array.isArray(job.needs) ? job.needs : job.needs ? [job.needs] : []);
const allSteps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('pull-request workflow (ci.yml)', () => {
  it('runs on pull_request, never pull_request_target', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
    expect(Object.keys(ci.on)).not.toContain('pull_request_target');
    expect(ciText).not.toMatch(/pull_request_target/);
  });

  it('has read-only permissions, for the workflow and every job', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(ci.jobs)) {
      if (job.permissions === undefined) continue;
      expect(typeof job.permissions === 'string' ? job.permissions : Object.values(job.permissions), name).not.toContain('write');
    }
  });

  it('uses no secrets', () => {
    expect(ciText).not.toMatch(/secrets\./);
    expect(ciText).not.toMatch(/secrets\[/);
  });

  it('validates content first (with annotations) and builds and tests only after validation passed', () => {
    const validate = Object.entries(ci.jobs).find(([, job]) => job.steps.some((step) => step.run?.includes('npm run validate')));
    expect(validate, 'no job runs npm run validate').toBeDefined();
    const [validateName, validateJob] = validate!;
    expect(needs(validateJob)).toEqual([]);
    expect(validateJob.steps.some((step) => /npm (run build|test)|astro build/.test(step.run ?? ''))).toBe(false);
    const builders = Object.entries(ci.jobs).filter(([, job]) => job.steps.some((step) => /npm test|npm run build|astro build/.test(step.run ?? '')));
    expect(builders.length).toBeGreaterThan(0);
    for (const [name, job] of builders) expect(needs(job), `${name} must wait for ${validateName}`).toContain(validateName);
  });

  it('summarises the changed entries\u2019 decision impact in the validate job, after validation, against the base commit', () => {
    const steps = Object.values(ci.jobs).find((job) => job.steps.some((step) => step.run?.includes('npm run validate')))!.steps;
    const validateAt = steps.findIndex((step) => step.run?.includes('npm run validate'));
    const summaryAt = steps.findIndex((step) => step.run === 'npm run pr:summary');
    expect(summaryAt, 'no step runs npm run pr:summary in the validate job').toBeGreaterThan(validateAt);
    expect(steps[summaryAt]!.env).toEqual({ NAVIGATOR_BASE_REF: '${{ github.event.pull_request.base.sha }}' });
  });

  it('uses Node 24 and Debian\u2019s Chromium, never a downloaded browser', () => {
    const setups = allSteps(ci).filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBe(Object.keys(ci.jobs).length);
    for (const step of setups) expect(String(step.with?.['node-version'])).toBe('24');
    expect(ciText).not.toMatch(/playwright install/);
    expect(allSteps(ci).some((step) => /apt-get install[^\n]*chromium/.test(step.run ?? ''))).toBe(true);
  });

  it('does not leave the checkout token on disk', () => {
    for (const step of allSteps(ci).filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
  });
});

describe('deploy workflow (deploy.yml)', () => {
  it('deploys from main only, never for pull requests', () => {
    expect(deploy.on).toHaveProperty('push');
    expect((deploy.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(Object.keys(deploy.on).some((event) => event.startsWith('pull_request'))).toBe(false);
  });

  it('builds dist/ for the repository sub-path and deploys it with the Pages actions', () => {
    const steps = allSteps(deploy);
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({ BASE_PATH: expect.stringContaining('base_path'), SITE_URL: expect.stringContaining('origin') });
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    const deployJob = Object.values(deploy.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
    expect(deployJob).toBeDefined();
    expect(needs(deployJob!).length).toBe(1);
    const permissions = { ...(deploy.permissions as object), ...(deployJob!.permissions as object | undefined) };
    expect(permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('grants Pages and id-token write to the deploy job only, never to the job that builds contributed content', () => {
    expect(deploy.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(deploy.jobs)) {
      const granted = JSON.stringify(job.permissions ?? {});
      const deploys = job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'));
      if (!deploys) expect(granted, `job ${name}`).not.toMatch(/write/);
      if (deploys) expect(job.steps.every((step) => !step.run), 'the deploy job runs no project code').toBe(true);
    }
  });
});

describe('every workflow', () => {
  it('pins each action to a full commit SHA, with the tag named in a comment', () => {
    for (const text of [ciText, readFileSync('.github/workflows/deploy.yml', 'utf8')]) {
      const uses = [...text.matchAll(/uses:\s*(\S+)(.*)/g)];
      expect(uses.length).toBeGreaterThan(0);
      for (const [, ref, comment] of uses) {
        expect(ref, ref).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
        expect(comment, ref).toMatch(/# v\d+/);
      }
    }
  });

  it('has Dependabot keep actions and npm packages current', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
