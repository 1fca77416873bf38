// The checks before review: a finding in the body takes the editor to its line, selected in the textarea, instead
// of only to the top of the field. Without this script the link still leads to the field.
(function () {
    'use strict';

    function lineRange(text, line) {
        var start = 0;
        for (var i = 1; i < line; i++) {
            var next = text.indexOf('\n', start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        var end = text.indexOf('\n', start);
        return { start: start, end: end < 0 ? text.length : end };
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('.review-checks a[data-line]');
        if (!link || link.getAttribute('href').charAt(0) !== '#') {
            return;
        }
        var field = document.getElementById(link.getAttribute('data-field'));
        var line = parseInt(link.getAttribute('data-line'), 10);
        if (!field || field.tagName !== 'TEXTAREA' || !(line > 0)) {
            return;
        }
        var range = lineRange(field.value, line);
        if (!range) {
            return;
        }
        event.preventDefault();
        field.focus();
        field.setSelectionRange(range.start, range.end);
        // Put the line near the top of the box: the proportion of lines before it, of the box's whole height.
        var lines = field.value.split('\n').length;
        field.scrollTop = Math.max(0, (line - 2) / lines * field.scrollHeight);
        field.scrollIntoView({ block: 'center' });
    });
}());
