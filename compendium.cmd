@echo off
rem The command line over the generator core on Windows, the counterpart of ./compendium: runs
rem generator\cli\target\compendium.jar (build it first with mvnw.cmd package) with the JVM options of
rem generator\cli\jvm.options, on the JDK of JAVA_HOME (21 or newer), else the java on the PATH.
rem COMPENDIUM_JAVA_OPTS adds JVM options. Example: compendium build --content content --output site
setlocal
set "dir=%~dp0"
set "jar=%dir%generator\cli\target\compendium.jar"
if not exist "%jar%" (
  echo compendium: %jar% is missing; build it with mvnw.cmd package 1>&2
  exit /b 1
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
rem jvm.options suits a build; the preview runs for hours and keeps the full JIT and the default collector.
set "long_lived="
if "%~1"=="serve" set "long_lived=-XX:TieredStopAtLevel=4 -XX:-UseParallelGC"
"%java%" "@%dir%generator\cli\jvm.options" %long_lived% %COMPENDIUM_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%jar%" %*
exit /b %ERRORLEVEL%
