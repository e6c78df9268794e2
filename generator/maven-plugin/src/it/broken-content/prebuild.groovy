// Simulate the output of an earlier good build; the failing build must leave it untouched.
def out = new File(basedir, 'site-output')
out.mkdirs()
new File(out, 'marker.txt').setText('previous build — must survive a failed build\n', 'UTF-8')
return true
