// jscodeshift transform for `npm run bench`: parse the file with jscodeshift's parser, change nothing.
// Returning undefined tells jscodeshift the file was skipped, so nothing is printed or written.
module.exports = function noop(file, api) {
  api.jscodeshift(file.source);
  return undefined;
};
