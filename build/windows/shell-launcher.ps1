# The kiosk as the Windows shell of its user: no Explorer, no Start menu, no taskbar, no
# Ctrl+Alt+Del task manager route to a desktop. Shell Launcher (Windows 10/11 Enterprise, Education
# or IoT Enterprise) runs tongban instead of explorer.exe for that one account and restarts it when
# it exits. Run as an administrator, once, after installing tongban (the NSIS installer):
#   powershell -ExecutionPolicy Bypass -File shell-launcher.ps1 -KioskUser tongban
param(
  [Parameter(Mandatory = $true)][string]$KioskUser,
  [string]$Shell = "$env:ProgramFiles\tongban\tongban.exe"
)
$ErrorActionPreference = 'Stop'

Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null

$sid = (New-Object System.Security.Principal.NTAccount($KioskUser)).Translate([System.Security.Principal.SecurityIdentifier]).Value
$launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
# What Shell Launcher does when the shell exits: 0 restarts it, as systemd's Restart=always does.
$restartShell = 0
$launcher.SetCustomShell($sid, $Shell, $null, $null, $restartShell) | Out-Null
# Every other account (the technician's, an administrator's) keeps Explorer.
$launcher.SetDefaultShell('explorer.exe', $restartShell) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Output "Shell Launcher: $KioskUser ($sid) now runs $Shell; restart Windows to apply."
