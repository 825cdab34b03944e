// Comment texts may not carry HTML tags (DFDG's 4933 "The comment text cannot contain html tags", conventions.md
// §3.3, §5). A tag is `<` followed by a letter (after an optional `/` or `!`) or `!--`, closed by `>`; a lone `<`
// (a "<3" or "a < b") is text, not a tag.
const HTML_TAG = /<(?:!--|[!/]?[a-zA-Z])[^<>]*>/;

export const containsHtmlTags = (text: string): boolean => HTML_TAG.test(text);
