import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
try { fromMarkdown('<Pros>\nnot closed\n', { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }); } catch (e) { console.log(Object.keys(e), e.line, e.place, e.reason, e.message, e.ruleId) }
