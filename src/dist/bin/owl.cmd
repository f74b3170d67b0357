@echo off
rem owl, installed from the release archive (Windows)
set "OWL_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%OWL_HOME%\lib\owl.jar" %*
